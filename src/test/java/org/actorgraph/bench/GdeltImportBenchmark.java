package org.actorgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.ProgressListener;
import org.actorgraph.io.importer.ImportResult;
import org.actorgraph.io.importer.Importer;

/**
 * Generates a GDELT 2.0-shaped event file (61 tab-separated columns, deterministic: the same seed
 * gives the same bytes) and measures importing it, with and without aggregation: wall time and the
 * peak heap. Run it as docs/performance.md says; it is not a test.
 */
public final class GdeltImportBenchmark {

    private static final int ROWS = 200_000;
    private static final int RUNS = 3;

    private static final String[][] COUNTRIES = {
            {"USA", "UNITED STATES"}, {"RUS", "RUSSIA"}, {"CHN", "CHINA"}, {"PRK", "NORTH KOREA"}, {"KOR", "SOUTH KOREA"},
            {"UKR", "UKRAINE"}, {"IRN", "IRAN"}, {"JPN", "JAPAN"}, {"GBR", "UNITED KINGDOM"}, {"FRA", "FRANCE"},
            {"DEU", "GERMANY"}, {"ISR", "ISRAEL"}, {"SYR", "SYRIA"}, {"IND", "INDIA"}, {"PAK", "PAKISTAN"},
            {"TUR", "TURKEY"}, {"BRA", "BRAZIL"}, {"NGA", "NIGERIA"}, {"EGY", "EGYPT"}, {"SAU", "SAUDI ARABIA"},
            {"AFG", "AFGHANISTAN"}, {"IRQ", "IRAQ"}, {"MEX", "MEXICO"}, {"CAN", "CANADA"}, {"AUS", "AUSTRALIA"}};
    private static final String[] ROLES = {"", "", "", "GOV", "MIL", "BUS", "MED", "OPP", "COP", "LEG"};
    private static final String[] CODES = {"010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "062",
            "071", "072", "0831", "090", "100", "111", "112", "120", "130", "138", "141", "154", "163", "173", "190",
            "193", "195", "0233", "0874"};

    private GdeltImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("gdelt-bench", ".export.CSV");
        long start = System.nanoTime();
        generate(file, ROWS, 20230913L);
        System.out.printf("generated %,d rows, %,d bytes in %.1f s: %s%n", ROWS, Files.size(file),
                (System.nanoTime() - start) / 1e9, file);
        for (boolean aggregate : new boolean[] {false, true}) {
            double[] seconds = new double[RUNS];
            long[] peaks = new long[RUNS];
            ImportResult result = null;
            for (int run = 0; run < RUNS; run++) {
                result = null;
                System.gc();
                List<MemoryPoolMXBean> pools = heapPools();
                pools.forEach(MemoryPoolMXBean::resetPeakUsage);
                long begin = System.nanoTime();
                result = new Importer().importPaths(List.of(file), new Importer.Options(aggregate, "bench"),
                        ProgressListener.NONE, CancellationToken.NONE);
                seconds[run] = (System.nanoTime() - begin) / 1e9;
                peaks[run] = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            }
            System.gc();
            long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            Arrays.sort(seconds);
            System.out.printf("%s: median %.2f s (min %.2f, max %.2f) of %d runs; peak heap (sum of pool peaks) "
                            + "max %d MiB; heap in use after GC with the result held %d MiB; %s%n",
                    aggregate ? "import --aggregate" : "import", seconds[RUNS / 2], seconds[0], seconds[RUNS - 1], RUNS,
                    Arrays.stream(peaks).max().getAsLong() >> 20, retained >> 20, result.summary());
        }
        if (args.length == 0) {
            Files.delete(file);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Writes {@code rows} rows of a GDELT 2.0 event file; the same seed gives the same file. */
    static void generate(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String[] c = new String[61];
            for (int i = 0; i < rows; i++) {
                Arrays.fill(c, "");
                int day = 13 + random.nextInt(2);
                String date = "202309" + day;
                c[0] = String.valueOf(1_120_000_000L + i);
                c[1] = date;
                c[2] = "202309";
                c[3] = "2023";
                c[4] = "2023.6959";
                actor(c, 5, random);
                if (random.nextInt(10) > 0) { // one event in ten has a single actor, as in real files
                    actor(c, 15, random);
                }
                String code = CODES[random.nextInt(CODES.length)];
                c[25] = random.nextBoolean() ? "1" : "0";
                c[26] = code;
                c[27] = code.substring(0, 3);
                c[28] = code.substring(0, 2);
                c[29] = String.valueOf(1 + random.nextInt(4));
                c[30] = String.format(java.util.Locale.ROOT, "%.1f", random.nextDouble() * 20 - 10);
                int mentions = 1 + random.nextInt(30);
                c[31] = String.valueOf(mentions);
                c[32] = String.valueOf(1 + random.nextInt(Math.max(1, mentions / 3)));
                c[33] = String.valueOf(mentions);
                c[34] = String.format(java.util.Locale.ROOT, "%.14f", random.nextDouble() * 20 - 10);
                for (int g : new int[] {35, 43, 51}) {
                    c[g] = "4";
                    c[g + 1] = "Moscow, Moskva, Russia";
                    c[g + 2] = "RS";
                    c[g + 3] = "RS48";
                    c[g + 4] = "25175";
                    c[g + 5] = String.format(java.util.Locale.ROOT, "%.4f", 55 + random.nextDouble());
                    c[g + 6] = String.format(java.util.Locale.ROOT, "%.4f", 37 + random.nextDouble());
                    c[g + 7] = "-2960561";
                }
                c[59] = date + String.format("%02d%02d00", random.nextInt(24), random.nextInt(4) * 15);
                int story = random.nextInt(80_000); // about 73,000 distinct source URLs, several events each
                c[60] = "https://www.news" + (story % 500) + ".example.com/2023/09/" + day + "/story-" + story + ".html";
                out.write(String.join("\t", c));
                out.write('\n');
            }
        }
    }

    private static void actor(String[] c, int at, Random random) {
        String[] country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String role = ROLES[random.nextInt(ROLES.length)];
        c[at] = country[0] + role;
        c[at + 1] = country[1];
        c[at + 2] = country[0];
        c[at + 5] = role;
    }
}

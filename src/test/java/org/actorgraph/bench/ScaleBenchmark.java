package org.actorgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.GraphFilter;
import org.actorgraph.analysis.LayoutMonitor;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.LoadResult;
import org.actorgraph.io.ProgressListener;
import org.actorgraph.io.importer.ImportResult;
import org.actorgraph.io.importer.Importer;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Point;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.DrawingBuilder;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.Exporter;
import org.actorgraph.render.ImageOptions;
import org.actorgraph.render.Theme;
import org.actorgraph.ui.graph.GraphLayout;

/**
 * The headless pipeline at growing sizes: for every scale a corpus is generated
 * ({@link CorpusGenerator}, or a GDELT file imported), written, then measured step by step as the
 * window runs it: read and validate, aggregate into the drawn graph, a filter change (hide one
 * relation type), the force layout of the full graph until it settles (in the window's drawing
 * size), and an A4 export at 300 DPI to PNG and to SVG from those positions. The heap is measured
 * after a full GC with the corpus and both graphs held, and as the peak while loading and building.
 * People are drawn as their own vertices ({@link PersonGrouping#SEPARATE}): every actor is a vertex.
 *
 * <p>Writes {@code target/bench/scale.md} and {@code scale.csv}. Not a test; run it as
 * docs/performance.md says. Arguments: the scales to run (default all) and {@code --note=TEXT}.
 */
public final class ScaleBenchmark {

    private record Scale(String name, int articles, int actors, int relations, int gdeltRows, int runs) {
    }

    private static final List<Scale> SCALES = List.of(
            new Scale("200/1k", 200, 200, 1_000, 0, 5),
            new Scale("1k/5k", 1_000, 1_000, 5_000, 0, 5),
            new Scale("10k/100k", 10_000, 2_000, 100_000, 0, 3),
            new Scale("gdelt-200k", 0, 0, 0, 200_000, 3));

    private static final PersonGrouping GROUPING = PersonGrouping.SEPARATE;
    private static final FilterCriteria FILTER = FilterCriteria.NONE.withHiddenTypeIds(Set.of("meets"));

    private final List<String[]> rows = new ArrayList<>();

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> wanted = new ArrayList<>();
        String note = "";
        for (String arg : args) {
            if (arg.startsWith("--note=")) {
                note = arg.substring("--note=".length());
            } else {
                wanted.add(arg);
            }
        }
        ScaleBenchmark bench = new ScaleBenchmark();
        for (Scale scale : SCALES) {
            if (wanted.isEmpty() || wanted.contains(scale.name())) {
                bench.run(scale);
            }
        }
        bench.write(Path.of("target/bench"), note);
    }

    private void run(Scale scale) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        System.out.printf("== %s%n", scale.name());
        Supplier<Corpus> load;
        String loadWhat;
        long fileBytes;
        if (scale.gdeltRows() > 0) {
            Path file = dir.resolve("gdelt-" + scale.gdeltRows() + ".export.CSV");
            if (!Files.exists(file)) {
                GdeltImportBenchmark.generate(file, scale.gdeltRows(), 20230913L);
            }
            fileBytes = Files.size(file);
            loadWhat = "import";
            load = () -> {
                ImportResult result = new Importer().importPaths(List.of(file), new Importer.Options(false, "bench"),
                        ProgressListener.NONE, CancellationToken.NONE);
                return result.corpus().orElseThrow();
            };
        } else {
            Path file = dir.resolve("generated-" + scale.name().replace('/', '-') + ".actorgraph.json");
            Corpus generated = CorpusGenerator.generate(scale.articles(), scale.actors(), scale.relations(), 1L);
            new CorpusWriter().write(generated, file);
            generated = null;
            fileBytes = Files.size(file);
            loadWhat = "read+validate";
            load = () -> {
                LoadResult result = new CorpusReader().read(file);
                if (!result.isValid() || !result.warnings().isEmpty()) {
                    throw new IllegalStateException("generated corpus has problems: " + result.report());
                }
                return result.requireCorpus();
            };
        }
        GraphAggregator aggregator = new GraphAggregator();
        GraphFilter filter = new GraphFilter();
        int runs = scale.runs();
        double[] loadMs = new double[runs];
        double[] buildMs = new double[runs];
        double[] filterMs = new double[runs];
        long peak = 0;
        Corpus corpus = null;
        AggregatedGraph full = null;
        AggregatedGraph filtered = null;
        for (int run = -1; run < runs; run++) { // run -1 warms up
            corpus = null;
            full = null;
            filtered = null;
            System.gc();
            List<MemoryPoolMXBean> pools = heapPools();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            corpus = load.get();
            long t1 = System.nanoTime();
            full = aggregator.aggregate(corpus, GROUPING);
            long t2 = System.nanoTime();
            peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            filtered = filter.apply(corpus, GROUPING, FILTER);
            long t3 = System.nanoTime();
            if (run >= 0) {
                loadMs[run] = (t1 - t0) / 1e6;
                buildMs[run] = (t2 - t1) / 1e6;
                filterMs[run] = (t3 - t2) / 1e6;
            }
        }
        long retained = heapAfterGc();
        System.out.printf("%s %s, build %s, filter %s; %d vertices, %d edges (filtered: %d edges)%n", loadWhat,
                summary(loadMs), summary(buildMs), summary(filterMs), full.actors().size(), full.relations().size(),
                filtered.relations().size());

        double[] size = GraphLayout.drawingSize(corpus.actors().size());
        int layoutRuns = scale.actors() >= 2_000 || scale.gdeltRows() > 0 ? 2 : 3;
        double[] layoutMs = new double[layoutRuns];
        int[] iterations = new int[1];
        double[] movement = new double[1];
        LayoutMonitor monitor = new LayoutMonitor() {
            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void progress(int iteration, double moved) {
                iterations[0] = iteration;
                movement[0] = moved;
            }
        };
        Map<Actor, Point> positions = null;
        for (int run = -1; run < layoutRuns; run++) {
            long t0 = System.nanoTime();
            positions = new ForceLayout().layout(full.graph(), size[0], size[1], 7, Map.of(), monitor);
            if (run >= 0) {
                layoutMs[run] = (System.nanoTime() - t0) / 1e6;
            }
        }
        System.out.printf("layout %s, %d iterations, last movement %.3f px%n", summary(layoutMs), iterations[0],
                movement[0]);

        ImageOptions a4 = new ImageOptions(842, 595, Theme.LIGHT, corpus.title(), true, true, false, null);
        DrawingBuilder builder = new DrawingBuilder();
        Exporter exporter = new Exporter();
        int exportRuns = 3;
        double[] pngMs = new double[exportRuns];
        double[] svgMs = new double[exportRuns];
        for (int run = -1; run < exportRuns; run++) {
            long t0 = System.nanoTime();
            Drawing drawing = builder.build(full, positions, a4);
            exporter.write(full, drawing, a4, ExportFormat.PNG, 300, OutputStream.nullOutputStream());
            long t1 = System.nanoTime();
            drawing = builder.build(full, positions, a4);
            exporter.write(full, drawing, a4, ExportFormat.SVG, 300, OutputStream.nullOutputStream());
            long t2 = System.nanoTime();
            if (run >= 0) {
                pngMs[run] = (t1 - t0) / 1e6;
                svgMs[run] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf("PNG %s, SVG %s; heap after GC %d MiB, peak while loading %d MiB%n", summary(pngMs),
                summary(svgMs), retained >> 20, peak >> 20);
        rows.add(new String[] {scale.name(), String.valueOf(corpus.articles().size()),
                String.valueOf(corpus.actors().size()), String.valueOf(corpus.relations().size()),
                String.valueOf(fileBytes), loadWhat, median(loadMs), median(buildMs), median(filterMs),
                String.valueOf(full.actors().size()), String.valueOf(full.relations().size()), median(layoutMs),
                String.valueOf(iterations[0]), median(pngMs), median(svgMs), String.valueOf(retained >> 20),
                String.valueOf(peak >> 20)});
    }

    private static final String[] HEADER = {"scale", "articles", "actors", "relations", "file bytes", "load step",
            "load ms", "build ms", "filter ms", "vertices", "edges", "layout ms", "layout iterations",
            "PNG A4 300dpi ms", "SVG A4 ms", "heap after GC MiB", "peak heap load+build MiB"};

    private void write(Path dir, String note) throws IOException {
        Files.createDirectories(dir);
        String machine = machine();
        String date = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder csv = new StringBuilder("# machine: " + machine + "\n# date: " + date
                + (note.isEmpty() ? "" : "\n# note: " + note) + "\n");
        csv.append(String.join(",", HEADER)).append('\n');
        rows.forEach(r -> csv.append(String.join(",", r)).append('\n'));
        StringBuilder md = new StringBuilder("Machine: " + machine + ". Date: " + date + "."
                + (note.isEmpty() ? "" : " " + note) + "\nTimes are medians of the measured runs after warm-up.\n\n");
        md.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        md.append("|").append(" --- |".repeat(HEADER.length)).append('\n');
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        Files.writeString(dir.resolve("scale.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("scale.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    static String machine() {
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep what the JVM says
        }
        String load = "";
        try {
            load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " when written";
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%s, %d cores, %d GiB, %s %s, Java %s, max heap %d MiB%s", cpu,
                Runtime.getRuntime().availableProcessors(), Math.round(memKb / 1048576.0), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, load);
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static String median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f", sorted[sorted.length / 2]);
    }

    private static String summary(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f ms (%.1f–%.1f, %d runs)", sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }
}

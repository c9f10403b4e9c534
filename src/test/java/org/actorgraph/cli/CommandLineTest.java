package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.render.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process as a user would type it. */
class CommandLineTest {

    static final String SEED = "assets/corpora/seed.actorgraph.json";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> csvIds(String... extra) throws IOException {
        Path file = dir.resolve("claims.csv");
        List<String> args = new ArrayList<>(List.of("export", SEED, "--format", "csv", "--out", file.toString()));
        args.addAll(List.of(extra));
        Result result = run(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        return Files.readAllLines(file).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportsTheSeedInEveryFormat(ExportFormat format) throws IOException {
        Path file = dir.resolve("seed." + format.cliName());
        Result result = run("export", SEED, "--format", format.cliName(), "--out", file.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.size(file) > 500, "a real file");
        assertTrue(result.out().contains("7 actors, 22 relations"), result.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void typeFilterKeepsOnlyThatType() throws IOException {
        assertEquals(List.of("r03", "r05", "r13", "r16", "r17", "r25", "r26", "r29", "r30"),
                csvIds("--type", "arms_supply"));
    }

    @Test
    void statusFilterKeepsOnlyThoseStatuses() throws IOException {
        assertEquals(List.of("r08", "r12", "r14", "r15", "r20", "r21", "r23", "r24", "r26", "r27", "r29", "r30",
                "r31", "r32"), csvIds("--status", "reported"));
        assertEquals(csvIds("--status", "reported"), csvIds("--status", "asserted"), "asserted means reported");
    }

    @Test
    void actorFilterKeepsEdgesTouchingTheActor() throws IOException {
        Path file = dir.resolve("iran.json");
        assertEquals(0, run("export", SEED, "--format", "json", "--out", file.toString(), "--actor", "IRN").code());
        String json = Files.readString(file);
        assertTrue(json.contains("\"id\": \"IRN|arms_supply|RUS\""));
        assertFalse(json.contains("\"id\": \"CHN\""), "China has no relation with Iran");
        assertEquals(2, json.split("\"kind\": ").length - 1, "Iran and Russia");
    }

    @Test
    void dateFilterUsesClaimDatesAndArticleDates() throws IOException {
        // r08 (2022-02-24) and r14, r15, r16 (2022-09) fall outside 2023; undated claims take the
        // article's date, 2023-09.
        List<String> in2023 = csvIds("--from", "2023", "--to", "2023");
        assertEquals(34, in2023.size());
        assertFalse(in2023.contains("r08"));
        assertFalse(in2023.contains("r16"));
        assertTrue(in2023.contains("r03"), "undated claim of a September 2023 article");
        assertEquals(List.of("r08"), csvIds("--to", "2022-03"));
    }

    @Test
    void filtersChangeThePicture() throws IOException {
        Path all = dir.resolve("all.svg");
        Path warnings = dir.resolve("warnings.svg");
        run("export", SEED, "--format", "svg", "--out", all.toString());
        run("export", SEED, "--format", "svg", "--out", warnings.toString(), "--type", "warning");
        String filtered = Files.readString(warnings);
        assertTrue(filtered.contains(">Warning<"));
        assertFalse(filtered.contains(">Arms supply<"));
        assertFalse(filtered.contains(">Iran<"), "Iran has no warning relation");
        assertTrue(Files.readString(all).contains(">Iran<"));
    }

    @Test
    void peopleCanBeShownSeparately() throws IOException {
        Path file = dir.resolve("people.csv");
        Path json = dir.resolve("people.json");
        assertEquals(0, run("export", SEED, "--format", "json", "--out", json.toString(), "--people", "separate").code());
        assertTrue(Files.readString(json).contains("\"name\": \"Kim Jong-Un\""));
        assertEquals(0, run("export", SEED, "--format", "csv", "--out", file.toString(), "--people", "rolled-up").code());
    }

    @Test
    void sameInputAndSeedGiveTheSameBytes() throws IOException {
        for (String format : List.of("svg", "csv", "json", "graphml", "gexf", "dot")) {
            Path first = dir.resolve("first." + format);
            Path second = dir.resolve("second." + format);
            run("export", SEED, "--format", format, "--out", first.toString(), "--seed", "7");
            run("export", SEED, "--format", format, "--out", second.toString(), "--seed", "7");
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), format);
        }
        Path other = dir.resolve("other.svg");
        run("export", SEED, "--format", "svg", "--out", other.toString(), "--seed", "8");
        assertFalse(Files.readString(other).equals(Files.readString(dir.resolve("first.svg"))),
                "another seed, another layout");
    }

    @Test
    void aFailedExportSaysWhyAndLeavesTheExistingFileUntouched() throws IOException {
        Path file = dir.resolve("figure.png");
        Files.writeString(file, "the previous figure");
        Result result = run("export", SEED, "--format", "png", "--out", file.toString(), "--width", "20000",
                "--height", "20000", "--dpi", "600");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot write") && result.err().contains("pixels"), result.err());
        assertEquals("the previous figure", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void anExportIntoAMissingDirectoryFails() {
        Result result = run("export", SEED, "--format", "svg", "--out", dir.resolve("no/such/dir/x.svg").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("no such directory"), result.err());
    }

    @Test
    void aMissingCorpusIsAClearFailure() {
        Result result = run("export", dir.resolve("missing.actorgraph.json").toString(), "--format", "svg", "--out",
                dir.resolve("x.svg").toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("file not found"), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate", "export", "export --format svg", "export CORPUS --out x.svg",
        "export CORPUS --format svg", "export CORPUS --format tiff --out x", "export CORPUS --format png --out x --dpi 1200",
        "export CORPUS --format png --out x --dpi many", "export CORPUS --format svg --out x --theme neon",
        "export CORPUS --format svg --out x --status sure", "export CORPUS --format svg --out x --from yesterday",
        "export CORPUS --format svg --out x --people some", "export CORPUS --format svg --out x --bogus 1",
        "export CORPUS --format svg --out x --type nonexistent", "export CORPUS --format svg --out x --width",
        "export CORPUS --format svg --out x --from 2024 --to 2023", "validate", "validate a b"})
    void badArgumentsPrintTheUsageAndExitWith2(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.replace("CORPUS", SEED).split(" ");
        Result result = run(args);
        assertEquals(2, result.code(), line + ": " + result.err());
        assertTrue(result.err().contains("Usage:"), result.err());
        assertTrue(result.err().startsWith("actorgraph: "), "says what is wrong first");
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("actorgraph export CORPUS --format FORMAT --out FILE"));
        Result version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("actorgraph \\d+\\.\\d+\\.\\d+.*\\R"), version.out());
    }

    @Test
    void validateReportsEveryProblem() throws IOException {
        Result valid = run("validate", SEED);
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("valid (11 actors, 11 relation types, 1 article, 38 relations"), valid.out());

        Path bad = dir.resolve("bad.actorgraph.json");
        Files.writeString(bad, """
                {"format": "actorgraph-corpus", "version": 1,
                 "actors": [{"id": "A", "name": "A", "kind": "state"}, {"id": "A", "name": "B", "kind": "planet"}],
                 "relationTypes": [], "articles": []}
                """);
        Result invalid = run("validate", bad.toString());
        assertEquals(1, invalid.code());
        assertTrue(invalid.out().lines().count() >= 2, "both problems: " + invalid.out());
        assertTrue(invalid.out().contains("bad.actorgraph.json"));

        Result missing = run("validate", dir.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.out().contains("file not found"), missing.out());
    }

    @Test
    void importWritesAValidCorpusFromTheFixtures(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path out = dir.resolve("imported.actorgraph.json");

        Result result = run("import", "src/test/resources/fixtures/brat", "src/test/resources/fixtures/doccano",
                "--out", out.toString());

        assertEquals(CommandLine.OK, result.code(), result.err());
        assertTrue(result.out().contains("Imported 10 articles"), result.out());
        assertTrue(new org.actorgraph.io.CorpusReader().read(out).isValid());
    }

    @Test
    void importWithoutAnythingImportableFailsAndBadArgumentsAreUsageErrors(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path out = dir.resolve("x.actorgraph.json");

        assertEquals(CommandLine.FAILED, run("import", dir.resolve("missing.ann").toString(), "--out", out.toString()).code());
        assertEquals(CommandLine.USAGE, run("import", "src/test/resources/fixtures/brat").code());
        assertEquals(CommandLine.USAGE, run("import", "--out", out.toString()).code());
        assertEquals(CommandLine.USAGE, run("import", "a.ann", "--out", out.toString(), "--bogus").code());
        assertTrue(java.nio.file.Files.notExists(out));
    }

    @Test
    void importUsesAMappingFile(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path mapping = java.nio.file.Files.writeString(dir.resolve("m.json"), """
                {"format": "actorgraph-import-mapping", "version": 1,
                 "relationTypes": [{"id": "merger", "label": "Merger", "color": "#123456", "labels": ["Merge-org"]}],
                 "actors": [{"id": "GOOG", "name": "Google", "kind": "organisation", "aliases": ["Alphabet"]}]}
                """);
        Path out = dir.resolve("m.actorgraph.json");

        Result result = run("import", "src/test/resources/fixtures/brat/090-event_structures.ann", "--out", out.toString(),
                "--mapping", mapping.toString());

        assertEquals(CommandLine.OK, result.code(), result.err());
        org.actorgraph.model.Corpus corpus = new org.actorgraph.io.CorpusReader().read(out).requireCorpus();
        assertEquals("merger", corpus.relations().get(0).typeId());
        assertEquals("GOOG", corpus.relations().get(0).sourceId());
    }

    @Test
    void handoutWritesOnePdfPagePerStepAndTheFrames() throws IOException {
        Path pdf = dir.resolve("story.pdf");
        Path frames = dir.resolve("frames");
        Result result = run("handout", SEED, "--out", pdf.toString(), "--frames", frames.toString(),
                "--order", "date", "--theme", "print", "--people", "separate", "--seed", "7");
        assertEquals(CommandLine.OK, result.code(), result.err());
        assertTrue(result.out().contains("33 steps, date order"), result.out());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(33, document.getNumberOfPages());
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(first.contains("Russia invaded Ukraine on February 24, 2022"), "date order: the invasion first");
            assertTrue(first.contains("Step 1 of 33"), first);
        }
        try (Stream<Path> files = Files.list(frames)) {
            assertEquals(33, files.filter(f -> f.getFileName().toString().matches("step-\\d\\d\\.png")).count());
        }
    }

    @Test
    void handoutArgumentsAreChecked() {
        assertEquals(CommandLine.USAGE, run("handout", SEED).code(), "no --out");
        assertEquals(CommandLine.USAGE, run("handout", "--out", "x.pdf").code(), "no corpus");
        Result order = run("handout", SEED, "--out", dir.resolve("x.pdf").toString(), "--order", "random");
        assertEquals(CommandLine.USAGE, order.code());
        assertTrue(order.err().contains("--order is text or date, not random"), order.err());
        assertEquals(CommandLine.USAGE, run("handout", SEED, "--out", "x.pdf", "--colour", "red").code());
        Result missing = run("handout", dir.resolve("none.actorgraph.json").toString(), "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(CommandLine.FAILED, missing.code());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        assertTrue(CommandLine.COMMANDS.contains("handout"));
        assertTrue(run("--help").out().contains("actorgraph handout CORPUS --out FILE.pdf"));
    }
}

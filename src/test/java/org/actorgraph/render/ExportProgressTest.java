package org.actorgraph.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.StoryBuilder;
import org.actorgraph.analysis.StoryOrder;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Progress and Cancel of exports of the seed corpus, as a progress bar would show them: the
 * fraction rises from 0 to 1 element by element, and a Cancel in the middle leaves the file that was
 * there before byte for byte as it was.
 */
class ExportProgressTest {

    private static final Corpus SEED =
            new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();
    private static final AggregatedGraph GRAPH = new GraphAggregator().aggregate(SEED, PersonGrouping.ROLLED_UP);
    private static final ImageOptions OPTIONS = ImageOptions.defaults("Seed");

    @TempDir
    Path dir;

    private final Exporter exporter = new Exporter();

    /** Records every report; cancels once {@code cancelWhen} holds for a report. */
    private static final class Recorder implements ExportMonitor {
        final List<Double> fractions = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final Predicate<Recorder> cancelWhen;
        volatile boolean cancelled;
        int reportsAfterCancel;
        int askedAfterCancel;

        Recorder(Predicate<Recorder> cancelWhen) {
            this.cancelWhen = cancelWhen;
        }

        Recorder() {
            this(r -> false);
        }

        @Override
        public boolean isCancelled() {
            if (cancelled) {
                askedAfterCancel++;
            }
            return cancelled;
        }

        @Override
        public void progress(double fraction, String message) {
            if (cancelled) {
                reportsAfterCancel++;
                return;
            }
            fractions.add(fraction);
            if (message != null) {
                messages.add(message);
            }
            if (cancelWhen.test(this)) {
                cancelled = true;
            }
        }

        double last() {
            return fractions.get(fractions.size() - 1);
        }
    }

    private Drawing drawing() {
        return exporter.drawing(GRAPH, OPTIONS, 1);
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static void assertRisesFromZeroToOne(List<Double> fractions, String what) {
        assertFalse(fractions.isEmpty(), what + ": no progress reported");
        assertEquals(0, fractions.get(0), 1e-9, what + " starts at 0: " + fractions);
        assertEquals(1, fractions.get(fractions.size() - 1), 1e-9, what + " ends at 1: " + fractions);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), what + " never goes back: " + fractions);
        }
        long between = fractions.stream().filter(f -> f > 0.05 && f < 0.95).distinct().count();
        assertTrue(between >= 5, what + " moves in steps, not from 0 straight to 1: " + fractions);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void progressRisesFromZeroToOneAsTheGraphIsPaintedOrWritten(ExportFormat format) throws IOException {
        Recorder monitor = new Recorder();
        Path file = dir.resolve("seed." + format.cliName());

        exporter.export(GRAPH, drawing(), OPTIONS, format, 150, file, monitor);

        assertRisesFromZeroToOne(monitor.fractions, format.name());
        assertTrue(Files.size(file) > 0);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void cancelInTheMiddleLeavesTheExistingFileByteForByte(ExportFormat format) throws IOException {
        Path file = dir.resolve("seed." + format.cliName());
        byte[] before = "the figure of last week".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, before);
        Recorder monitor = new Recorder(r -> r.fractions.size() == 4);

        assertThrows(CancellationException.class,
                () -> exporter.export(GRAPH, drawing(), OPTIONS, format, 150, file, monitor));

        assertTrue(monitor.last() < 1, "stopped before the end: " + monitor.fractions);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir), "no temporary file is left");
    }

    @Test
    void cancelWhileThePngIsCompressedStopsTheEncoder() throws IOException {
        Path file = dir.resolve("poster.png");
        Files.writeString(file, "old");
        // Past painting, in the middle of the compression of a large image.
        Drawing drawing = drawing();
        double compressing = PngWriter.renderingShare(drawing, 300);
        Recorder monitor = new Recorder(r -> r.last() > compressing + 0.2 * (1 - compressing));

        assertThrows(CancellationException.class,
                () -> exporter.export(GRAPH, drawing, OPTIONS, ExportFormat.PNG, 300, file, monitor));

        assertTrue(monitor.last() < compressing + 0.3 * (1 - compressing), monitor.fractions.toString());
        // 2480 rows at 300 DPI, about a third of them left: an encoder that went on would ask for each.
        assertTrue(monitor.askedAfterCancel < 20, "the encoder stopped at the next row, asked "
                + monitor.askedAfterCancel + " times");
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void aHandoutSaysWhichPageItWritesAndRisesToOne() throws IOException {
        Story story = new Story("Five steps",
                new StoryBuilder().build(SEED, StoryOrder.TEXT).steps().subList(0, 5));
        Recorder monitor = new Recorder();

        new HandoutWriter().writePdf(SEED, story, PersonGrouping.ROLLED_UP, null,
                HandoutOptions.a4(Theme.LIGHT, 1), dir.resolve("story.pdf"), monitor);

        assertEquals(List.of("Writing page 1 of 5…", "Writing page 2 of 5…", "Writing page 3 of 5…",
                "Writing page 4 of 5…", "Writing page 5 of 5…"), monitor.messages);
        assertRisesFromZeroToOne(monitor.fractions, "handout");
    }

    @Test
    void cancelDuringTheThirdFrameLeavesEveryFrameOfTheLastExportAsItWas() throws IOException {
        Story story = new Story("Four steps",
                new StoryBuilder().build(SEED, StoryOrder.TEXT).steps().subList(0, 4));
        HandoutWriter writer = new HandoutWriter();
        Path frames = dir.resolve("frames");
        writer.writeFrames(SEED, story, PersonGrouping.ROLLED_UP, null, new HandoutOptions(600, 400, Theme.LIGHT, 1, 72),
                frames);
        Map<Path, byte[]> before = new HashMap<>();
        for (Path frame : filesIn(frames)) {
            before.put(frame, Files.readAllBytes(frame));
        }
        assertEquals(4, before.size());

        Recorder monitor = new Recorder(r -> r.messages.contains("Writing frame 3 of 4…"));
        assertThrows(CancellationException.class, () -> writer.writeFrames(SEED, story, PersonGrouping.ROLLED_UP,
                null, new HandoutOptions(600, 400, Theme.DARK, 1, 72), frames, monitor));

        assertEquals(List.of("Writing frame 1 of 4…", "Writing frame 2 of 4…", "Writing frame 3 of 4…"),
                monitor.messages);
        assertEquals(before.keySet().stream().sorted().toList(), filesIn(frames), "no temporary file is left");
        for (Map.Entry<Path, byte[]> frame : before.entrySet()) {
            assertArrayEquals(frame.getValue(), Files.readAllBytes(frame.getKey()),
                    "not replaced by the dark frame: " + frame.getKey().getFileName());
        }
    }

    @Test
    void framesRiseFromZeroToOneFrameByFrame() throws IOException {
        Story story = new Story("Three steps",
                new StoryBuilder().build(SEED, StoryOrder.TEXT).steps().subList(0, 3));
        Recorder monitor = new Recorder();

        List<Path> written = new HandoutWriter().writeFrames(SEED, story, PersonGrouping.ROLLED_UP, null,
                new HandoutOptions(600, 400, Theme.LIGHT, 1, 72), dir.resolve("frames"), monitor);

        assertEquals(3, written.size());
        assertEquals(List.of("Writing frame 1 of 3…", "Writing frame 2 of 3…", "Writing frame 3 of 3…"),
                monitor.messages);
        assertRisesFromZeroToOne(monitor.fractions, "frames");
    }
}

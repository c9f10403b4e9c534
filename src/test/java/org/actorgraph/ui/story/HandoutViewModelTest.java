package org.actorgraph.ui.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.render.HandoutWriter;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.seedSession(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs);
    private final StoryViewModel story = new StoryViewModel(session, selection, graph);
    private final HandoutViewModel handout = new HandoutViewModel(session, story, graph, dialogs,
            new ImmediateTaskExecutor(), HandoutWriter::new);

    @Test
    void writesTheEditedStoryAsAPdfAndAsOneFramePerStep() throws IOException {
        while (story.steps().size() > 3) {
            story.remove(3);
        }
        Path pdf = dir.resolve("story.pdf");
        handout.writePdf(pdf);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(Files.size(pdf) > 1000);
        assertTrue(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF"));

        Path frames = dir.resolve("frames");
        handout.writeFrames(frames);
        try (var files = Files.list(frames)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".png")).count());
        }
    }

    @Test
    void theStatusBarFollowsTheHandoutPageByPageAndCancelLeavesTheOldPdf() throws IOException {
        while (story.steps().size() > 4) {
            story.remove(4);
        }
        ManualTaskExecutor executor = new ManualTaskExecutor();
        HandoutViewModel slow = new HandoutViewModel(session, story, graph, dialogs, executor, HandoutWriter::new);
        Path pdf = dir.resolve("story.pdf");
        byte[] before = "last term's handout".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(pdf, before);
        List<String> messages = new ArrayList<>();
        slow.activity().messageProperty().addListener((obs, old, now) -> {
            messages.add(now);
            if (now.equals("Writing page 3 of 4…")) {
                slow.activity().cancel(); // the status bar's Cancel
            }
        });

        slow.writePdf(pdf);
        executor.runAll();

        assertEquals(List.of("Exporting story.pdf…", "Writing page 1 of 4…", "Writing page 2 of 4…",
                "Writing page 3 of 4…", "Cancelling…", ""), messages);
        assertArrayEquals(before, Files.readAllBytes(pdf));
        assertEquals("Exporting story.pdf cancelled; nothing was written", slow.activity().outcomeProperty().get());
        assertFalse(slow.runningProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(dialogs.titles.isEmpty(), "no \"Handout exported\": " + dialogs.titles);
    }

    @Test
    void theFramesProgressRisesToOneFrameByFrame() throws IOException {
        while (story.steps().size() > 3) {
            story.remove(3);
        }
        List<Double> progress = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        handout.activity().progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        handout.activity().messageProperty().addListener((obs, old, now) -> messages.add(now));

        handout.writeFrames(dir.resolve("frames"));

        assertEquals(List.of("Exporting the frames to frames…", "Writing frame 1 of 3…", "Writing frame 2 of 3…",
                "Writing frame 3 of 3…", ""), messages);
        assertEquals(1, progress.get(progress.size() - 2), 1e-9, "1 before the bar is put away: " + progress);
        assertTrue(progress.stream().filter(p -> p > 0.2 && p < 0.9).count() >= 3, progress.toString());
        assertEquals("Exported 3 frames to frames", handout.activity().outcomeProperty().get());
    }
}

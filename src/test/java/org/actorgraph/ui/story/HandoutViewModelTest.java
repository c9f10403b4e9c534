package org.actorgraph.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.render.HandoutWriter;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
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
}

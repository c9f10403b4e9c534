package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame at start shows the seed's graph and the panels that go with it, not an
 * empty graph area that fills in a moment later.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameUiTest {

    @TempDir
    Path dir;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private AppComposition app;
    private Stage stage;
    // What the window held when it was shown.
    private final List<String> whenShown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.showingProperty().addListener((obs, was, showing) -> {
            if (showing && whenShown.isEmpty()) {
                whenShown.add(describe());
            }
        });
        app = RunningApp.start(stage, CorpusLoader.SEED_RESOURCE, executor, new RecordingDialogService(), dir);
        // The seed is read and laid out at once, as on a fast machine, well within the time the
        // window waits for its first graph.
        executor.runAll();
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private String describe() {
        if (app == null) {
            return "shown while the application was being built";
        }
        Parent root = stage.getScene().getRoot();
        return "drawn " + app.graphView().isDrawn() + ", " + app.graphView().vertexCount() + " actors, "
                + app.graphView().edgeCount() + " lines, legend " + root.lookupAll(".legend-type").size() + " types";
    }

    @Test
    void theFirstFrameShowsTheGraphAndItsLegend() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing());
        RunningApp.waitUntilComplete(stage, app);
        String complete = WaitForAsyncUtils.asyncFx(this::describe).get();
        assertTrue(app.graphView().vertexCount() > 0, complete);
        assertEquals(List.of(complete), whenShown);
    }
}

package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The details of a busy actor list its relations a part per frame, so that no frame styles and
 * lays out hundreds of links at once, and in the end list them all, in the panel's order. On the
 * generated corpus of 200 actors and 1,000 relations, whose busiest actor has more links than a
 * part.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsLinksUiTest {

    /** Links a frame may add, as the panel promises (DetailsView.LINKS_PER_FRAME). */
    private static final int PART = 60;

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;
    private final List<Integer> linksPerFrame = new ArrayList<>();
    private AnimationTimer watcher;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = RunningApp.startOnLargeCorpus(stage, dir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        robot.interact(() -> {
            if (watcher != null) {
                watcher.stop();
            }
        });
        RunningApp.close(robot, stage, app);
    }

    private List<Hyperlink> links() {
        return stage.getScene().getRoot().lookupAll(".relation-link").stream().map(Hyperlink.class::cast).toList();
    }

    @Test
    void aBusyActorsRelationsAreListedAPartPerFrame(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        AggregatedGraph graph = app.session().getGraph();
        Actor busiest = graph.actorsByDegree().get(0);
        robot.interact(() -> {
            watcher = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    linksPerFrame.add(links().size());
                }
            };
            watcher.start();
            app.graphViewModel().select(busiest);
            linksPerFrame.add(links().size()); // what the selection itself listed
        });
        int expected = graph.degree(busiest);
        assertTrue(expected > 2 * PART, "the busiest actor has " + expected + " relations");
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> links().size()) == expected);
        robot.interact(watcher::stop);

        assertEquals(PART, linksPerFrame.get(0).intValue(), "the selection lists the first part");
        for (int i = 1; i < linksPerFrame.size(); i++) {
            assertTrue(linksPerFrame.get(i) - linksPerFrame.get(i - 1) <= PART,
                    "no frame adds more than a part: " + linksPerFrame);
        }
        List<String> shown = new ArrayList<>();
        robot.interact(() -> links().forEach(link -> shown.add(link.getText())));
        assertEquals(app.detailsViewModel().relationLinks().stream().map(l -> l.text()).toList(), shown);
    }

    @Test
    void anotherSelectionWhileListingStartsItsOwnList(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        AggregatedGraph graph = app.session().getGraph();
        Actor busiest = graph.actorsByDegree().get(0);
        Actor next = graph.actorsByDegree().get(1);
        robot.interact(() -> {
            app.graphViewModel().select(busiest);
            app.graphViewModel().select(next);
        });
        int expected = graph.degree(next);
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> links().size()) == expected);
        // A few more frames: nothing of the first list may follow.
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);

        List<String> shown = new ArrayList<>();
        robot.interact(() -> links().forEach(link -> shown.add(link.getText())));
        assertEquals(app.detailsViewModel().relationLinks().stream().map(l -> l.text()).toList(), shown);
    }
}

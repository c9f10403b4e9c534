package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.ui.graph.VertexColouring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A large drawing opened in a window on screen joins it unseen and is styled there a part per
 * frame, so that no frame styles all of its nodes at once; it shows complete, with the styles
 * asked for while it was being readied. Watched at the start of every frame, before the window's
 * own work for that frame.
 */
@ExtendWith(ApplicationExtension.class)
class StagedDrawingUiTest {

    /** Vertices and names a frame may style, as the window promises (GraphView.STAGED_PER_FRAME). */
    private static final int PART = 500;
    // The halo, the picture of the lines and the arrow heads kept over it join the drawing when it is placed.
    private static final int PLACED_NODES = 3;

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;
    private Path corpus;
    // What each frame found: the drawing being readied (not yet shown), and the count of its nodes.
    private final List<Integer> readiedNodes = new ArrayList<>();
    private Parent readied;
    private boolean toggleColouring;
    private AnimationTimer watcher;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        // 600 actors generated, of which the graph draws 339:
        // under the 400 drawn whole when a corpus opens, more than 500 vertices and names, and
        // more than 300 lines, so drawn away from the window.
        corpus = dir.resolve("staged.actorgraph.json");
        new CorpusWriter().write(CorpusGenerator.generate(200, 600, 1000, 1L), corpus);
        app = RunningApp.start(stage, org.actorgraph.ui.corpus.CorpusLoader.SEED_RESOURCE, dir);
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

    // Opens the corpus once the seed is complete, watching every frame from then on.
    private void openWatched(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        robot.interact(() -> {
            watcher = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    watch();
                }
            };
            watcher.start(); // before the window's own timers: it sees each frame as the last left it
            app.session().open(CorpusSource.ofFile(corpus));
        });
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().vertexCount() > 300);
        robot.interact(watcher::stop);
    }

    private void watch() {
        Parent viewport = (Parent) stage.getScene().getRoot().lookup(".graph-viewport");
        for (Node child : viewport.getChildrenUnmodifiable()) {
            if (!child.isVisible() && child instanceof Parent drawing) {
                readied = drawing;
                readiedNodes.add(panelOf(drawing).getChildrenUnmodifiable().size());
                if (toggleColouring) {
                    var colouring = app.graphViewModel().vertexColouringProperty();
                    colouring.set(colouring.get() == VertexColouring.KIND ? VertexColouring.COMMUNITY
                            : VertexColouring.KIND);
                }
            }
        }
    }

    private void assertVerticesColouredAsChosen() throws TimeoutException {
        // A graph this large is analysed in the background: its communities colour the drawing
        // once they arrive, which may be after it shows.
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> app.graphViewModel().metrics().isReady()));
        // Coloured by community, every actor in a community has its colour as its style.
        List<String> expected = RunningApp.onFx(() -> app.graphViewModel().vertexFills().values().stream()
                .map(colour -> "-fx-fill: " + colour + ";").sorted().toList());
        List<String> fills = RunningApp.onFx(() -> panelOf(readied).lookupAll(".vertex").stream().filter(Node::isVisible)
                .map(Node::getStyle).filter(style -> style.contains("-fx-fill")).sorted().toList());
        assertTrue(RunningApp.onFx(() -> panelOf(readied).lookupAll(".vertex").size()) > 300, "every vertex is drawn");
        if (app.graphViewModel().vertexColouringProperty().get() == VertexColouring.COMMUNITY) {
            assertTrue(expected.size() > 100, "actors in communities: " + expected.size());
        }
        assertEquals(expected, fills, "the vertices have the colours of "
                + app.graphViewModel().vertexColouringProperty().get());
    }

    private static Parent panelOf(Parent drawing) {
        return (Parent) drawing.lookup(".actor-graph");
    }

    @Test
    void theDrawingIsStyledUnseenAPartPerFrameAndShowsWithAllItsNodes(FxRobot robot) throws TimeoutException {
        openWatched(robot);

        int shownNodes = RunningApp.onFx(() -> panelOf(readied).getChildrenUnmodifiable().size());
        assertTrue(readied.isVisible(), "the drawing readied unseen is the one shown");
        assertTrue(shownNodes > PART + PLACED_NODES, "the drawing has more nodes than a frame styles: "
                + shownNodes);
        assertTrue(readiedNodes.get(0) <= PART, "the first frame styles at most a part: " + readiedNodes);
        for (int i = 1; i < readiedNodes.size(); i++) {
            assertTrue(readiedNodes.get(i) - readiedNodes.get(i - 1) <= PART,
                    "no frame adds more than a part: " + readiedNodes);
        }
        assertTrue(readiedNodes.contains(shownNodes - PLACED_NODES),
                "every vertex and name is styled unseen before the drawing is placed: " + readiedNodes);
        assertEquals(shownNodes, readiedNodes.get(readiedNodes.size() - 1).intValue(),
                "it shows only once every node has been styled unseen: " + readiedNodes);
    }

    @Test
    void theDrawingShowsWithTheColouringChosenBeforeItWasOpened(FxRobot robot) throws TimeoutException {
        robot.interact(() -> app.graphViewModel().vertexColouringProperty().set(VertexColouring.COMMUNITY));
        openWatched(robot);

        assertVerticesColouredAsChosen();
    }

    @Test
    void aColouringChosenWhileTheDrawingIsReadiedIsTheOneItShowsWith(FxRobot robot) throws TimeoutException {
        toggleColouring = true; // switched at every frame while the drawing is readied
        openWatched(robot);

        assertVerticesColouredAsChosen();
        assertFalse(readiedNodes.size() < 3, "the colouring changed in several frames: " + readiedNodes.size());
    }
}

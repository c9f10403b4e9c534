package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Colouring the vertices of a large drawing (by community, say) must not hold the window: its
 * vertices take their new fills a part per frame, all of them within a few frames, and a newer
 * colouring replaces one not finished.
 */
@ExtendWith(ApplicationExtension.class)
class GraphDrawingRestyleTest {

    // Over twice as many vertices as are restyled in one frame: people drawn on their own.
    private static final int ACTORS = 1_000;
    private static final String FILL = "#AA3377";

    private Stage stage;

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> stage.hide());
    }

    private GraphDrawing shown(FxRobot robot, AggregatedGraph graph) {
        Map<Actor, Point> positions = new HashMap<>();
        List<Actor> actors = graph.actors();
        for (int i = 0; i < actors.size(); i++) {
            positions.put(actors.get(i), new Point(40 * (i % 40), 40 * (i / 40)));
        }
        GraphDrawing[] drawing = new GraphDrawing[1];
        robot.interact(() -> {
            drawing[0] = new GraphDrawing(new SmartGraphAdapter(), new GraphLayout(graph, positions, 1600, 1000));
            stage = new Stage();
            stage.setScene(new Scene(new Pane(drawing[0].root()), 900, 600));
            stage.show();
            drawing[0].init();
        });
        return drawing[0];
    }

    // The vertices in the window whose own style is this.
    private long filledWith(String style) {
        return vertices().stream().filter(node -> style.equals(node.getStyle())).count();
    }

    private List<javafx.scene.Node> vertices() {
        return List.copyOf(stage.getScene().getRoot().lookupAll(".vertex"));
    }

    private long filledWith(FxRobot robot, String style) {
        long[] count = new long[1];
        robot.interact(() -> count[0] = filledWith(style));
        return count[0];
    }

    @Test
    void aLargeDrawingsVerticesTakeTheirFillsAPartPerFrameAndANewerColouringWins(FxRobot robot) throws Exception {
        AggregatedGraph graph = new GraphAggregator()
                .aggregate(CorpusGenerator.generate(40, ACTORS, 1_500, 3L), PersonGrouping.SEPARATE);
        assertTrue(graph.actors().size() > 2 * GraphDrawing.VERTICES_RESTYLED_PER_FRAME, "a large drawing");
        GraphDrawing drawing = shown(robot, graph);
        assertEquals(graph.actors().size(), robot.lookup(".vertex").queryAll().size(), "every actor a vertex");
        Map<Actor, String> fills = new HashMap<>();
        graph.actors().forEach(actor -> fills.put(actor, FILL));
        String filled = "-fx-fill: " + FILL + ";";

        long[] atOnce = new long[1];
        robot.interact(() -> {
            drawing.setFills(fills);
            drawing.restyle();
            atOnce[0] = filledWith(filled);
        });
        assertEquals(GraphDrawing.VERTICES_RESTYLED_PER_FRAME, atOnce[0], "one frame's part at once");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isApplied(robot, drawing));
        assertEquals(graph.actors().size(), filledWith(robot, filled), "every vertex, frames later");
        robot.interact(() -> {
            javafx.scene.shape.Circle vertex = (javafx.scene.shape.Circle) vertices().get(vertices().size() / 2);
            vertex.applyCss();
            assertEquals(Color.web(FILL), vertex.getFill(), "the vertex is painted in its new fill");
        });

        // Back to the kinds' colours, and at once to the fill again before the frames have passed.
        robot.interact(() -> {
            drawing.setFills(Map.of());
            drawing.restyle();
            drawing.setFills(fills);
            drawing.restyle();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> isApplied(robot, drawing));
        assertEquals(graph.actors().size(), filledWith(robot, filled),
                "the newer colouring is what stays");
    }

    private static boolean isApplied(FxRobot robot, GraphDrawing drawing) {
        boolean[] applied = new boolean[1];
        robot.interact(() -> applied[0] = drawing.vertexStylesApplied());
        return applied[0];
    }
}

package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Point;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A drawing is placed where its layout says when it is built; SmartGraph placing it again when it
 * joins its window must not undo a newer layout applied meanwhile (the window may be laid out
 * after a second layout of the same graph has arrived).
 */
@ExtendWith(ApplicationExtension.class)
class GraphDrawingPlacementTest {

    private Stage stage;

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.hide();
            }
        });
    }

    // Every actor on a row, shifted by (dx, dy).
    private static Map<Actor, Point> row(AggregatedGraph graph, double dx, double dy) {
        Map<Actor, Point> positions = new HashMap<>();
        List<Actor> actors = List.copyOf(graph.actors());
        for (int i = 0; i < actors.size(); i++) {
            positions.put(actors.get(i), new Point(100 + 50 * i + dx, 200 + 20 * (i % 3) + dy));
        }
        return positions;
    }

    @Test
    void aLayoutAppliedBeforeTheDrawingJoinsItsWindowIsWhereItShows(FxRobot robot) {
        AggregatedGraph graph = TestCorpora.seedSession(new RecordingDialogService()).getGraph();
        Map<Actor, Point> first = row(graph, 0, 0);
        Map<Actor, Point> newer = row(graph, 40, 60);
        GraphDrawing[] drawing = new GraphDrawing[1];
        robot.interact(() -> {
            drawing[0] = new GraphDrawing(new SmartGraphAdapter(), new GraphLayout(graph, graph, first, 900, 600, false));
            drawing[0].apply(new GraphLayout(graph, graph, newer, 900, 600, true));
            stage = new Stage();
            stage.setScene(new Scene(new Pane(drawing[0].root()), 900, 600));
            stage.show();
            drawing[0].init();
        });

        for (Actor actor : graph.actors()) {
            assertEquals(newer.get(actor), drawing[0].positionOf(actor).orElseThrow(), actor.name());
        }
    }
}

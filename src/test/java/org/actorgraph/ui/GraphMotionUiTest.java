package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.CubicCurve;
import javafx.stage.Stage;
import org.actorgraph.model.Actor;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.graph.ViewportModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What keeps large graphs fluid, seen from the window: a filter change hides and shows the
 * drawn lines instead of drawing them anew, and while the view pans or an actor is dragged the
 * drawing is shown as a picture that gives way to the live lines once the motion stops.
 */
@ExtendWith(ApplicationExtension.class)
class GraphMotionUiTest {

    @TempDir
    Path settingsDir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = RunningApp.start(stage, CorpusLoader.SEED_RESOURCE, settingsDir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    // The lines of the relations; their arrow heads carry the "edge" class too.
    private static Set<Node> lines(FxRobot robot) {
        return robot.lookup(".edge").queryAll().stream().filter(CubicCurve.class::isInstance)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static long visibleLines(FxRobot robot) {
        return lines(robot).stream().filter(GraphMotionUiTest::drawn).count();
    }

    // On screen: the node and every node above it are visible and not transparent.
    private static boolean drawn(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void hidingATypeHidesItsLinesAndShowingItBringsTheSameLinesBack(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        int allEdges = app.graphView().edgeCount();
        int lineNodes = lines(robot).size();
        Set<Node> before = lines(robot);
        assertEquals(allEdges, visibleLines(robot));
        long arms = app.session().getGraph().relations().stream()
                .filter(r -> r.type().id().equals("arms_supply")).count();
        assertTrue(arms > 0, "the seed has arms supply relations");

        robot.interact(() -> app.session().criteriaProperty()
                .set(FilterCriteria.NONE.withHiddenTypeIds(Set.of("arms_supply"))));

        assertEquals(allEdges - arms, app.graphView().edgeCount());
        assertEquals(allEdges - arms, visibleLines(robot), "the hidden type's lines are not drawn");
        assertEquals(lineNodes, lines(robot).size(), "nothing was drawn anew");

        robot.interact(() -> app.session().criteriaProperty().set(FilterCriteria.NONE));

        assertEquals(allEdges, visibleLines(robot));
        assertEquals(before, lines(robot), "the same lines came back");
    }

    @Test
    void panningShowsAPictureUntilTheViewIsStillThenTheLinesAgain(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        ViewportModel viewport = app.graphViewModel().viewport();
        robot.sleep(500); // the fit on opening is over

        robot.interact(() -> viewport.panBy(12, 0));
        assertFalse(app.graphView().isShowingStill(), "a single jump is drawn directly");
        robot.sleep(60); // a frame or more later
        robot.interact(() -> viewport.panBy(12, 4));

        assertTrue(app.graphView().isShowingStill());
        assertEquals(0, visibleLines(robot), "the picture stands in for the lines");

        RunningApp.waitUntil(() -> !app.graphView().isShowingStill());
        assertEquals(app.graphView().edgeCount(), visibleLines(robot));
    }

    @Test
    void parallelLinesBendAsInTheExportedFigureEveryTimeTheGraphIsDrawn(FxRobot robot) throws TimeoutException {
        // Each opening draws anew, with new objects: which relation bends to which side must not
        // depend on them (SmartGraph orders a pair by the objects' identity hashes).
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        for (int opening = 0; opening < 6; opening++) {
            Object before = app.graphViewModel().layoutProperty().get();
            if (opening > 0) {
                robot.interact(() -> app.session().open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed()));
                RunningApp.waitUntil(() -> app.graphView().isDrawn()
                        && app.graphViewModel().layoutProperty().get() != before);
            }
            assertFanBendsByRelationOrder();
        }
    }

    // Each relation of the North Korea–Russia fan bends to the side the exported figure bends it
    // to (or is straight where the figure's is), seen from North Korea towards Russia.
    private void assertFanBendsByRelationOrder() {
        org.actorgraph.analysis.AggregatedGraph graph = app.session().getGraph();
        Actor prk = graph.actor("PRK").orElseThrow();
        Actor rus = graph.actor("RUS").orElseThrow();
        List<org.actorgraph.analysis.AggregatedRelation> fan = graph.relations().stream()
                .filter(r -> Set.of(r.source(), r.target()).equals(Set.of(prk, rus))).toList();
        assertTrue(fan.size() > 2, "the seed has a fan between North Korea and Russia");
        org.actorgraph.render.Drawing figure = new org.actorgraph.render.DrawingBuilder().build(graph,
                app.graphViewModel().layoutProperty().get().positions(), new org.actorgraph.render.ImageOptions(
                        org.actorgraph.render.ImageOptions.DEFAULT_WIDTH, org.actorgraph.render.ImageOptions.DEFAULT_HEIGHT,
                        org.actorgraph.render.Theme.LIGHT, "fan", false, false, false, null));
        Map<String, org.actorgraph.render.Drawing.Edge> drawn = new java.util.HashMap<>();
        figure.edges().forEach(e -> drawn.putIfAbsent(e.id(), e));
        org.actorgraph.model.Point from = figure.vertices().stream().filter(v -> v.actorId().equals("PRK"))
                .findFirst().orElseThrow().center();
        org.actorgraph.model.Point to = figure.vertices().stream().filter(v -> v.actorId().equals("RUS"))
                .findFirst().orElseThrow().center();
        Point2D a = app.graphView().screenCenterOf(prk).orElseThrow();
        Point2D b = app.graphView().screenCenterOf(rus).orElseThrow();
        for (org.actorgraph.analysis.AggregatedRelation relation : fan) {
            Point2D m = app.graphView().screenMidpointOf(relation).orElseThrow();
            double onScreen = side(a.getX(), a.getY(), b.getX(), b.getY(), m.getX(), m.getY());
            org.actorgraph.model.Point c = drawn.get(relation.id()).control();
            double inFigure = side(from.x(), from.y(), to.x(), to.y(), c.x(), c.y());
            String which = relation.id() + ": " + onScreen + " on screen, " + inFigure + " in the figure";
            if (Math.abs(inFigure) < 1) {
                assertEquals(0, onScreen, 1, which);
            } else {
                assertEquals(Math.signum(inFigure), Math.signum(onScreen), which);
                assertTrue(Math.abs(onScreen) > 2, which);
            }
        }
    }

    // How far, and on which side, a point lies from the line through two others.
    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / Math.hypot(bx - ax, by - ay);
    }

    @Test
    void draggingAnActorKeepsItsOwnLinesLiveAndPutsEverythingBackOnRelease(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        Actor iran = app.session().getGraph().actor("IRN").orElseThrow();
        long iranEdges = app.session().getGraph().relations().stream()
                .filter(r -> r.source().equals(iran) || r.target().equals(iran)).count();
        Point2D from = app.graphView().screenCenterOf(iran).orElseThrow();
        // Iran's line selected: its halo follows the curve, so it waits for the release too.
        robot.interact(() -> app.selection().select(app.session().getGraph().relations().stream()
                .filter(r -> r.source().equals(iran) || r.target().equals(iran)).findFirst().orElseThrow()));
        Node halo = robot.lookup(".selection-halo").query();
        assertTrue(drawn(halo), "the selected line has its halo");

        // Iran sits near the right edge of the drawing: drag it inwards, up and to the left.
        robot.drag(from, MouseButton.PRIMARY).moveBy(-30, -20).moveBy(-20, -10);

        assertTrue(app.graphView().isShowingStill());
        assertFalse(drawn(halo), "no curved halo over the straight stroke");
        assertEquals(0, visibleLines(robot), "the curves are in the picture or stand aside");
        // Iran's lines follow the drag as straight strokes, each with an end on Iran's outline.
        Node sketch = robot.lookup(".drag-sketch").query();
        List<javafx.scene.shape.LineTo> ends = ((javafx.scene.Parent) sketch).getChildrenUnmodifiable().stream()
                .flatMap(path -> ((javafx.scene.shape.Path) path).getElements().stream())
                .filter(javafx.scene.shape.LineTo.class::isInstance).map(javafx.scene.shape.LineTo.class::cast).toList();
        assertEquals(iranEdges, ends.size(), "one stroke per line of Iran's");
        Point2D iranNow = sketch.screenToLocal(app.graphView().screenCenterOf(iran).orElseThrow());
        long atIran = ((javafx.scene.Parent) sketch).getChildrenUnmodifiable().stream()
                .flatMap(path -> ((javafx.scene.shape.Path) path).getElements().stream())
                .filter(e -> e instanceof javafx.scene.shape.MoveTo m
                        ? iranNow.distance(m.getX(), m.getY()) < 30
                        : iranNow.distance(((javafx.scene.shape.LineTo) e).getX(), ((javafx.scene.shape.LineTo) e).getY()) < 30)
                .count();
        assertEquals(iranEdges, atIran, "every stroke has an end at Iran");

        robot.release(MouseButton.PRIMARY);
        RunningApp.waitUntil(() -> app.graphViewModel().pinned().containsKey(iran));

        assertFalse(app.graphView().isShowingStill());
        assertEquals(app.graphView().edgeCount(), visibleLines(robot));
        assertTrue(robot.lookup(".drag-sketch").tryQuery().isEmpty(), "the curves are back, the sketch gone");
        assertTrue(drawn(halo), "and the halo with them");
        Point2D to = app.graphView().screenCenterOf(iran).orElseThrow();
        assertEquals(from.getX() - 50, to.getX(), 3, "Iran followed the pointer");
        assertEquals(from.getY() - 30, to.getY(), 3, "Iran followed the pointer");
    }

    @Test
    void anotherLayoutLetsTheActorsGlideToTheirNewPlaces(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        var before = app.graphViewModel().layoutProperty().get();
        boolean[] glidingWhenPublished = {false};
        robot.interact(() -> app.graphViewModel().layoutProperty().addListener(
                (obs, old, now) -> glidingWhenPublished[0] = app.graphView().isSettling()));

        robot.interact(() -> app.graphViewModel().rerunLayout());
        RunningApp.waitUntil(() -> app.graphViewModel().layoutProperty().get() != before && !app.graphView().isSettling());

        assertTrue(glidingWhenPublished[0], "the actors did not jump to the new layout");
        Actor iran = app.session().getGraph().actor("IRN").orElseThrow();
        var layout = app.graphViewModel().layoutProperty().get();
        assertTrue(before.positions().get(iran).distanceTo(layout.positions().get(iran)) > 1, "the layout moved Iran");
        Point2D onScreen = app.graphView().screenCenterOf(iran).orElseThrow();
        robot.interact(() -> { }); // the last frame of the glide is applied
        assertEquals(onScreen, app.graphView().screenCenterOf(iran).orElseThrow(), "it came to rest");
    }
}

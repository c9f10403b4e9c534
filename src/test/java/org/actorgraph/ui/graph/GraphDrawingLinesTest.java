package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Point;
import org.actorgraph.render.LineRaster;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every relation is drawn as a line from its source to its target with the arrow head at the
 * target, and relations between the same two actors take lanes of their own. A small drawing has
 * its lines in the panel under the vertices; a large one paints them, with no line in the panel.
 */
@ExtendWith(ApplicationExtension.class)
class GraphDrawingLinesTest {

    private Stage stage;

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.hide();
            }
        });
    }

    // Actors on a circle, so that no three centres are on one line, far apart from each other.
    private static final double SIDE = 20_000;

    private static Map<Actor, Point> circle(AggregatedGraph graph) {
        Map<Actor, Point> positions = new HashMap<>();
        List<Actor> actors = List.copyOf(graph.actors());
        for (int i = 0; i < actors.size(); i++) {
            double angle = 2 * Math.PI * i / actors.size();
            positions.put(actors.get(i), new Point(SIDE / 2 * (1 + 0.9 * Math.cos(angle)), SIDE / 2 * (1 + 0.9 * Math.sin(angle))));
        }
        return positions;
    }

    private GraphDrawing shown(FxRobot robot, AggregatedGraph graph) {
        return shown(robot, graph, circle(graph));
    }

    private GraphDrawing shown(FxRobot robot, AggregatedGraph graph, Map<Actor, Point> positions) {
        GraphDrawing[] drawing = new GraphDrawing[1];
        robot.interact(() -> {
            if (stage != null) {
                stage.hide();
            }
            drawing[0] = new GraphDrawing(new SmartGraphAdapter(),
                    new GraphLayout(graph, graph, positions, SIDE, SIDE, false));
            stage = new Stage();
            stage.setScene(new Scene(new Pane(drawing[0].root()), 900, 600));
            stage.show();
            drawing[0].init();
        });
        return drawing[0];
    }

    private static double distance(double x, double y, Point p) {
        return Math.hypot(x - p.x(), y - p.y());
    }

    // The line starts at its source's vertex and ends at its target's, where its arrow head is.
    private static void assertRunsFromSourceToTarget(GraphDrawing drawing, AggregatedRelation relation) {
        DrawnLine line = drawing.lineOf(relation).orElseThrow();
        double[] c = curve(line);
        Point source = drawing.positionOf(relation.source()).orElseThrow();
        Point target = drawing.positionOf(relation.target()).orElseThrow();
        String name = relation.source().name() + " → " + relation.target().name();
        assertTrue(distance(c[0], c[1], source) < distance(c[0], c[1], target), name + " starts at its source");
        assertTrue(distance(c[6], c[7], target) < distance(c[6], c[7], source), name + " ends at its target");
        // A small drawing's arrow head is a node; a large one's is painted from the line.
        double[] head = line instanceof NodeLine node ? arrowNodePoints(node.node())
                : LineLayer.arrowStroke(c, 7, 1, new LineLayer.Look(0, 1, new float[0])).points();
        Point tip = new Point(head[0], head[1]);
        assertTrue(distance(tip.x(), tip.y(), target) < distance(tip.x(), tip.y(), source),
                name + " has its arrow head at the target");
        assertEquals(relation, line.relation(), name);
        if (line instanceof NodeLine node) {
            assertEquals(relation, node.node().getUnderlyingEdge().element().relation(), name);
        }
    }

    private static double[] curve(DrawnLine line) {
        double[] c = new double[LineCurve.VALUES];
        line.curve(c);
        return c;
    }

    // The points of an arrow head node in the panel: its tip, one wing, the tip again, the other wing.
    private static double[] arrowNodePoints(SmartGraphEdgeNode<RelationEdge, ActorVertex> line) {
        javafx.scene.transform.Transform toPanel = line.getAttachedArrow().getLocalToParentTransform();
        List<Double> points = new java.util.ArrayList<>();
        for (javafx.scene.shape.PathElement element : line.getAttachedArrow().getElements()) {
            javafx.geometry.Point2D p = element instanceof javafx.scene.shape.MoveTo move
                    ? toPanel.transform(move.getX(), move.getY())
                    : toPanel.transform(((javafx.scene.shape.LineTo) element).getX(),
                            ((javafx.scene.shape.LineTo) element).getY());
            points.add(p.getX());
            points.add(p.getY());
        }
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aPaintedArrowHeadIsWhereSmartGraphsArrowNodeIs(FxRobot robot) {
        AggregatedGraph graph = TestCorpora.seedSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);

        for (AggregatedRelation relation : graph.relations()) {
            SmartGraphEdgeNode<RelationEdge, ActorVertex> line = ((NodeLine) drawing.lineOf(relation).orElseThrow()).node();
            double scale = line.getAttachedArrow().getLocalToParentTransform().getMxx() == 0 ? 1
                    : Math.sqrt(Math.abs(line.getAttachedArrow().getLocalToParentTransform().determinant()));
            double[] node = arrowNodePoints(line);
            double[] painted = LineLayer.arrowStroke(curve(drawing.lineOf(relation).orElseThrow()), 7, scale,
                    new LineLayer.Look(0, 1, new float[0])).points();
            assertEquals(node.length, painted.length);
            for (int i = 0; i < node.length; i++) {
                assertEquals(node[i], painted[i], 0.01, relation.source().name() + " → " + relation.target().name()
                        + ", coordinate " + i);
            }
        }
    }

    @Test
    void aSmallDrawingHasEveryLineInThePanelUnderTheVertices(FxRobot robot) {
        AggregatedGraph graph = TestCorpora.seedSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);

        List<Node> children = List.copyOf(drawing.panel().getChildren());
        int lowestVertex = children.size();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof SmartGraphVertexNode<?>) {
                lowestVertex = Math.min(lowestVertex, i);
            }
        }
        for (AggregatedRelation relation : graph.relations()) {
            assertRunsFromSourceToTarget(drawing, relation);
            SmartGraphEdgeNode<RelationEdge, ActorVertex> line = ((NodeLine) drawing.lineOf(relation).orElseThrow()).node();
            int index = children.indexOf(line);
            assertTrue(index >= 0 && index < lowestVertex, "the line is in the panel, under the vertices");
            assertEquals(index + 1, children.indexOf(line.getAttachedArrow()), "its arrow head is just above it");
        }
        assertEquals(graph.actors().size(), drawing.vertexCount());
    }

    @Test
    void relationsBetweenTheSameTwoActorsTakeLanesOfTheirOwn(FxRobot robot) {
        AggregatedGraph graph = TestCorpora.seedSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);

        // The pair of actors joined by the most lines: the fan between North Korea and Russia.
        List<AggregatedRelation> pair = graph.relations().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> new java.util.HashSet<>(List.of(r.source(), r.target()))))
                .values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        assertTrue(pair.size() >= 3, "a fan of lines: " + pair.size());
        Set<List<Long>> bends = new java.util.HashSet<>();
        for (AggregatedRelation relation : pair) {
            double[] c = curve(drawing.lineOf(relation).orElseThrow());
            double cx = (c[2] + c[4]) / 2;
            double cy = (c[3] + c[5]) / 2;
            bends.add(List.of(Math.round(cx), Math.round(cy)));
        }
        assertEquals(pair.size(), bends.size(), "each of the pair's lines bends its own way");
    }

    @Test
    void aLargeDrawingPaintsEveryLineAndKeepsNoneInThePanel(FxRobot robot) {
        AggregatedGraph graph = TestCorpora.largeSession(new RecordingDialogService()).getGraph();
        assertTrue(graph.relations().size() > GraphLayout.MANY_LINES, "a large graph: " + graph.relations().size());
        GraphDrawing drawing = shown(robot, graph);

        for (AggregatedRelation relation : graph.relations()) {
            assertRunsFromSourceToTarget(drawing, relation);
        }
        assertFalse(drawing.panel().getChildren().stream().anyMatch(child -> child instanceof SmartGraphEdgeNode<?, ?>),
                "no line node in the panel");
        assertEquals(graph.relations().size(), drawing.edgeCount());
    }

    @Test
    void aPaintedLineLiesWhereSmartGraphsLineNodeWouldInEveryLane(FxRobot robot) {
        AggregatedGraph graph = TestCorpora.largeSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);

        int bent = 0;
        for (AggregatedRelation relation : graph.relations()) {
            PaintedLine line = (PaintedLine) drawing.lineOf(relation).orElseThrow();
            // SmartGraph's own line between the same vertices, in the same lane.
            SmartGraphEdgeNode<RelationEdge, ActorVertex> node = new SmartGraphEdgeNode<>(null, line.target(),
                    line.source(), line.lane());
            double[] expected = {node.getStartX(), node.getStartY(), node.getControlX1(), node.getControlY1(),
                node.getControlX2(), node.getControlY2(), node.getEndX(), node.getEndY()};
            double[] painted = curve(line);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], painted[i], 1e-9, relation.source().name() + " → " + relation.target().name()
                        + " in lane " + line.lane() + ", value " + i);
            }
            bent += line.lane() == 0 ? 0 : 1;
        }
        assertTrue(bent > 10, "lines in bent lanes too: " + bent);
    }

    @Test
    void aPaintedLineFollowsItsActorWhenTheActorMoves(FxRobot robot) throws Exception {
        AggregatedGraph graph = TestCorpora.largeSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);
        // The rightmost actor on the circle, with its lines.
        Actor moved = List.copyOf(graph.actors()).get(0);
        AggregatedRelation relation = graph.relations().stream().filter(r -> r.source().equals(moved)).findFirst()
                .orElseThrow();
        robot.interact(() -> drawing.highlight(relation));
        robot.interact(drawing::contentBounds); // the area of the lines as they were, kept

        // Off the circle, into the middle: the drawn area no longer reaches as far right.
        Map<Actor, Point> positions = circle(graph);
        Point middle = new Point(SIDE * 0.5, SIDE * 0.5);
        positions.put(moved, middle);
        robot.interact(() -> drawing.apply(new GraphLayout(graph, graph, positions, SIDE, SIDE, false)));

        PaintedLine line = (PaintedLine) drawing.lineOf(relation).orElseThrow();
        double[] painted = curve(line);
        assertTrue(distance(painted[0], painted[1], middle) < 50, "the line starts at the actor's new place");
        SmartGraphEdgeNode<RelationEdge, ActorVertex> node = new SmartGraphEdgeNode<>(null, line.target(),
                line.source(), line.lane());
        assertEquals(List.of(node.getStartX(), node.getStartY(), node.getEndX(), node.getEndY()),
                List.of(painted[0], painted[1], painted[6], painted[7]), "where SmartGraph's line would be");
        List<LineRaster.Stroke> strokes = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> drawing.lineLayer().strokes()).get();
        assertTrue(strokes.stream().anyMatch(stroke -> java.util.Arrays.equals(stroke.points(), painted)),
                "painted where it is now");
        javafx.geometry.Point2D pointer = drawing.sceneMidpointOf(relation).orElseThrow();
        assertEquals(Optional.of(relation), org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> drawing.relationAt(pointer.getX(), pointer.getY(), 1, 4)).get(), "found where it is now");
        javafx.scene.shape.CubicCurve halo = (javafx.scene.shape.CubicCurve) drawing.panel().getChildren().stream()
                .filter(child -> child.getStyleClass().contains("selection-halo")).findFirst().orElseThrow();
        assertEquals(List.of(painted[0], painted[1], painted[6], painted[7]),
                List.of(halo.getStartX(), halo.getStartY(), halo.getEndX(), halo.getEndY()), "the halo follows it");
        // A larger vertex: its lines end further out.
        double radius = line.source().getRadius();
        robot.interact(() -> drawing.setRadii(Map.of(moved, 60.0)));
        double[] resized = curve(line);
        SmartGraphEdgeNode<RelationEdge, ActorVertex> resizedNode = new SmartGraphEdgeNode<>(null, line.target(),
                line.source(), line.lane());
        assertEquals(List.of(resizedNode.getStartX(), resizedNode.getStartY()), List.of(resized[0], resized[1]),
                "the line leaves the resized vertex at its edge");
        assertEquals(60, distance(resized[0], resized[1], middle), 1e-6);
        robot.interact(() -> drawing.setRadii(Map.of(moved, radius)));

        Rect bounds = org.testfx.util.WaitForAsyncUtils.asyncFx(drawing::contentBounds).get();
        GraphDrawing drawnThere = shown(robot, graph, positions);
        assertEquals(org.testfx.util.WaitForAsyncUtils.asyncFx(drawnThere::contentBounds).get(), bounds,
                "the drawn area as if drawn there from the start");
    }

    @Test
    void aPointOnAPaintedLineFindsThatLineAndAnEmptyCornerFindsNone(FxRobot robot) throws Exception {
        AggregatedGraph graph = TestCorpora.largeSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);
        List<AggregatedRelation> sample = new java.util.ArrayList<>();
        for (int i = 0; i < graph.relations().size(); i += graph.relations().size() / 60) {
            sample.add(graph.relations().get(i));
        }
        int itself = 0;
        for (AggregatedRelation relation : sample) {
            javafx.geometry.Point2D middle = drawing.sceneMidpointOf(relation).orElseThrow();
            Optional<AggregatedRelation> found = org.testfx.util.WaitForAsyncUtils.asyncFx(
                    () -> drawing.relationAt(middle.getX(), middle.getY(), 1, 4)).get();
            assertTrue(found.isPresent(), "a line under the middle of " + relation.source().name() + " → "
                    + relation.target().name());
            itself += found.get().equals(relation) ? 1 : 0;
        }
        // Another line may cross exactly there; most of the time it is the line itself.
        assertTrue(itself >= sample.size() * 9 / 10, itself + " of " + sample.size());
        javafx.geometry.Point2D corner = drawing.panel().localToScene(10, 10);
        assertEquals(Optional.empty(), org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> drawing.relationAt(corner.getX(), corner.getY(), 1, 4)).get());
    }

    @Test
    void aPaintedLineTakesItsNewLaneWhenAFilterClosesUpItsFan(FxRobot robot) throws Exception {
        AggregatedGraph graph = TestCorpora.largeSession(new RecordingDialogService()).getGraph();
        GraphDrawing drawing = shown(robot, graph);
        // The largest fan of lines between two actors with more than one type among them.
        List<AggregatedRelation> fan = graph.relations().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> Set.of(r.source(), r.target())))
                .values().stream().filter(f -> f.stream().map(r -> r.type().id()).distinct().count() > 1)
                .max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        String hiddenType = fan.get(0).type().id();
        Map<AggregatedRelation, Integer> lanesBefore = new HashMap<>();
        fan.forEach(r -> lanesBefore.put(r, ((PaintedLine) drawing.lineOf(r).orElseThrow()).lane()));
        AggregatedGraph filtered = new org.actorgraph.analysis.GraphFilter().apply(graph.corpus(), graph.grouping(),
                org.actorgraph.model.FilterCriteria.NONE.withHiddenTypeIds(Set.of(hiddenType)));

        robot.interact(() -> {
            drawing.showOnly(filtered);
            drawing.restyle();
        });

        List<AggregatedRelation> left = fan.stream().filter(r -> !r.type().id().equals(hiddenType)).toList();
        assertFalse(left.isEmpty());
        assertTrue(left.stream().anyMatch(r -> ((PaintedLine) drawing.lineOf(r).orElseThrow()).lane() != lanesBefore.get(r)),
                "the fan closed up: " + lanesBefore);
        for (AggregatedRelation relation : left) {
            PaintedLine line = (PaintedLine) drawing.lineOf(relation).orElseThrow();
            SmartGraphEdgeNode<RelationEdge, ActorVertex> node = new SmartGraphEdgeNode<>(null, line.target(),
                    line.source(), line.lane());
            double[] painted = curve(line);
            assertEquals(List.of(node.getControlX1(), node.getControlY1(), node.getEndX(), node.getEndY()),
                    List.of(painted[2], painted[3], painted[6], painted[7]), "in lane " + line.lane());
        }
        // The pointer finds a line where its new lane puts it.
        AggregatedRelation moved = left.stream()
                .filter(r -> ((PaintedLine) drawing.lineOf(r).orElseThrow()).lane() != lanesBefore.get(r)).findFirst()
                .orElseThrow();
        javafx.geometry.Point2D pointer = drawing.sceneMidpointOf(moved).orElseThrow();
        assertEquals(Optional.of(moved), org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> drawing.relationAt(pointer.getX(), pointer.getY(), 1, 4)).get());
    }

    // With arrow heads left out at this zoom, only the relations pointed at keep theirs (first one,
    // then another); with the full detail every line has one. A large drawing paints every arrow
    // head or none, and draws the few kept ones over its picture: pointing at another line paints
    // no line again.
    private void assertArrowHeadsFollowTheDetail(FxRobot robot, AggregatedGraph graph) throws Exception {
        GraphDrawing drawing = shown(robot, graph);
        AggregatedRelation pointed = graph.relations().get(graph.relations().size() / 2);
        AggregatedRelation other = graph.relations().get(graph.relations().size() / 3);
        LevelOfDetail sparse = new LevelOfDetail(false, false, 1);

        for (AggregatedRelation chosen : List.of(pointed, other)) {
            long changesBefore = painted(drawing) ? drawing.lineLayer().changeCount() : 0;
            robot.interact(() -> {
                drawing.setDetail(sparse, List.of(), Set.of(chosen));
                drawing.applyDetail();
            });
            for (AggregatedRelation relation : graph.relations()) {
                assertEquals(relation.equals(chosen), drawing.arrowShown(relation), relation.source().name() + " → "
                        + relation.target().name());
            }
            if (painted(drawing)) {
                if (chosen == other) {
                    assertEquals(changesBefore, drawing.lineLayer().changeCount(), "no line painted again");
                }
                assertEquals(List.of(), arrowStrokes(robot, drawing), "the picture has no arrow head");
                assertKeptArrowAtTheEndOf(drawing, chosen);
            }
        }

        if (painted(drawing)) {
            // On a path its line is drawn wider; its arrow head keeps the width of an arrow node.
            robot.interact(() -> {
                drawing.markPath(Set.of(pointed.source(), pointed.target()), Set.of(pointed));
                drawing.setDetail(sparse, List.of(), Set.of(pointed));
                drawing.restyle();
            });
            assertKeptArrowAtTheEndOf(drawing, pointed);

            // Pointed at off another path: its line is dimmed, and so is its kept arrow head.
            robot.interact(() -> {
                drawing.markPath(Set.of(other.source(), other.target()), Set.of(other));
                drawing.restyle();
            });
            javafx.scene.shape.Path dimmedHead = (javafx.scene.shape.Path) drawing.keptArrows().get(0);
            java.util.regex.Matcher stroke = java.util.regex.Pattern.compile("-fx-stroke: (#[0-9A-Fa-f]{6})")
                    .matcher(EdgeStyles.dimmedStyle(pointed, "#FBFBF8"));
            assertTrue(stroke.find());
            assertEquals(javafx.scene.paint.Color.web(stroke.group(1)), dimmedHead.getStroke(),
                    "its dimmed line's colour");
            double width = org.actorgraph.render.EdgeStyles.width(pointed.evidenceCount());
            assertEquals(org.actorgraph.render.EdgeStyles.BASE_WIDTH * EdgeStyles.arrowScale(width),
                    dimmedHead.getStrokeWidth(), 1e-9, "as thin as a dimmed arrow node");
            robot.interact(() -> {
                drawing.markPath(null, null);
                drawing.restyle();
            });

            // Its actor moves: the kept arrow head follows its line's new end.
            Map<Actor, Point> positions = circle(graph);
            positions.put(pointed.target(), new Point(SIDE * 0.4, SIDE * 0.6));
            robot.interact(() -> drawing.apply(new GraphLayout(graph, graph, positions, SIDE, SIDE, false)));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertKeptArrowAtTheEndOf(drawing, pointed);

            // Dragged: its lines are sketched meanwhile; let go, the kept arrow head is back.
            Point at = drawing.positionOf(pointed.target()).orElseThrow();
            javafx.scene.shape.Circle vertex = drawing.panel().lookupAll(".vertex").stream()
                    .map(javafx.scene.shape.Circle.class::cast)
                    .min(java.util.Comparator.comparingDouble(c -> distance(c.getCenterX(), c.getCenterY(), at)))
                    .orElseThrow();
            assertTrue(distance(vertex.getCenterX(), vertex.getCenterY(), at) < 1, "the target's vertex");
            robot.interact(() -> drawing.freeze(new Rect(0, 0, 400, 300), pointed.target()));
            robot.interact(() -> vertex.setCenterX(vertex.getCenterX() + 300));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(drawing::thaw);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertKeptArrowAtTheEndOf(drawing, pointed);
        }

        long changesBefore = painted(drawing) ? drawing.lineLayer().changeCount() : 0;
        robot.interact(() -> {
            drawing.setDetail(LevelOfDetail.FULL, List.of(), Set.of());
            drawing.applyDetail();
        });
        assertTrue(graph.relations().stream().allMatch(drawing::arrowShown), "every line has its arrow head");
        if (painted(drawing)) {
            assertTrue(drawing.lineLayer().changeCount() > changesBefore, "the lines are painted again");
            assertEquals(graph.relations().size(), arrowStrokes(robot, drawing).size(), "every arrow head painted");
            assertEquals(List.of(), drawing.keptArrows(), "none drawn over the picture");
        }
    }

    // The one arrow head drawn over the picture: at the end of the relation's line, as wide as its
    // line up to 3.5 and grown with it, in its line's colour.
    private static void assertKeptArrowAtTheEndOf(GraphDrawing drawing, AggregatedRelation relation) {
        List<Node> kept = drawing.keptArrows();
        assertEquals(1, kept.size(), "one arrow head drawn over the picture");
        assertTrue(kept.get(0).getScene() != null, "in the window");
        javafx.scene.shape.Path head = (javafx.scene.shape.Path) kept.get(0);
        double[] line = curve(drawing.lineOf(relation).orElseThrow());
        double width = org.actorgraph.render.EdgeStyles.width(relation.evidenceCount());
        assertEquals(Math.min(3.5, width) * EdgeStyles.arrowScale(width), head.getStrokeWidth(), 1e-9,
                "as wide as its line, up to 3.5");
        javafx.scene.shape.MoveTo tip = (javafx.scene.shape.MoveTo) head.getElements().get(0);
        assertEquals(line[6] - 0.5 * Math.cos(angleAtEnd(line)), tip.getX(), 1e-9, "at the end of its line");
        assertEquals(line[7] - 0.5 * Math.sin(angleAtEnd(line)), tip.getY(), 1e-9, "at the end of its line");
        String colour = EdgeStyles.color(relation.type().color(), relation.certainty());
        assertEquals(javafx.scene.paint.Color.web(colour), head.getStroke(), "its line's colour");
    }

    private static boolean painted(GraphDrawing drawing) {
        return drawing.lineLayer() != null;
    }

    private static double angleAtEnd(double[] line) {
        return Math.atan2(line[7] - line[5], line[6] - line[4]);
    }

    // The arrow heads among what the layer would paint now: its polylines (lines are curves).
    private static List<LineRaster.Stroke> arrowStrokes(FxRobot robot, GraphDrawing drawing) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> drawing.lineLayer().strokes()).get().stream()
                .filter(stroke -> stroke.shape() == LineRaster.Shape.POLYLINE).toList();
    }

    @Test
    void aSmallDrawingShowsTheArrowHeadsTheDetailKeeps(FxRobot robot) throws Exception {
        assertArrowHeadsFollowTheDetail(robot, TestCorpora.seedSession(new RecordingDialogService()).getGraph());
    }

    @Test
    void aLargeDrawingPaintsTheArrowHeadsTheDetailKeeps(FxRobot robot) throws Exception {
        assertArrowHeadsFollowTheDetail(robot, TestCorpora.largeSession(new RecordingDialogService()).getGraph());
    }
}

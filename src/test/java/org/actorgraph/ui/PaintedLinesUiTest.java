package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.CubicCurve;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.RelationType;
import org.actorgraph.ui.graph.ViewportModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A graph of 1,000 relations shows its lines as one picture painted in the background, not as
 * nodes: the picture follows filters, drags and pans. Checked on its pixels, at 100 % zoom,
 * where a line is at least 1.5 pixels wide and its middle pixel has exactly its type's colour.
 */
@ExtendWith(ApplicationExtension.class)
class PaintedLinesUiTest {

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = RunningApp.startOnLargeCorpus(stage, dir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private static ImageView picture(FxRobot robot) {
        return robot.lookup(".line-layer").queryAs(ImageView.class);
    }

    // Pixels of exactly this colour, fully covered.
    private static long pixelsOf(Image image, String hex) {
        int wanted = 0xFF000000 | Integer.parseInt(hex.substring(1), 16);
        long count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (image.getPixelReader().getArgb(x, y) == wanted) {
                    count++;
                }
            }
        }
        return count;
    }

    // The picture's pixel under a point of the screen; 0 (transparent) off the picture.
    private static int pixelAt(ImageView view, Point2D screen) {
        Point2D local = view.screenToLocal(screen);
        Image image = view.getImage();
        int x = (int) Math.floor((local.getX() - view.getX()) * image.getWidth() / view.getFitWidth());
        int y = (int) Math.floor((local.getY() - view.getY()) * image.getHeight() / view.getFitHeight());
        return x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight() ? 0
                : image.getPixelReader().getArgb(x, y);
    }

    private void openAtFullSize(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().vertexCount() > 100);
        ViewportModel viewport = app.graphViewModel().viewport();
        robot.interact(() -> viewport.zoomAt(1 / viewport.getScale(), viewport.viewportWidthProperty().get() / 2,
                viewport.viewportHeightProperty().get() / 2));
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
    }

    @Test
    void theLinesArePaintedInOnePictureWithEveryTypeInItsColour(FxRobot robot) throws TimeoutException {
        openAtFullSize(robot);

        long curvesInTheWindow = robot.lookup(".edge").queryAll().stream().filter(CubicCurve.class::isInstance)
                .filter(node -> node.getScene() != null).count();
        assertEquals(0, curvesInTheWindow, "no line is a node of the window");
        javafx.scene.Parent panel = picture(robot).getParent();
        assertTrue(panel.getChildrenUnmodifiable().indexOf(picture(robot))
                > panel.getChildrenUnmodifiable().indexOf(robot.lookup(".selection-halo").query()),
                "the lines are drawn over the selection's halo, as lines drawn as nodes are");
        Image image = picture(robot).getImage();
        for (RelationType type : app.session().getCorpus().corpus().relationTypes()) {
            assertTrue(pixelsOf(image, type.color()) > 100, type.id() + " has its lines in the picture");
        }
    }

    @Test
    void hidingATypeTakesItsColourOutOfThePictureAndShowingItBringsTheSameLinesBack(FxRobot robot)
            throws TimeoutException {
        openAtFullSize(robot);
        RelationType meets = app.session().getCorpus().corpus().relationType("meets").orElseThrow();
        RelationType warns = app.session().getCorpus().corpus().relationType("warns").orElseThrow();
        long meetsBefore = pixelsOf(picture(robot).getImage(), meets.color());
        assertTrue(meetsBefore > 100, meetsBefore + " pixels of meets");

        robot.interact(() -> app.session().criteriaProperty().set(
                app.session().getCriteria().withHiddenTypeIds(Set.of("meets"))));
        RunningApp.waitUntil(() -> !app.session().filteringProperty().get() && app.graphView().isDrawn());

        assertEquals(0, pixelsOf(picture(robot).getImage(), meets.color()), "no line of meets left");
        assertTrue(pixelsOf(picture(robot).getImage(), warns.color()) > 100, "the others stay");

        robot.interact(() -> app.filterViewModel().reset());
        RunningApp.waitUntil(() -> !app.session().filteringProperty().get() && app.graphView().isDrawn());

        assertEquals(meetsBefore, pixelsOf(picture(robot).getImage(), meets.color()), "the same lines are back");
    }

    // Share of the lines whose own middle pixel is painted in their type's colour (a line of 1.5
    // pixels may cover it in part; a later line may cross it and cover it, so not all of them).
    private double shareInOwnColour(FxRobot robot, List<AggregatedRelation> relations, List<Point2D> middles) {
        ImageView view = picture(robot);
        int own = 0;
        for (int i = 0; i < relations.size(); i++) {
            int wanted = Integer.parseInt(relations.get(i).type().color().substring(1), 16);
            int argb = pixelAt(view, middles.get(i));
            boolean close = true;
            for (int shift = 0; shift < 24; shift += 8) {
                close &= Math.abs((argb >> shift & 0xFF) - (wanted >> shift & 0xFF)) <= 24;
            }
            if ((argb >>> 24) >= 96 && close) {
                own++;
            }
        }
        return relations.isEmpty() ? 0 : (double) own / relations.size();
    }

    private List<Point2D> middles(List<AggregatedRelation> relations) {
        return relations.stream().map(r -> app.graphView().screenMidpointOf(r).orElseThrow()).toList();
    }

    private boolean inView(Point2D screen) {
        return app.graphView().localToScreen(app.graphView().getBoundsInLocal()).contains(screen);
    }

    @Test
    void aDraggedActorsLinesLeaveThePictureAreSketchedAndArePaintedWhereItIsLetGo(FxRobot robot)
            throws TimeoutException {
        openAtFullSize(robot);
        Actor busiest = app.session().getGraph().actorsByDegree().get(0);
        robot.interact(() -> {
            Point2D inView = app.graphView().screenToLocal(app.graphView().screenCenterOf(busiest).orElseThrow());
            ViewportModel viewport = app.graphViewModel().viewport();
            viewport.panBy(Math.rint(viewport.viewportWidthProperty().get() / 2 - inView.getX()),
                    Math.rint(viewport.viewportHeightProperty().get() / 2 - inView.getY()));
        });
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        // Its solid lines whose middles are in view.
        List<AggregatedRelation> solid = app.session().getGraph().relations().stream()
                .filter(r -> r.source().equals(busiest) || r.target().equals(busiest))
                .filter(r -> r.certainty() == Certainty.REPORTED && !r.source().equals(r.target()))
                .filter(r -> inView(app.graphView().screenMidpointOf(r).orElseThrow())).toList();
        assertTrue(solid.size() >= 5, solid.size() + " solid lines in view");
        List<Point2D> before = middles(solid);
        double painted = shareInOwnColour(robot, solid, before);
        assertTrue(painted > 0.4, "painted before the drag: " + painted);

        Point2D from = app.graphView().screenCenterOf(busiest).orElseThrow();
        robot.drag(from, MouseButton.PRIMARY).moveBy(-60, -40).moveBy(-40, -20);
        RunningApp.waitUntil(() -> app.graphView().isDrawn());

        double left = shareInOwnColour(robot, solid, before);
        assertTrue(left < 0.2, "out of the picture while dragged: " + left);
        javafx.scene.Parent sketch = robot.lookup(".drag-sketch").queryAs(javafx.scene.Parent.class);
        long strokes = sketch.getChildrenUnmodifiable().stream()
                .flatMap(path -> ((javafx.scene.shape.Path) path).getElements().stream())
                .filter(javafx.scene.shape.LineTo.class::isInstance).count();
        assertEquals(app.session().getGraph().relations().stream()
                .filter(r -> r.source().equals(busiest) || r.target().equals(busiest)).count(), strokes,
                "one straight stroke per line of the dragged actor");
        Set<javafx.scene.paint.Color> typeColours = new java.util.HashSet<>();
        app.session().getCorpus().corpus().relationTypes().forEach(t -> typeColours.add(javafx.scene.paint.Color.web(t.color())));
        for (javafx.scene.Node path : sketch.getChildrenUnmodifiable()) {
            javafx.scene.shape.Shape stroked = (javafx.scene.shape.Shape) path;
            assertTrue(stroked.getStroke() != null && stroked.getStrokeWidth() >= 1.5, "a sketch to be seen: " + stroked);
        }
        assertTrue(sketch.getChildrenUnmodifiable().stream()
                .anyMatch(path -> typeColours.contains(((javafx.scene.shape.Shape) path).getStroke())),
                "in the colours of the lines' types");

        robot.release(MouseButton.PRIMARY);
        RunningApp.waitUntil(() -> app.graphViewModel().pinned().containsKey(busiest) && app.graphView().isDrawn());

        List<AggregatedRelation> stillInView = solid.stream()
                .filter(r -> inView(app.graphView().screenMidpointOf(r).orElseThrow())).toList();
        double after = shareInOwnColour(robot, stillInView, middles(stillInView));
        assertTrue(after > 0.4, "painted where they run now: " + after);
        assertTrue(robot.lookup(".drag-sketch").tryQuery().isEmpty(), "the sketch is gone once they are painted");
    }

    @Test
    void panningPaintsTheLinesComingIntoView(FxRobot robot) throws TimeoutException {
        openAtFullSize(robot);
        ViewportModel viewport = app.graphViewModel().viewport();
        double width = viewport.viewportWidthProperty().get();
        robot.interact(() -> viewport.zoomAt(2, width / 2, viewport.viewportHeightProperty().get() / 2));
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        javafx.scene.layout.Region panel = (javafx.scene.layout.Region) picture(robot).getParent();
        assertTrue(picture(robot).getFitWidth() < panel.getWidth() / 2, "only the part in view is painted");

        // The window's width to the left, in steps, as a hand on the mouse would.
        for (int step = 0; step < 10; step++) {
            robot.interact(() -> viewport.panBy(-Math.rint(width / 10), 0));
        }
        RunningApp.waitUntil(() -> app.graphView().isDrawn());

        List<AggregatedRelation> solidInView = app.session().getGraph().relations().stream()
                .filter(r -> r.certainty() == Certainty.REPORTED && !r.source().equals(r.target()))
                .filter(r -> inView(app.graphView().screenMidpointOf(r).orElseThrow())).toList();
        assertTrue(solidInView.size() >= 10, solidInView.size() + " lines in view");
        double painted = shareInOwnColour(robot, solidInView, middles(solidInView));
        assertTrue(painted > 0.6, "the lines now in view are painted, in their colours: " + painted);
    }
}

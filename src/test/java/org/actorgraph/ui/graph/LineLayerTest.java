package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The line layer settles: once a view stays put, one picture is painted for it and no more (also
 * when it settles while a picture for it is being painted), and the layer says its picture is
 * current (the window waits on that to call a graph drawn). Views
 * where the picture cannot fall on the screen's pixels, or falls a rounding error short of the
 * area wanted, once made it paint again and again for ever.
 */
@ExtendWith(ApplicationExtension.class)
class LineLayerTest {

    private Pane root;
    private Stage own;

    // A window of its own: the tests share the primary one, whose size later tests rely on.
    @Start
    void start(Stage stage) {
        root = new Pane();
        own = new Stage();
        own.setScene(new Scene(root, 400, 300));
        own.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> own.close());
    }

    // Shows an empty layer for a drawing of this size through a view of this size, zoom and
    // offset; returns how many pictures it showed in the second after it first said it was current.
    private int picturesOnceSettled(FxRobot robot, double viewWidth, double viewHeight, double zoom, double dx,
                                    double dy, double drawingWidth, double drawingHeight) throws TimeoutException {
        AtomicInteger pictures = new AtomicInteger();
        LineLayer[] layer = new LineLayer[1];
        robot.interact(() -> {
            layer[0] = new LineLayer(List.of(), List.of(), null);
            root.getChildren().setAll(layer[0].node());
            layer[0].node().imageProperty().addListener((obs, old, now) -> pictures.incrementAndGet());
            ViewportModel viewport = new ViewportModel();
            viewport.viewportWidthProperty().set(viewWidth);
            viewport.viewportHeightProperty().set(viewHeight);
            viewport.zoomAt(zoom, 0, 0);
            viewport.panBy(dx, dy);
            layer[0].show(viewport, drawingWidth, drawingHeight);
        });
        try {
            waitUntilCurrent(robot, layer[0]);
            int settled = pictures.get();
            robot.sleep(1000);
            boolean[] current = new boolean[1];
            robot.interact(() -> current[0] = layer[0].isCurrent());
            assertTrue(current[0], "still current");
            return pictures.get() - settled;
        } finally {
            robot.interact(() -> layer[0].retire());
        }
    }

    @Test
    void aViewThatSettlesWhileItsPictureIsPaintedIsPaintedOnce(FxRobot robot) throws Exception {
        // The painter holds the next picture until released: long enough for the view to settle.
        java.util.concurrent.ExecutorService painter = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger pictures = new AtomicInteger();
        LineLayer[] layer = new LineLayer[1];
        ViewportModel viewport = new ViewportModel();
        robot.interact(() -> {
            layer[0] = new LineLayer(List.of(), List.of(), null, painter);
            root.getChildren().setAll(layer[0].node());
            viewport.viewportWidthProperty().set(400);
            viewport.viewportHeightProperty().set(300);
            layer[0].show(viewport, 400, 300);
        });
        try {
            waitUntilCurrent(robot, layer[0]);
            robot.interact(() -> layer[0].node().imageProperty()
                    .addListener((obs, old, now) -> pictures.incrementAndGet()));
            painter.execute(() -> {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            // Zoomed in, the picture shown still covers the view but is enlarged: once the view
            // settles it is painted again. A line changes meanwhile: that picture is under way.
            robot.interact(() -> {
                viewport.zoomAt(2, 0, 0);
                layer[0].changed();
            });
            robot.sleep(3 * (long) LineLayer.VIEW_SETTLE.toMillis());
            held.countDown();
            waitUntilCurrent(robot, layer[0]);
            robot.sleep(1000);

            assertEquals(1, pictures.get(), "the picture under way was painted for the zoom: no other");
        } finally {
            held.countDown();
            robot.interact(() -> layer[0].retire());
        }
    }

    private static void waitUntilCurrent(FxRobot robot, LineLayer layer) throws TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            boolean[] current = new boolean[1];
            robot.interact(() -> current[0] = layer.isCurrent());
            return current[0];
        });
    }

    @Test
    void aPictureTooLargeToPaintAtTheScreensScaleIsPaintedOnce(FxRobot robot) throws TimeoutException {
        // 3 million pixels in view, half a view around them: over the 8 million a picture may have,
        // so its scale is lowered and it cannot fall on the screen's pixels.
        assertEquals(0, picturesOnceSettled(robot, 2001, 1501, 1, -1500, -1000, 5000, 4000));
    }

    @Test
    void aPictureARoundingErrorShortOfItsAreaIsPaintedOnce(FxRobot robot) throws TimeoutException {
        // A view found by simulation: aligning the picture's edge with the pixels leaves it
        // 3e-14 units inside the drawing's edge, which the area wanted ends at.
        assertEquals(0, picturesOnceSettled(robot, 1000, 700, 0.56, -71, 294.36, 2125, 688));
    }
}

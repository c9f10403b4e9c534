package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When the main window shows at start: with its first graph in place and drawn, when the opening
 * fails, or at the deadline while a long opening goes on. Each test uses a window of its own.
 */
@ExtendWith(ApplicationExtension.class)
class WindowRevealTest {

    private static final Duration NEVER = Duration.hours(1);

    private Stage stage;
    private StackPane root;
    private final SimpleObjectProperty<Object> drawn = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(true);
    private final List<String> events = new ArrayList<>();
    private Runnable whenDrawnAction;
    private WindowReveal reveal;

    // A window of its own for each test, 640 × 400, holding one label; call on the FX thread.
    private void newWindow() {
        root = new StackPane(new Label("graph"));
        stage = new Stage();
        stage.setScene(new Scene(root, 640, 400));
    }

    private void reveal(FxRobot robot, Duration deadline) {
        robot.interact(() -> {
            newWindow();
            // What the window looked like when the view was told it is laid out.
            reveal = new WindowReveal(stage, root,
                    () -> events.add("placed " + (int) root.getWidth() + "x" + (int) root.getHeight()
                            + (stage.isShowing() ? " shown" : " unseen")),
                    action -> whenDrawnAction = action, deadline,
                    () -> events.add("warmed up " + (stage.isShowing() ? "shown" : "unseen")));
            reveal.showWhenReady(drawn, busy);
        });
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            if (reveal != null) {
                reveal.cancel();
            }
            if (stage != null) {
                stage.hide();
            }
        });
    }

    @Test
    void showsTheWindowOnceItsFirstGraphIsPlacedAndDrawn(FxRobot robot) {
        reveal(robot, NEVER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "nothing to show yet");
        // Styled and laid out while the corpus is read: the label has its skin and its size.
        Label label = (Label) root.getChildren().get(0);
        assertNotNull(label.getSkin());
        assertTrue(label.getWidth() > 0, "label width " + label.getWidth());

        robot.interact(() -> drawn.set("the first graph"));
        WaitForAsyncUtils.waitForFxEvents();
        // The renderer was readied while the window waited, unseen.
        assertEquals(List.of("warmed up unseen", "placed 640x400 unseen"), events);
        assertNotNull(whenDrawnAction, "waits for the drawing to be complete");
        assertFalse(stage.isShowing(), "its lines are still being painted");

        robot.interact(whenDrawnAction);
        assertTrue(stage.isShowing());
    }

    @Test
    void showsTheWindowWhenTheOpeningEndsWithoutAGraph(FxRobot robot) {
        reveal(robot, NEVER);
        robot.interact(() -> busy.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(whenDrawnAction);
        robot.interact(whenDrawnAction); // no drawing: the view runs it at once
        assertTrue(stage.isShowing());
    }

    @Test
    void showsTheWindowAtTheDeadlineWhileALongOpeningGoesOn(FxRobot robot) throws Exception {
        reveal(robot, Duration.millis(200));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing());
        assertTrue(busy.get());
        // A graph arriving later goes into a window that is laid out.
        assertEquals(List.of("warmed up unseen", "placed 640x400 unseen"), events);
        assertNull(whenDrawnAction, "shown without waiting for a drawing");
    }

    @Test
    void atTheDeadlineTheWindowIsPlacedInOneFrameAndShownInALaterOne(FxRobot robot) throws Exception {
        long[] frames = {0};
        long[] placedIn = {-1};
        long[] shownIn = {-1};
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames[0]++;
            }
        };
        robot.interact(() -> {
            counter.start();
            newWindow();
            stage.showingProperty().addListener((obs, was, now) -> shownIn[0] = frames[0]);
            reveal = new WindowReveal(stage, root, () -> placedIn[0] = frames[0], action -> { },
                    Duration.millis(200), () -> { });
            reveal.showWhenReady(drawn, busy);
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing());
        } finally {
            robot.interact(counter::stop);
        }
        assertTrue(placedIn[0] >= 0, "placed");
        assertTrue(shownIn[0] > placedIn[0], "placed in frame " + placedIn[0] + ", shown in frame " + shownIn[0]);
    }

    @Test
    void showsTheWindowAtTheDeadlineWhenTheDrawingNeverSaysItIsComplete(FxRobot robot) throws Exception {
        drawn.set("the first graph"); // already there when the window is built
        reveal(robot, Duration.millis(300));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.isShowing());
        assertNotNull(whenDrawnAction, "it was waited for");
        assertEquals(List.of("placed 640x400 unseen", "warmed up unseen"), events);
    }

    @Test
    void aWarmUpThatFailsStillShowsTheWindowAtTheDeadline(FxRobot robot) throws Exception {
        robot.interact(() -> {
            newWindow();
            reveal = new WindowReveal(stage, root, () -> { }, action -> { }, Duration.millis(200), () -> {
                throw new IllegalStateException("no renderer");
            });
            reveal.showWhenReady(drawn, busy);
        });
        // Polled without TestFX's waiting, which would rethrow the warm-up's failure here.
        for (int i = 0; i < 100 && !stage.isShowing(); i++) {
            Thread.sleep(100);
        }
        assertTrue(stage.isShowing());
        WaitForAsyncUtils.clearExceptions(); // the failure reported, as the FX thread reports any
    }

    @Test
    void aWindowWhoseDrawingCannotBePlacedStillShowsAtTheDeadline(FxRobot robot) throws Exception {
        robot.interact(() -> {
            newWindow();
            reveal = new WindowReveal(stage, root, () -> {
                throw new IllegalStateException("the drawing could not be placed");
            }, action -> { }, Duration.millis(200), () -> { });
            reveal.showWhenReady(drawn, busy);
        });
        // Polled without TestFX's waiting, which would rethrow the failure here.
        for (int i = 0; i < 100 && !stage.isShowing(); i++) {
            Thread.sleep(100);
        }
        assertTrue(stage.isShowing(), "a window, rather than none");
        WaitForAsyncUtils.clearExceptions();
    }

    @Test
    void aWindowThatOpensMaximizedIsLaidOutAtTheScreensSize(FxRobot robot) {
        robot.interact(() -> {
            newWindow();
            stage.setMaximized(true);
            reveal = new WindowReveal(stage, root, () -> { }, action -> { }, NEVER, () -> { });
            reveal.showWhenReady(drawn, busy);
        });
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(screen.getWidth() != 640, "a screen of another size than the window: " + screen);
        assertEquals(screen.getWidth(), root.getWidth());
        assertEquals(screen.getHeight(), root.getHeight());
    }

    @Test
    void aWindowShownWithItsGraphAndClosedAgainIsNotShownAtTheDeadline(FxRobot robot) throws Exception {
        drawn.set("the first graph");
        robot.interact(() -> {
            newWindow();
            reveal = new WindowReveal(stage, root, () -> { }, Runnable::run, Duration.millis(200),
                    () -> events.add("warmed up"));
            reveal.showWhenReady(drawn, busy);
        });
        assertTrue(stage.isShowing(), "shown at once: its graph is drawn");
        assertEquals(List.of(), events, "too late to warm the renderer up for it");
        robot.interact(stage::hide); // the user closes it
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void aWindowClosedBeforeTheDeadlineStaysClosed(FxRobot robot) throws Exception {
        // Cancelled in the same event that starts the wait, so that a slow machine cannot reach
        // the deadline in between.
        robot.interact(() -> {
            newWindow();
            reveal = new WindowReveal(stage, root, () -> { }, action -> { }, Duration.millis(200), () -> { });
            reveal.showWhenReady(drawn, busy);
            reveal.cancel();
        });
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }
}

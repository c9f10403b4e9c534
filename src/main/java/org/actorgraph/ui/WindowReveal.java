package org.actorgraph.ui;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.actorgraph.ui.lazy.NextFrame;

/**
 * Shows the main window once it can show its first graph: when the corpus opened at start is
 * drawn in it, when that opening ends without a graph, or at {@link #DEADLINE} at the latest, so
 * that a long opening shows its progress.
 *
 * <p>Why not show at once: in software rendering the window's first paint keeps the renderer busy
 * for 100–200 ms, and a corpus arriving meanwhile made the UI thread wait for that paint on top of
 * its own work, the longest block of a start. Styled and laid out while the corpus is read, with
 * the graph put in place and its lines painted before it shows, the window's first frame is a
 * paint with nothing else to wait for it (see decision 15).
 */
final class WindowReveal {

    /** The longest the window waits for its first graph before it shows the opening's progress. */
    static final Duration DEADLINE = Duration.millis(600);

    private final Stage stage;
    private final Parent root;
    private final Runnable placedUnseen;
    private final Consumer<Runnable> whenDrawn;
    private final Runnable warmUp;
    private final PauseTransition deadline;
    private boolean placed;
    private boolean cancelled;

    /**
     * @param root         the window's content
     * @param placedUnseen told once the window is styled and laid out, so that a drawing waiting
     *                     for a window to be placed in takes its place in this one
     * @param whenDrawn    runs an action once the graph in the window is drawn completely
     * @param deadline     how long the window waits for its graph at most ({@link #DEADLINE})
     * @param warmUp       readies the renderer for the window's first paint, run once the window
     *                     is laid out ({@link RendererWarmUp#paintOnce}, or nothing)
     */
    WindowReveal(Stage stage, Parent root, Runnable placedUnseen, Consumer<Runnable> whenDrawn, Duration deadline,
                 Runnable warmUp) {
        this.stage = stage;
        this.warmUp = warmUp;
        this.deadline = new PauseTransition(deadline);
        this.root = root;
        this.placedUnseen = placedUnseen;
        this.whenDrawn = whenDrawn;
    }

    /**
     * Styles and lays out the window now, then shows it when {@code drawn} first holds a value (and
     * its drawing is complete), when {@code busy} turns false, or at the deadline, whichever comes
     * first.
     */
    void showWhenReady(ObservableValue<?> drawn, ObservableValue<Boolean> busy) {
        // Now, while the corpus is read in the background: styling a window the first time makes
        // the skins of all its controls (half a second here).
        layOut();
        // Next, while the corpus is still read: the renderer's warm-up shortens the window's first
        // paint only when it runs well before it (run 0.15 or 0.2 s before, it did not).
        Platform.runLater(() -> {
            if (!cancelled && !stage.isShowing()) {
                warmUp.run();
            }
        });
        // Whatever happens below, the window shows by the deadline: a drawing that never reports
        // itself complete must not leave the application without a window.
        deadline.setOnFinished(e -> placeThenShowNextFrame());
        deadline.play();
        stopOnceShown(deadline::stop);
        if (drawn.getValue() != null || !busy.getValue()) {
            placeAndShowWhenDrawn();
            return;
        }
        // Later, after every other listener of the same change (the graph view's among them) and
        // after the rest of the event that made it.
        ChangeListener<Object> arrived = (obs, was, now) -> {
            if (now != null) {
                Platform.runLater(this::placeAndShowWhenDrawn);
            }
        };
        ChangeListener<Boolean> ended = (obs, was, now) -> {
            if (!now) {
                Platform.runLater(this::placeAndShowWhenDrawn);
            }
        };
        drawn.addListener(arrived);
        busy.addListener(ended);
        stopOnceShown(() -> {
            drawn.removeListener(arrived);
            busy.removeListener(ended);
        });
    }

    // Once shown, the window no longer waits: a window the user hides is not shown again.
    private void stopOnceShown(Runnable stop) {
        stage.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean showing) {
                if (showing) {
                    stage.showingProperty().removeListener(this);
                    stop.run();
                }
            }
        });
    }

    /** Stops waiting: the window is not shown by this any more (the application is closing). */
    void cancel() {
        cancelled = true;
        deadline.stop();
    }

    private void placeAndShowWhenDrawn() {
        if (cancelled || placed || stage.isShowing()) {
            return; // once: the graph's arrival and the end of the opening may both call this
        }
        place();
        whenDrawn.accept(this::showNow);
    }

    private void place() {
        if (!placed) {
            placed = true;
            placedUnseen.run();
            layOut();
        }
    }

    // At the deadline, the window is styled and laid out (with a drawing waiting for it) in this
    // frame, and shown in the next: showing a first window costs 55-80 ms of the FX thread here
    // whatever it holds, and the two together made a frame of 130-190 ms (decision 23).
    private void placeThenShowNextFrame() {
        if (cancelled || stage.isShowing()) {
            return;
        }
        try {
            place();
        } finally {
            // Also if placing the drawing failed: a window, rather than none (see showNow()).
            NextFrame.inNextPulse(this::showNow);
        }
    }

    private void showNow() {
        if (cancelled || stage.isShowing()) {
            return;
        }
        try {
            place();
        } finally {
            stage.show(); // also if placing the drawing failed: a window, rather than none
        }
    }

    private void layOut() {
        Rectangle2D size = stage.isMaximized() ? Screen.getPrimary().getVisualBounds()
                : stage.getScene() == null ? null
                : new Rectangle2D(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
        // A window that opens maximized is laid out at the screen's size, not the size it had
        // when last restored: the graph is fitted to the area it will have.
        if (size != null) {
            root.resize(size.getWidth(), size.getHeight());
        }
        root.applyCss();
        root.layout();
    }
}

package org.actorgraph.ui.lazy;

import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Defers work to a later frame: work on a panel that is on screen until the frame being prepared
 * has been drawn (when a corpus arrives, its graph is drawn first and the panels' new rows follow
 * one frame later), or any work to the next pulse.
 */
public final class NextFrame {

    private NextFrame() {
    }

    /**
     * Runs {@code action} on the JavaFX thread once the next frame of {@code node}'s window has been
     * laid out and handed to the renderer; at once if the node is in no window on screen (a window
     * not shown yet has no frames, and is laid out as a whole before it shows).
     */
    public static void run(Node node, Runnable action) {
        Objects.requireNonNull(action, "action");
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            action.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        });
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code action} on the JavaFX thread at the start of the next pulse, with its
     * animations, whether or not a window is on screen: work put off from a frame that has enough
     * to do, so that it falls in the next one rather than in the gap after this one.
     */
    public static void inNextPulse(Runnable action) {
        Objects.requireNonNull(action, "action");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                action.run();
            }
        }.start();
    }
}

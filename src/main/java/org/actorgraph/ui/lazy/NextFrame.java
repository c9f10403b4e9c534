package org.actorgraph.ui.lazy;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Defers work on a panel that is on screen until the frame being prepared has been drawn: when a
 * corpus arrives, its graph is drawn first and the panels' new rows follow one frame later.
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
}

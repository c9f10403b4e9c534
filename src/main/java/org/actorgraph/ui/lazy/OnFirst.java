package org.actorgraph.ui.lazy;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Builds parts of the window that are hidden at start (panes, panels, collapsed sections) the
 * first time they are asked for, so the window opens with only what it shows.
 */
public final class OnFirst {

    private OnFirst() {
    }

    /**
     * Runs {@code action} once, the first time the mouse comes over {@code node}: for what is only
     * needed then, such as a tooltip that most rows of a list never show.
     */
    public static void mouseOver(Node node, Runnable action) {
        Objects.requireNonNull(action, "action");
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                action.run();
            }
        });
    }

    /**
     * Runs {@code action} once: now if {@code condition} already holds, otherwise the first time it
     * becomes true.
     */
    public static void whenTrue(ObservableValue<Boolean> condition, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (Boolean.TRUE.equals(condition.getValue())) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }
}

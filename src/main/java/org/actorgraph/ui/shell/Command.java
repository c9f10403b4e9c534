package org.actorgraph.ui.shell;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * A user command as menus and the toolbar show it: its name, shortcut, and what it does.
 *
 * @param text the menu text
 * @param shortcut the keyboard shortcut, or null
 * @param action what happens
 */
public record Command(String text, KeyCombination shortcut, Runnable action) {

    public Command {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
    }

    /** "Zoom in (Ctrl+=)", for tooltips. */
    public String tooltip() {
        return shortcut == null ? text : text.replace("…", "") + " (" + shortcut.getDisplayText() + ")";
    }
}

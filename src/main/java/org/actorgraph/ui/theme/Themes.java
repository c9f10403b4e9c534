package org.actorgraph.ui.theme;

import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/** Puts the style class of the theme on screen on a scene root, and keeps it there. */
public final class Themes {

    private Themes() {
    }

    /** Binds {@code root}'s theme class to {@code theme}: exactly one theme class at any time. */
    public static void bind(Parent root, ObservableValue<Theme> theme) {
        apply(root, theme.getValue());
        theme.addListener((obs, old, now) -> apply(root, now));
    }

    /** Sets {@code root}'s theme class to that of {@code theme}. */
    public static void apply(Parent root, Theme theme) {
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.styleClass());
        }
        root.getStyleClass().add((theme == null ? Theme.LIGHT : theme).styleClass());
    }
}

package org.actorgraph.ui.theme;

import java.util.Arrays;
import java.util.Optional;

/**
 * A colour theme of the whole window. Each puts one style class on the scene root; the
 * stylesheets do the rest. The graph's background is also what dimmed edges are mixed towards,
 * since dimming mixes colours rather than using opacity.
 */
public enum Theme {
    /** The everyday look, also the one to print: dark ink on an off-white page. */
    LIGHT("Light / print", "theme-light", "#FBFBF8"),
    /** Light ink on a dark grey background, for dim rooms. */
    DARK("Dark", "theme-dark", "#1B1F24"),
    /** White and bold on black, for projectors: the largest contrast the type colours allow. */
    HIGH_CONTRAST("High contrast", "theme-contrast", "#000000");

    private final String label;
    private final String styleClass;
    private final String background;

    Theme(String label, String styleClass, String background) {
        this.label = label;
        this.styleClass = styleClass;
        this.background = background;
    }

    /** The name in View › Theme. */
    public String label() {
        return label;
    }

    /** The style class on the scene root. */
    public String styleClass() {
        return styleClass;
    }

    /** The graph's background colour, {@code #RRGGBB}. */
    public String background() {
        return background;
    }

    /** Whether text and lines are light on a dark background. */
    public boolean isDark() {
        return this != LIGHT;
    }

    /** The theme a stored name stands for, if any. */
    public static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}

package org.actorgraph.render;

import java.util.Objects;

/**
 * What a story handout ({@link HandoutWriter}) looks like.
 *
 * @param width page width in points (drawing units)
 * @param height page height in points
 * @param theme colours
 * @param seed seed of the layout when no positions are given
 * @param dpi resolution of the PNG frames ({@link PngWriter#MIN_DPI} to {@link PngWriter#MAX_DPI})
 */
public record HandoutOptions(double width, double height, Theme theme, long seed, int dpi) {

    /** A4 landscape, in points. */
    public static final double A4_LONG = 842;
    public static final double A4_SHORT = 595;
    /** The smallest page on which the graph, the quote and the citation still fit. */
    public static final double MIN_WIDTH = 400;
    public static final double MIN_HEIGHT = 300;
    /** PNG frames at this resolution are 1754 × 1240 pixels for A4, sharp on slides. */
    public static final int DEFAULT_DPI = 150;

    public HandoutOptions {
        Objects.requireNonNull(theme, "theme");
        if (!(width >= MIN_WIDTH && width <= ImageOptions.MAX_SIZE && height >= MIN_HEIGHT
                && height <= ImageOptions.MAX_SIZE)) {
            throw new IllegalArgumentException("a handout page must be between " + (int) MIN_WIDTH + " × "
                    + (int) MIN_HEIGHT + " and " + (int) ImageOptions.MAX_SIZE + " points, got " + width + " × "
                    + height);
        }
        if (dpi < PngWriter.MIN_DPI || dpi > PngWriter.MAX_DPI) {
            throw new IllegalArgumentException("DPI must be between " + PngWriter.MIN_DPI + " and "
                    + PngWriter.MAX_DPI + ", got " + dpi);
        }
    }

    /** A4 landscape, the given theme and seed, frames at {@value #DEFAULT_DPI} DPI. */
    public static HandoutOptions a4(Theme theme, long seed) {
        return new HandoutOptions(A4_LONG, A4_SHORT, theme, seed, DEFAULT_DPI);
    }
}

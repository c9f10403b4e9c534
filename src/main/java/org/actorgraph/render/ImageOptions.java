package org.actorgraph.render;

import java.util.Objects;

/**
 * What a figure should look like.
 *
 * @param width canvas width in drawing units (points; pixels at 72 DPI)
 * @param height canvas height in drawing units
 * @param theme colours
 * @param title the title, or null or blank for none
 * @param legend whether to draw the legend of the types and certainty groups shown
 * @param caption whether to cite the articles the shown edges come from
 * @param transparent whether to leave the background transparent (PNG, SVG and PDF)
 * @param viewport the part of the layout plane to show (the window's current view), or null to fit
 *     the whole graph
 */
public record ImageOptions(double width, double height, Theme theme, String title, boolean legend,
                           boolean caption, boolean transparent, Viewport viewport) {

    /** The default canvas: landscape, a little wider than A4, for screens and reports alike. */
    public static final double DEFAULT_WIDTH = 1000;
    public static final double DEFAULT_HEIGHT = 700;
    /** The smallest canvas on which a legend, a title and a graph still fit. */
    public static final double MIN_SIZE = 200;
    /** The largest canvas side, so that a PNG at 600 DPI stays within memory. */
    public static final double MAX_SIZE = 20000;

    public ImageOptions {
        Objects.requireNonNull(theme, "theme");
        if (!(width >= MIN_SIZE && width <= MAX_SIZE && height >= MIN_SIZE && height <= MAX_SIZE)) {
            throw new IllegalArgumentException("canvas size must be between " + (int) MIN_SIZE + " and "
                    + (int) MAX_SIZE + ", got " + width + " × " + height);
        }
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** Light theme, default size, legend and caption, the whole graph. */
    public static ImageOptions defaults(String title) {
        return new ImageOptions(DEFAULT_WIDTH, DEFAULT_HEIGHT, Theme.LIGHT, title, true, true, false, null);
    }

    /** A rectangle of the layout plane. */
    public record Viewport(double x, double y, double width, double height) {
        public Viewport {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("empty viewport");
            }
        }
    }
}

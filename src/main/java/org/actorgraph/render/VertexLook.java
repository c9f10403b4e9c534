package org.actorgraph.render;

/**
 * How one vertex is drawn when a figure copies the window rather than the default style: its
 * radius and colours.
 *
 * @param radius the circle's radius in drawing units (before the figure is scaled to fit)
 * @param fill the fill colour, or null for the theme's
 * @param stroke the outline colour, or null for the theme's
 */
public record VertexLook(double radius, Rgb fill, Rgb stroke) {
    public VertexLook {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius must be positive, got " + radius);
        }
    }
}

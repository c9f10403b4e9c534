package org.actorgraph.model;

/**
 * How the drawing is shown in the window: zoom factor and the drawing point at the centre of the
 * window, so a view reopens on the same part of the graph whatever the window size.
 *
 * @param scale zoom factor, 1 = 100 %
 * @param centreX drawing x shown at the centre of the graph area
 * @param centreY drawing y shown at the centre of the graph area
 */
public record ViewportState(double scale, double centreX, double centreY) {

    public ViewportState {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, was " + scale);
        }
    }
}

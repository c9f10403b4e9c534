package org.actorgraph.analysis;

/** A position in layout coordinates (pixels of the drawing, y pointing down). */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}

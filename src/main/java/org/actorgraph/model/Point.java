package org.actorgraph.model;

/** A position in layout coordinates (pixels of the drawing, y pointing down): where an actor is drawn. */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}

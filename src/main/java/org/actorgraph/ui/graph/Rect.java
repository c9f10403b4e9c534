package org.actorgraph.ui.graph;

/** An axis-aligned rectangle by its corners, in drawing coordinates. */
public record Rect(double minX, double minY, double maxX, double maxY) {

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }
}

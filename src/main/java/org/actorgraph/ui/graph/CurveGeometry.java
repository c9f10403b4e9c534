package org.actorgraph.ui.graph;

/** Distances to cubic Bézier curves, for picking edges with a tolerance wider than the line. */
public final class CurveGeometry {

    private static final int SEGMENTS = 32;

    private CurveGeometry() {
    }

    /**
     * Approximate distance from point (px, py) to the cubic curve with end points p0, p3 and
     * control points c1, c2, measured to a 32-segment polyline of the curve.
     */
    public static double distanceToCubic(double x0, double y0, double x1, double y1, double x2, double y2,
                                         double x3, double y3, double px, double py) {
        double best = Double.MAX_VALUE;
        double prevX = x0;
        double prevY = y0;
        for (int i = 1; i <= SEGMENTS; i++) {
            double t = (double) i / SEGMENTS;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            double x = a * x0 + b * x1 + c * x2 + d * x3;
            double y = a * y0 + b * y1 + c * y2 + d * y3;
            best = Math.min(best, distanceToSegment(prevX, prevY, x, y, px, py));
            prevX = x;
            prevY = y;
        }
        return best;
    }

    static double distanceToSegment(double ax, double ay, double bx, double by, double px, double py) {
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / length2;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}

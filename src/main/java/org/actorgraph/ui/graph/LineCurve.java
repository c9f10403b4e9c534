package org.actorgraph.ui.graph;

/**
 * The curve SmartGraph 2.3 gives a line between two distinct vertices, worked out without its
 * node: lane 0 is straight (control points at a third and two thirds), other lanes bend through
 * one control point set off the midpoint, 60 units for close vertices down to 20 at 400 apart,
 * 20 more for each further pair of lanes, odd lanes to one side and even ones to the other. The
 * ends sit on the vertices' circles, towards the control points. Painted lines use it, so that
 * they lie exactly where SmartGraph's nodes would.
 */
final class LineCurve {

    /** Values of a curve, in this order: start, first control point, second, end (x then y). */
    static final int VALUES = 8;

    private static final double MAX_OFFSET = 60;
    private static final double MIN_OFFSET = 20;
    private static final double OFFSET_DISTANCE = 400;
    private static final double OFFSET_PER_PAIR = 20;

    private LineCurve() {
    }

    /**
     * Writes the curve from a source vertex to a target vertex into {@code into}.
     *
     * @param sourceFirst whether the bend's side is measured from the source to the target (else
     *     from the target to the source): SmartGraph measures it from the vertex node with the
     *     smaller identity hash
     */
    static void between(double sourceX, double sourceY, double sourceRadius, double targetX, double targetY,
                        double targetRadius, int lane, boolean sourceFirst, double[] into) {
        double c1x;
        double c1y;
        double c2x;
        double c2y;
        if (lane == 0) {
            c1x = sourceX + (targetX - sourceX) / 3.0;
            c1y = sourceY + (targetY - sourceY) / 3.0;
            c2x = sourceX + 2.0 * (targetX - sourceX) / 3.0;
            c2y = sourceY + 2.0 * (targetY - sourceY) / 3.0;
        } else {
            double dx = targetX - sourceX;
            double dy = targetY - sourceY;
            double distance = Math.sqrt(dx * dx + dy * dy);
            double offset = offset(distance) + Math.floor((lane - 1) / 2.0) * OFFSET_PER_PAIR;
            double signed = (lane % 2 != 0 ? 1 : -1) * offset;
            double midX = (sourceX + targetX) / 2.0;
            double midY = (sourceY + targetY) / 2.0;
            if (distance < 1e-6) {
                c1x = midX + signed;
                c1y = midY;
            } else {
                double sign = sourceFirst ? 1 : -1;
                c1x = midX + signed * (-dy * sign / distance);
                c1y = midY + signed * (dx * sign / distance);
            }
            c2x = c1x;
            c2y = c1y;
        }
        double towardsX = lane == 0 ? targetX : c1x;
        double towardsY = lane == 0 ? targetY : c1y;
        onCircle(sourceX, sourceY, sourceRadius, towardsX, towardsY, into, 0);
        into[2] = c1x;
        into[3] = c1y;
        into[4] = c2x;
        into[5] = c2y;
        onCircle(targetX, targetY, targetRadius, lane == 0 ? sourceX : c2x, lane == 0 ? sourceY : c2y, into, 6);
    }

    /**
     * Writes the box of a curve's four points (min x, min y, max x, max y) into {@code into} from
     * {@code at}: the curve lies within it.
     */
    static void box(double[] curve, double[] into, int at) {
        into[at] = Math.min(Math.min(curve[0], curve[2]), Math.min(curve[4], curve[6]));
        into[at + 1] = Math.min(Math.min(curve[1], curve[3]), Math.min(curve[5], curve[7]));
        into[at + 2] = Math.max(Math.max(curve[0], curve[2]), Math.max(curve[4], curve[6]));
        into[at + 3] = Math.max(Math.max(curve[1], curve[3]), Math.max(curve[5], curve[7]));
    }

    // Shorter lines between closer vertices bend further out, so that their lanes stay apart.
    private static double offset(double distance) {
        if (distance <= 0) {
            return MAX_OFFSET;
        }
        if (distance >= OFFSET_DISTANCE) {
            return MIN_OFFSET;
        }
        return MAX_OFFSET + (MIN_OFFSET - MAX_OFFSET) * (distance / OFFSET_DISTANCE);
    }

    // Where the ray from a circle's centre towards a point leaves the circle.
    private static void onCircle(double centerX, double centerY, double radius, double towardsX, double towardsY,
                                 double[] into, int at) {
        double dx = towardsX - centerX;
        double dy = towardsY - centerY;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length < 1e-9) {
            into[at] = centerX + radius;
            into[at + 1] = centerY;
            return;
        }
        into[at] = centerX + dx / length * radius;
        into[at + 1] = centerY + dy / length * radius;
    }
}

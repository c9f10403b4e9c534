package org.actorgraph.analysis;

/**
 * The repulsions of {@link ForceLayout} for large graphs, approximated with quadtrees: every
 * vertex repels every other (k²/d), and the middle of every fan of parallel edges repels every
 * vertex but its two ends, the reaction going to those ends, as in the exact layout. One tree holds
 * the vertices, another the fan middles; each is rebuilt every iteration in O(n log n).
 */
final class BarnesHut {

    private final int n;
    private final int fans;
    private final int[] fanA;
    private final int[] fanB;
    private final double[] fanCharge;
    private final double[] fanX;
    private final double[] fanY;
    private final double[] ones;
    private final int[] self;
    private final QuadTree vertexTree = new QuadTree();
    private final QuadTree fanTree = new QuadTree();
    private final double[] force = new double[2];

    /** @param links {@code {a, b, parallel edges}} per linked pair, as {@link ForceLayout} builds them */
    BarnesHut(int n, int[][] links) {
        this.n = n;
        int count = 0;
        for (int[] link : links) {
            if (link[2] >= 2) {
                count++;
            }
        }
        fans = count;
        fanA = new int[count];
        fanB = new int[count];
        fanCharge = new double[count];
        fanX = new double[count];
        fanY = new double[count];
        int f = 0;
        for (int[] link : links) {
            if (link[2] >= 2) {
                fanA[f] = link[0];
                fanB[f] = link[1];
                fanCharge[f] = ForceLayout.fanStrength(link[2]);
                f++;
            }
        }
        ones = new double[n];
        self = new int[n];
        for (int i = 0; i < n; i++) {
            ones[i] = 1;
            self[i] = i;
        }
    }

    /** Adds the repulsive forces at the given positions to {@code dx, dy}. */
    void repel(double[] x, double[] y, double k, double[] dx, double[] dy) {
        double k2 = k * k;
        vertexTree.build(n, x, y, ones, self, self);
        for (int f = 0; f < fans; f++) {
            fanX[f] = (x[fanA[f]] + x[fanB[f]]) / 2;
            fanY[f] = (y[fanA[f]] + y[fanB[f]]) / 2;
        }
        fanTree.build(fans, fanX, fanY, fanCharge, fanA, fanB);
        for (int i = 0; i < n; i++) {
            force[0] = 0;
            force[1] = 0;
            vertexTree.repulsion(x[i], y[i], i, i, ForceLayout.THETA, force);
            if (fans > 0) {
                fanTree.repulsion(x[i], y[i], i, i, ForceLayout.THETA, force);
            }
            dx[i] += k2 * force[0];
            dy[i] += k2 * force[1];
        }
        // The fan middle feels the vertices it pushes; its two ends take the reaction in halves.
        for (int f = 0; f < fans; f++) {
            force[0] = 0;
            force[1] = 0;
            vertexTree.repulsion(fanX[f], fanY[f], fanA[f], fanB[f], ForceLayout.THETA, force);
            double share = fanCharge[f] * k2 / 2;
            dx[fanA[f]] += share * force[0];
            dy[fanA[f]] += share * force[1];
            dx[fanB[f]] += share * force[0];
            dy[fanB[f]] += share * force[1];
        }
    }
}

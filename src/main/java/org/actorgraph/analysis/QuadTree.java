package org.actorgraph.analysis;

import java.util.Arrays;

/**
 * A Barnes–Hut quadtree over charged points: the repulsion {@code Σ q / d} (as a vector) that all
 * points exert on a place, with far-away groups of points replaced by their total charge at their
 * centre of charge. The tree is rebuilt for every iteration; its arrays are kept and reused.
 * Insertion follows the point index order and no hashing is involved, so the same points always
 * give the same tree and the same sums.
 *
 * <p>Each point has two owners (vertex indices): a query passes up to two vertices whose points
 * it must not feel, which lets a vertex ignore itself, and a fan ignore its own two ends.
 */
final class QuadTree {

    private static final int EMPTY = -1;
    private static final int INTERNAL = -2;
    /** Below this depth cells are only split for distinct points; deeper, points share a leaf. */
    private static final int MAX_DEPTH = 40;
    /** As in the exact layout: no two points are treated as closer than 0.1. */
    private static final double MIN_DISTANCE2 = 0.01;

    // Points.
    private double[] px = new double[0];
    private double[] py = new double[0];
    private double[] charge = new double[0];
    private int[] ownerA = new int[0];
    private int[] ownerB = new int[0];
    private int[] next = new int[0];
    private int points;

    // Cells.
    private double[] centreX = new double[16];
    private double[] centreY = new double[16];
    private double[] half = new double[16];
    private double[] mass = new double[16];
    private double[] massX = new double[16];
    private double[] massY = new double[16];
    private int[] children = new int[64];
    private int[] body = new int[16];
    private int cells;

    private int[] stack = new int[64];

    /** Replaces the points; {@code owner*[i]} are the vertices point {@code i} belongs to. */
    void build(int count, double[] xs, double[] ys, double[] charges, int[] ownersA, int[] ownersB) {
        if (px.length < count) {
            int capacity = Math.max(count, px.length * 2);
            px = new double[capacity];
            py = new double[capacity];
            charge = new double[capacity];
            ownerA = new int[capacity];
            ownerB = new int[capacity];
            next = new int[capacity];
        }
        System.arraycopy(xs, 0, px, 0, count);
        System.arraycopy(ys, 0, py, 0, count);
        System.arraycopy(charges, 0, charge, 0, count);
        System.arraycopy(ownersA, 0, ownerA, 0, count);
        System.arraycopy(ownersB, 0, ownerB, 0, count);
        points = count;
        cells = 0;
        if (count == 0) {
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, px[i]);
            minY = Math.min(minY, py[i]);
            maxX = Math.max(maxX, px[i]);
            maxY = Math.max(maxY, py[i]);
        }
        double side = Math.max(1, Math.max(maxX - minX, maxY - minY)) * 1.0001;
        newCell((minX + maxX) / 2, (minY + maxY) / 2, side / 2);
        for (int i = 0; i < count; i++) {
            insert(i);
        }
        for (int c = 0; c < cells; c++) {
            if (mass[c] > 0) {
                massX[c] /= mass[c];
                massY[c] /= mass[c];
            }
        }
    }

    private void insert(int i) {
        int cell = 0;
        int depth = 0;
        while (true) {
            add(cell, i);
            if (body[cell] == INTERNAL) {
                cell = child(cell, i);
                depth++;
                continue;
            }
            if (body[cell] == EMPTY) {
                body[cell] = i;
                next[i] = EMPTY;
                return;
            }
            int j = body[cell];
            if (depth >= MAX_DEPTH || (px[i] == px[j] && py[i] == py[j])) {
                next[i] = j; // share the leaf
                body[cell] = i;
                return;
            }
            // Split: the leaf's points (one place) move down to a child, then i goes on down.
            body[cell] = INTERNAL;
            int moved = child(cell, j);
            body[moved] = j;
            for (int b = j; b != EMPTY; b = next[b]) {
                add(moved, b);
            }
            cell = child(cell, i);
            depth++;
        }
    }

    private void add(int cell, int i) {
        mass[cell] += charge[i];
        massX[cell] += charge[i] * px[i];
        massY[cell] += charge[i] * py[i];
    }

    /** The child of {@code cell} whose quadrant holds point {@code i}, created when missing. */
    private int child(int cell, int i) {
        int quadrant = (px[i] >= centreX[cell] ? 1 : 0) + (py[i] >= centreY[cell] ? 2 : 0);
        int slot = 4 * cell + quadrant;
        if (children[slot] == EMPTY) {
            double h = half[cell] / 2;
            int created = newCell(centreX[cell] + ((quadrant & 1) == 0 ? -h : h),
                    centreY[cell] + ((quadrant & 2) == 0 ? -h : h), h);
            children[slot] = created; // children may have been reallocated by newCell
        }
        return children[slot];
    }

    private int newCell(double x, double y, double h) {
        if (cells == centreX.length) {
            int capacity = cells * 2;
            centreX = Arrays.copyOf(centreX, capacity);
            centreY = Arrays.copyOf(centreY, capacity);
            half = Arrays.copyOf(half, capacity);
            mass = Arrays.copyOf(mass, capacity);
            massX = Arrays.copyOf(massX, capacity);
            massY = Arrays.copyOf(massY, capacity);
            body = Arrays.copyOf(body, capacity);
            children = Arrays.copyOf(children, 4 * capacity);
        }
        int c = cells++;
        centreX[c] = x;
        centreY[c] = y;
        half[c] = h;
        mass[c] = 0;
        massX[c] = 0;
        massY[c] = 0;
        body[c] = EMPTY;
        Arrays.fill(children, 4 * c, 4 * c + 4, EMPTY);
        return c;
    }

    /**
     * Adds to {@code out[0], out[1]} the sum over all points p not owned by {@code skipA} or
     * {@code skipB} of {@code q(p) · (here − p) / |here − p|²}: the repulsion at {@code (x, y)}
     * before scaling by k². A cell is taken as a whole when its side is less than {@code theta}
     * times its distance and it does not contain {@code (x, y)}.
     */
    void repulsion(double x, double y, int skipA, int skipB, double theta, double[] out) {
        if (cells == 0) {
            return;
        }
        double theta2 = theta * theta;
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int cell = stack[--top];
            if (mass[cell] == 0) {
                continue;
            }
            int b = body[cell];
            if (b != INTERNAL) {
                for (; b != EMPTY; b = next[b]) {
                    if (ownerA[b] == skipA || ownerA[b] == skipB || ownerB[b] == skipA || ownerB[b] == skipB) {
                        continue;
                    }
                    double ddx = x - px[b];
                    double ddy = y - py[b];
                    double f = charge[b] / Math.max(ddx * ddx + ddy * ddy, MIN_DISTANCE2);
                    fx += ddx * f;
                    fy += ddy * f;
                }
                continue;
            }
            double ddx = x - massX[cell];
            double ddy = y - massY[cell];
            double dist2 = ddx * ddx + ddy * ddy;
            double side = 2 * half[cell];
            boolean inside = Math.abs(x - centreX[cell]) <= half[cell] && Math.abs(y - centreY[cell]) <= half[cell];
            if (!inside && side * side < theta2 * dist2) {
                double f = mass[cell] / Math.max(dist2, MIN_DISTANCE2);
                fx += ddx * f;
                fy += ddy * f;
                continue;
            }
            if (top + 4 > stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            for (int q = 0; q < 4; q++) {
                int c = children[4 * cell + q];
                if (c != EMPTY) {
                    stack[top++] = c;
                }
            }
        }
        out[0] += fx;
        out[1] += fy;
    }

    int size() {
        return points;
    }
}

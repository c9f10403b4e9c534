package org.actorgraph.analysis;

import org.actorgraph.model.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.jgrapht.Graph;

/**
 * A seeded Fruchterman–Reingold force layout that runs until the drawing stops moving, so the view
 * can place vertices once and then stay still. The same graph (same vertex order), size, seed and
 * pins always give the same positions.
 *
 * <p>Parallel edges pull no harder than one edge: the layout reflects who is linked, not how often.
 * Instead, a pair joined by many parallel edges is given a longer link, so that the fan of curves
 * between them has room, and the middle of such a fan pushes other vertices away.
 *
 * <p>Up to {@link #EXACT_LIMIT} vertices every pair of vertices repels exactly: O(V² + E) per
 * iteration, the nicest drawing, and still instant at that size. Larger graphs use Barnes–Hut: a
 * quadtree of the vertices (and one of the fan middles) replaces far-away groups by their centre,
 * O(V log V + E + F log F) per iteration for F fans. Both stop when no vertex moves further than
 * {@link #SETTLED_STEP} in an iteration, or after {@link #MAX_ITERATIONS}; the cooling schedule
 * makes every run settle well before the cap. A {@link LayoutMonitor} can follow and cancel a run.
 */
public final class ForceLayout {

    /** Iterations at most, should the drawing never settle. */
    static final int MAX_ITERATIONS = 600;
    /** The drawing has settled when no vertex moves further than this in one iteration. */
    static final double SETTLED_STEP = 0.05;
    /** What the step cap is multiplied by after every iteration. */
    static final double COOLING = 0.97;

    /** Graphs with at most this many vertices get the exact O(V²) repulsion; larger ones Barnes–Hut. */
    public static final int EXACT_LIMIT = 150;
    /**
     * Barnes–Hut opening criterion: a cell is taken as a whole when its side is less than this
     * fraction of its distance.
     */
    static final double THETA = 0.9;

    private final double margin;
    private final int exactLimit;

    /** A layout that keeps vertices at least {@code margin} away from the drawing's border. */
    public ForceLayout(double margin) {
        this(margin, EXACT_LIMIT);
    }

    /**
     * A layout that uses the exact repulsion for graphs of at most {@code exactLimit} vertices and
     * Barnes–Hut above (0: always Barnes–Hut; {@code Integer.MAX_VALUE}: always exact).
     */
    ForceLayout(double margin, int exactLimit) {
        this.margin = margin;
        this.exactLimit = exactLimit;
    }

    /** A layout with a 60-pixel margin, room for a vertex label. */
    public ForceLayout() {
        this(60);
    }

    /** The seed of the window's first layout of every graph, so a corpus always opens looking the same. */
    public static final long WINDOW_SEED = 7;

    /**
     * The size of the plane the window lays a corpus with this many actors out in: about a window
     * for a dozen actors, so the first fit shows labels near 100 %, roomier as the graph grows. Saved
     * views keep positions in this plane; the command line uses it to lay out actors a view has no
     * place for.
     */
    public static double[] windowDrawingSize(int actorCount) {
        double side = 190 * Math.sqrt(Math.max(1, actorCount));
        return new double[] {Math.max(900, side * 1.45), Math.max(600, side)};
    }

    /**
     * Places every vertex inside {@code width × height}.
     *
     * @param pinned vertices whose positions must not change; they still push and pull the others
     * @return a position for every vertex of the graph, in the graph's vertex order
     */
    public <V> Map<V, Point> layout(Graph<V, ?> graph, double width, double height, long seed,
                                    Map<V, Point> pinned) {
        return layout(graph, width, height, seed, pinned, LayoutMonitor.NONE);
    }

    /**
     * Places every vertex inside {@code width × height}, reporting every iteration to a monitor.
     *
     * @param pinned vertices whose positions must not change; they still push and pull the others
     * @param monitor told about every iteration; may cancel the run
     * @return a position for every vertex of the graph, in the graph's vertex order
     * @throws CancellationException when the monitor cancelled the run
     */
    public <V> Map<V, Point> layout(Graph<V, ?> graph, double width, double height, long seed,
                                    Map<V, Point> pinned, LayoutMonitor monitor) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Point> result = new LinkedHashMap<>();
        if (n == 0) {
            return result;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] fixed = new boolean[n];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            Point pin = pinned.get(vertices.get(i));
            fixed[i] = pin != null;
            // Draw the random numbers for pinned vertices too, so pinning one vertex does not
            // shuffle the start of all the others.
            double rx = margin + random.nextDouble() * Math.max(1, width - 2 * margin);
            double ry = margin + random.nextDouble() * Math.max(1, height - 2 * margin);
            x[i] = fixed[i] ? pin.x() : rx;
            y[i] = fixed[i] ? pin.y() : ry;
        }
        int[][] links = distinctLinks(graph, vertices);
        simulate(x, y, fixed, links, width, height, monitor);
        for (int i = 0; i < n; i++) {
            result.put(vertices.get(i), new Point(x[i], y[i]));
        }
        return result;
    }

    /** One entry per linked pair of vertices: {@code {a, b, number of edges between them}}. */
    private static <V> int[][] distinctLinks(Graph<V, ?> graph, List<V> vertices) {
        Map<V, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        Map<Long, int[]> links = new LinkedHashMap<>();
        for (Object edge : graph.edgeSet()) {
            @SuppressWarnings("unchecked")
            Graph<V, Object> g = (Graph<V, Object>) graph;
            int a = index.get(g.getEdgeSource(edge));
            int b = index.get(g.getEdgeTarget(edge));
            if (a == b) {
                continue;
            }
            long key = (long) Math.min(a, b) * vertices.size() + Math.max(a, b);
            links.computeIfAbsent(key, k -> new int[] {a, b, 0})[2]++;
        }
        return links.values().toArray(new int[0][]);
    }

    /**
     * How much longer than usual the link between two vertices should be: parallel edges are drawn
     * as a fan of curves, and a fan of many lanes needs room between its two ends to stay readable.
     */
    static double lengthFactor(int parallelEdges) {
        return Math.min(2.2, 1 + 0.12 * (parallelEdges - 1));
    }

    private void simulate(double[] x, double[] y, boolean[] fixed, int[][] links, double width, double height,
                          LayoutMonitor monitor) {
        int n = x.length;
        double usableWidth = Math.max(1, width - 2 * margin);
        double usableHeight = Math.max(1, height - 2 * margin);
        double k = 0.8 * Math.sqrt(usableWidth * usableHeight / n);
        double temperature = Math.max(usableWidth, usableHeight) / 8;
        double cx = width / 2;
        double cy = height / 2;
        double[] dx = new double[n];
        double[] dy = new double[n];
        BarnesHut barnesHut = n > exactLimit ? new BarnesHut(n, links) : null;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (monitor.cancelled()) {
                throw new CancellationException("layout cancelled after " + iteration + " iterations");
            }
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            if (barnesHut != null) {
                barnesHut.repel(x, y, k, dx, dy);
                attract(x, y, links, k, dx, dy);
            } else {
                repelExactly(x, y, k, dx, dy);
                attract(x, y, links, k, dx, dy);
                pushAwayFromFans(x, y, links, k, dx, dy);
            }
            double largestStep = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                // A weak pull to the centre keeps unconnected parts from drifting to the edges.
                dx[i] += (cx - x[i]) * 0.05;
                dy[i] += (cy - y[i]) * 0.05;
                double length = Math.hypot(dx[i], dy[i]);
                if (length < 1e-9) {
                    continue;
                }
                double step = Math.min(length, temperature);
                double nx = clamp(x[i] + dx[i] / length * step, margin, width - margin);
                double ny = clamp(y[i] + dy[i] / length * step, margin, height - margin);
                largestStep = Math.max(largestStep, Math.hypot(nx - x[i], ny - y[i]));
                x[i] = nx;
                y[i] = ny;
            }
            temperature *= COOLING;
            monitor.progress(iteration + 1, largestStep);
            if (largestStep < SETTLED_STEP || monitor.settleNow()) {
                return;
            }
        }
    }

    /**
     * About how many iterations a run in {@code width × height} takes: the step a vertex may take
     * starts at an eighth of the drawing and cools by 3 % per iteration, and a run ends at the latest
     * when that cap falls below the settling threshold (often a little earlier, never later than
     * {@link #MAX_ITERATIONS}). For a progress bar.
     */
    public int expectedIterations(double width, double height) {
        double start = Math.max(Math.max(1, width - 2 * margin), Math.max(1, height - 2 * margin)) / 8;
        if (start <= SETTLED_STEP) {
            return 1;
        }
        int cooled = (int) Math.ceil(Math.log(SETTLED_STEP / start) / Math.log(COOLING)) + 1;
        return Math.max(1, Math.min(MAX_ITERATIONS, cooled));
    }

    /** Every pair of vertices repels with k²/d: O(V²). */
    private static void repelExactly(double[] x, double[] y, double k, double[] dx, double[] dy) {
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double dist2 = Math.max(ddx * ddx + ddy * ddy, 0.01);
                double force = k * k / dist2; // repulsion k²/d, divided by d to scale the vector
                dx[i] += ddx * force;
                dy[i] += ddy * force;
                dx[j] -= ddx * force;
                dy[j] -= ddy * force;
            }
        }
    }

    /** Linked vertices attract (d²/k), with a longer rest length for a pair joined by many edges. */
    private static void attract(double[] x, double[] y, int[][] links, double k, double[] dx, double[] dy) {
        for (int[] link : links) {
            int a = link[0];
            int b = link[1];
            double ddx = x[a] - x[b];
            double ddy = y[a] - y[b];
            double dist = Math.max(Math.hypot(ddx, ddy), 0.01);
            double force = dist / (k * lengthFactor(link[2])); // attraction d²/k, divided by d
            dx[a] -= ddx * force;
            dy[a] -= ddy * force;
            dx[b] += ddx * force;
            dy[b] += ddy * force;
        }
    }

    /**
     * A fan of parallel curves bows out on both sides of its chord, where a third vertex would sit on
     * top of the curves: the middle of every fan repels the other vertices, more for wider fans.
     * The reaction is shared by the fan's two ends, so the drawing does not drift.
     */
    private static void pushAwayFromFans(double[] x, double[] y, int[][] links, double k, double[] dx, double[] dy) {
        for (int[] link : links) {
            int lanes = link[2];
            if (lanes < 2) {
                continue;
            }
            int a = link[0];
            int b = link[1];
            double mx = (x[a] + x[b]) / 2;
            double my = (y[a] + y[b]) / 2;
            double strength = fanStrength(lanes);
            for (int i = 0; i < x.length; i++) {
                if (i == a || i == b) {
                    continue;
                }
                double ddx = x[i] - mx;
                double ddy = y[i] - my;
                double dist2 = Math.max(ddx * ddx + ddy * ddy, 0.01);
                double force = strength * k * k / dist2;
                dx[i] += ddx * force;
                dy[i] += ddy * force;
                dx[a] -= ddx * force / 2;
                dy[a] -= ddy * force / 2;
                dx[b] -= ddx * force / 2;
                dy[b] -= ddy * force / 2;
            }
        }
    }

    /** How strongly the middle of a fan of {@code lanes} parallel edges repels, relative to a vertex. */
    static double fanStrength(int lanes) {
        return Math.min(3, 0.35 * (lanes - 1));
    }

    private static double clamp(double value, double low, double high) {
        return high < low ? (low + high) / 2 : Math.max(low, Math.min(high, value));
    }
}

package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.actorgraph.model.Point;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;
import org.junit.jupiter.api.Test;

/**
 * The Barnes–Hut variant of {@link ForceLayout} on graphs large enough for it to matter; the
 * small-graph rules both variants share are checked in {@link ForceLayoutTest}.
 */
class BarnesHutLayoutTest {

    private final ForceLayout barnesHut = new ForceLayout(50, 0);

    /**
     * A random graph like an actor network: a few hubs that many vertices link to, some pairs
     * joined by several parallel edges, and a few isolated vertices. Same arguments, same graph.
     */
    static Graph<Integer, DefaultEdge> randomGraph(int vertices, int edges, long seed) {
        Graph<Integer, DefaultEdge> graph = new DirectedMultigraph<>(DefaultEdge.class);
        for (int v = 0; v < vertices; v++) {
            graph.addVertex(v);
        }
        Random random = new Random(seed);
        for (int e = 0; e < edges; e++) {
            // Squaring a uniform number favours low ids: they become the hubs.
            double u = random.nextDouble();
            int source = (int) (u * u * vertices);
            int target = random.nextInt(vertices);
            if (source != target) {
                graph.addEdge(source, target);
                if (random.nextInt(20) == 0) {
                    for (int i = 0; i < 4; i++) {
                        graph.addEdge(source, target);
                    }
                }
            }
        }
        return graph;
    }

    @Test
    void theSameInputAndSeedGiveTheSamePositions() {
        Graph<Integer, DefaultEdge> graph = randomGraph(400, 1200, 1);
        Map<Integer, Point> first = barnesHut.layout(graph, 3000, 2000, 7, Map.of());
        Map<Integer, Point> second = barnesHut.layout(randomGraph(400, 1200, 1), 3000, 2000, 7, Map.of());
        assertEquals(first, second);
        assertEquals(new ArrayList<>(graph.vertexSet()), new ArrayList<>(first.keySet()));
    }

    @Test
    void howThePinsAreHeldDoesNotMatter() {
        Graph<Integer, DefaultEdge> graph = randomGraph(300, 900, 2);
        Map<Integer, Point> hashed = new HashMap<>();
        Map<Integer, Point> ordered = new LinkedHashMap<>();
        for (int v = 299; v >= 0; v -= 37) {
            hashed.put(v, new Point(100 + v, 200 + v));
        }
        for (int v = 0; v < 300; v++) {
            if (hashed.containsKey(v)) {
                ordered.put(v, hashed.get(v));
            }
        }
        assertEquals(barnesHut.layout(graph, 2500, 1800, 3, hashed), barnesHut.layout(graph, 2500, 1800, 3, ordered));
    }

    @Test
    void aDifferentSeedGivesADifferentDrawing() {
        Graph<Integer, DefaultEdge> graph = randomGraph(200, 600, 3);
        assertTrue(!barnesHut.layout(graph, 2000, 1500, 1, Map.of())
                .equals(barnesHut.layout(graph, 2000, 1500, 2, Map.of())));
    }

    @Test
    void largeGraphsUseBarnesHutByDefaultAndSmallOnesTheExactLayout() {
        Graph<Integer, DefaultEdge> large = randomGraph(ForceLayout.EXACT_LIMIT + 50, 600, 4);
        assertEquals(barnesHut.layout(large, 2000, 1500, 5, Map.of()),
                new ForceLayout(50).layout(large, 2000, 1500, 5, Map.of()));
        Graph<Integer, DefaultEdge> small = randomGraph(ForceLayout.EXACT_LIMIT, 450, 4);
        assertEquals(new ForceLayout(50, Integer.MAX_VALUE).layout(small, 2000, 1500, 5, Map.of()),
                new ForceLayout(50).layout(small, 2000, 1500, 5, Map.of()));
    }

    @Test
    void pinnedVerticesKeepTheirPlaces() {
        Graph<Integer, DefaultEdge> graph = randomGraph(500, 1500, 5);
        Map<Integer, Point> pins = Map.of(0, new Point(123, 456), 17, new Point(2000, 80), 499, new Point(60, 60));
        Map<Integer, Point> positions = barnesHut.layout(graph, 2500, 1800, 9, pins);
        pins.forEach((v, p) -> assertEquals(p, positions.get(v)));
    }

    @Test
    void everyVertexStaysInsideTheDrawingWithItsMargin() {
        Map<Integer, Point> positions = barnesHut.layout(randomGraph(600, 2000, 6), 1200, 900, 1, Map.of());
        assertEquals(600, positions.size());
        positions.forEach((v, p) -> {
            assertTrue(p.x() >= 50 && p.x() <= 1150, v + " x=" + p.x());
            assertTrue(p.y() >= 50 && p.y() <= 850, v + " y=" + p.y());
        });
    }

    @Test
    void noTwoVerticesShareAPlaceInAMidSizedGraph() {
        Map<Integer, Point> p = barnesHut.layout(randomGraph(120, 300, 7), 2200, 1500, 5, Map.of());
        List<Point> points = new ArrayList<>(p.values());
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                assertTrue(points.get(i).distanceTo(points.get(j)) > 5, i + " and " + j + " overlap");
            }
        }
    }

    /** Records what the layout reports. */
    private static final class Recorder implements LayoutMonitor {
        private final int cancelAfter;
        private int iterations;
        private double lastMovement = Double.NaN;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public boolean cancelled() {
            return iterations >= cancelAfter;
        }

        @Override
        public void progress(int iteration, double movement) {
            assertEquals(iterations + 1, iteration);
            iterations = iteration;
            lastMovement = movement;
        }
    }

    @Test
    void aThousandVerticesSettleBeforeTheIterationCap() {
        Recorder recorder = new Recorder(Integer.MAX_VALUE);
        Map<Integer, Point> positions = new ForceLayout(60).layout(randomGraph(1000, 5000, 8), 8700, 6000, 7,
                Map.of(), recorder);
        assertEquals(1000, positions.size());
        assertTrue(recorder.iterations < ForceLayout.MAX_ITERATIONS, recorder.iterations + " iterations");
        assertTrue(recorder.lastMovement < ForceLayout.SETTLED_STEP, "still moving " + recorder.lastMovement);
    }

    @Test
    void aMonitorCanCancelTheLayout() {
        Recorder recorder = new Recorder(5);
        assertThrows(CancellationException.class,
                () -> barnesHut.layout(randomGraph(300, 900, 9), 2000, 1500, 1, Map.of(), recorder));
        assertEquals(5, recorder.iterations);
    }

    @Test
    void theExactLayoutReportsProgressToo() {
        Recorder recorder = new Recorder(Integer.MAX_VALUE);
        new ForceLayout(50).layout(ForceLayoutTest.twoTriangles(), 800, 600, 1, Map.of(), recorder);
        assertTrue(recorder.iterations > 0 && recorder.lastMovement < ForceLayout.SETTLED_STEP);
    }

    @Test
    void aMonitorCanEndTheRunEarlyWithThePositionsReachedSoFar() {
        int[] iterations = {0};
        LayoutMonitor stopAfterFive = new LayoutMonitor() {
            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void progress(int iteration, double movement) {
                iterations[0] = iteration;
            }

            @Override
            public boolean settleNow() {
                return iterations[0] >= 5;
            }
        };
        Map<Integer, Point> positions = barnesHut.layout(randomGraph(300, 900, 9), 2000, 1500, 1, Map.of(),
                stopAfterFive);
        assertEquals(5, iterations[0]);
        assertEquals(300, positions.size());
        positions.values().forEach(p -> assertTrue(p.x() >= 0 && p.x() <= 2000 && p.y() >= 0 && p.y() <= 1500));
    }

    @Test
    void theExpectedIterationCountIsWhereARunEndsAtTheLatest() {
        Recorder recorder = new Recorder(Integer.MAX_VALUE);
        ForceLayout layout = new ForceLayout(60);
        layout.layout(randomGraph(1000, 5000, 8), 8700, 6000, 7, Map.of(), recorder);
        int expected = layout.expectedIterations(8700, 6000);
        assertTrue(recorder.iterations <= expected, recorder.iterations + " > " + expected);
        assertTrue(recorder.iterations > expected * 0.8, recorder.iterations + " far below " + expected);
    }
}

package org.actorgraph.analysis;

import org.actorgraph.model.Point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every drawing must look like, checked on small graphs for both ways {@link ForceLayout}
 * computes forces: exactly (its default below {@link ForceLayout#EXACT_LIMIT} vertices) and with
 * Barnes–Hut (forced on here; its large-graph behaviour is in {@link BarnesHutLayoutTest}).
 */
class ForceLayoutTest {

    static Stream<Named<ForceLayout>> layouts() {
        return Stream.of(Named.of("exact", new ForceLayout(50)),
                Named.of("Barnes-Hut", new ForceLayout(50, 0)));
    }

    /** Two triangles a-b-c and x-y-z joined by one bridge c-x. */
    static Graph<String, DefaultEdge> twoTriangles() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (String v : new String[] {"a", "b", "c", "x", "y", "z"}) {
            graph.addVertex(v);
        }
        graph.addEdge("a", "b");
        graph.addEdge("b", "c");
        graph.addEdge("c", "a");
        graph.addEdge("x", "y");
        graph.addEdge("y", "z");
        graph.addEdge("z", "x");
        graph.addEdge("c", "x");
        return graph;
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theSameSeedGivesTheSameDrawing(ForceLayout layout) {
        Map<String, Point> first = layout.layout(twoTriangles(), 800, 600, 7, Map.of());
        Map<String, Point> second = layout.layout(twoTriangles(), 800, 600, 7, Map.of());
        assertEquals(first, second);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyVertexStaysInsideTheDrawingWithItsMargin(ForceLayout layout) {
        Map<String, Point> positions = layout.layout(twoTriangles(), 400, 300, 1, Map.of());
        assertEquals(6, positions.size());
        positions.forEach((v, p) -> {
            assertTrue(p.x() >= 50 && p.x() <= 350, v + " x=" + p.x());
            assertTrue(p.y() >= 50 && p.y() <= 250, v + " y=" + p.y());
        });
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aPinnedVertexKeepsItsPlace(ForceLayout layout) {
        Point pin = new Point(123, 456);
        Map<String, Point> positions = layout.layout(twoTriangles(), 800, 600, 3, Map.of("a", pin));
        assertEquals(pin, positions.get("a"));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void linkedVerticesEndUpCloserThanUnlinkedOnes(ForceLayout layout) {
        Map<String, Point> p = layout.layout(twoTriangles(), 800, 600, 11, Map.of());
        double withinTriangle = p.get("a").distanceTo(p.get("b"));
        double acrossTriangles = p.get("a").distanceTo(p.get("z"));
        assertTrue(withinTriangle < acrossTriangles,
                "a-b " + withinTriangle + " should be shorter than a-z " + acrossTriangles);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void noTwoVerticesLandOnTopOfEachOther(ForceLayout layout) {
        Map<String, Point> p = layout.layout(twoTriangles(), 800, 600, 5, Map.of());
        for (String u : p.keySet()) {
            for (String v : p.keySet()) {
                if (!u.equals(v)) {
                    assertTrue(p.get(u).distanceTo(p.get(v)) > 40, u + " and " + v + " overlap");
                }
            }
        }
    }

    /** A ring a-b-c-d-e-f-a in which a and b are joined by ten parallel edges. */
    private static Graph<String, DefaultEdge> ringWithABusyPair() {
        Graph<String, DefaultEdge> graph = new DirectedMultigraph<>(DefaultEdge.class);
        String[] ring = {"a", "b", "c", "d", "e", "f"};
        for (String v : ring) {
            graph.addVertex(v);
        }
        for (int i = 0; i < ring.length; i++) {
            graph.addEdge(ring[i], ring[(i + 1) % ring.length]);
        }
        for (int i = 1; i < 10; i++) {
            graph.addEdge("a", "b");
        }
        return graph;
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aPairJoinedByManyParallelEdgesGetsMoreRoomThanASingleLink(ForceLayout layout) {
        Map<String, Point> p = layout.layout(ringWithABusyPair(), 1000, 1000, 2, Map.of());

        double busy = p.get("a").distanceTo(p.get("b"));
        double quiet = (p.get("c").distanceTo(p.get("d")) + p.get("d").distanceTo(p.get("e"))
                + p.get("e").distanceTo(p.get("f"))) / 3;
        assertTrue(busy > 1.12 * quiet, "ten lanes " + busy + " vs one lane " + quiet);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aVertexLinkedToBothEndsOfABusyPairStaysOffItsFanOfCurves(ForceLayout layout) {
        Graph<String, DefaultEdge> graph = new DirectedMultigraph<>(DefaultEdge.class);
        graph.addVertex("a");
        graph.addVertex("b");
        graph.addVertex("watcher");
        for (int i = 0; i < 12; i++) {
            graph.addEdge("a", "b");
        }
        graph.addEdge("watcher", "a");
        graph.addEdge("watcher", "b");

        Map<String, Point> p = layout.layout(graph, 1000, 1000, 4, Map.of());

        Point middle = new Point((p.get("a").x() + p.get("b").x()) / 2, (p.get("a").y() + p.get("b").y()) / 2);
        double chord = p.get("a").distanceTo(p.get("b"));
        assertTrue(p.get("watcher").distanceTo(middle) > 0.9 * chord,
                "the watcher sits on the fan: " + p);
    }
}

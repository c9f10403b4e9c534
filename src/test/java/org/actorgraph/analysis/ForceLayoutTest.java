package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private final ForceLayout layout = new ForceLayout(50);

    /** Two triangles a-b-c and x-y-z joined by one bridge c-x. */
    private static Graph<String, DefaultEdge> twoTriangles() {
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

    @Test
    void theSameSeedGivesTheSameDrawing() {
        Map<String, Point> first = layout.layout(twoTriangles(), 800, 600, 7, Map.of());
        Map<String, Point> second = layout.layout(twoTriangles(), 800, 600, 7, Map.of());
        assertEquals(first, second);
    }

    @Test
    void everyVertexStaysInsideTheDrawingWithItsMargin() {
        Map<String, Point> positions = layout.layout(twoTriangles(), 400, 300, 1, Map.of());
        assertEquals(6, positions.size());
        positions.forEach((v, p) -> {
            assertTrue(p.x() >= 50 && p.x() <= 350, v + " x=" + p.x());
            assertTrue(p.y() >= 50 && p.y() <= 250, v + " y=" + p.y());
        });
    }

    @Test
    void aPinnedVertexKeepsItsPlace() {
        Point pin = new Point(123, 456);
        Map<String, Point> positions = layout.layout(twoTriangles(), 800, 600, 3, Map.of("a", pin));
        assertEquals(pin, positions.get("a"));
    }

    @Test
    void linkedVerticesEndUpCloserThanUnlinkedOnes() {
        Map<String, Point> p = layout.layout(twoTriangles(), 800, 600, 11, Map.of());
        double withinTriangle = p.get("a").distanceTo(p.get("b"));
        double acrossTriangles = p.get("a").distanceTo(p.get("z"));
        assertTrue(withinTriangle < acrossTriangles,
                "a-b " + withinTriangle + " should be shorter than a-z " + acrossTriangles);
    }

    @Test
    void noTwoVerticesLandOnTopOfEachOther() {
        Map<String, Point> p = layout.layout(twoTriangles(), 800, 600, 5, Map.of());
        for (String u : p.keySet()) {
            for (String v : p.keySet()) {
                if (!u.equals(v)) {
                    assertTrue(p.get(u).distanceTo(p.get(v)) > 40, u + " and " + v + " overlap");
                }
            }
        }
    }
}

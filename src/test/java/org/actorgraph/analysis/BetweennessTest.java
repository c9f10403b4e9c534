package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.actorgraph.model.Actor;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * Our betweenness against JGraphT's {@link BetweennessCentrality}, the reference it replaces, on
 * graphs of every shape a corpus gives: sparse and dense, disconnected, with isolated actors and
 * with pairs linked both ways. The values are equal to the last bit: both search from the sources
 * in the same order and add the dependencies in the same order.
 */
class BetweennessTest {

    @Test
    void givesTheValuesOfJGraphTOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            int actors = 2 + random.nextInt(40);
            double density = random.nextDouble() * 0.3;
            List<String> edges = new ArrayList<>();
            for (int a = 0; a < actors; a++) {
                for (int b = 0; b < actors; b++) {
                    if (a != b && random.nextDouble() < density) {
                        edges.add("v" + a + ">v" + b);
                    }
                }
            }
            if (edges.isEmpty()) {
                continue;
            }
            Graph<Actor, DefaultEdge> links = LinkGraphs.directed(Graphs.of(edges.toArray(String[]::new), "lone"));
            Map<Actor, Double> expected = new BetweennessCentrality<>(links, false).getScores();
            Map<Actor, Double> actual = Betweenness.of(links, () -> false);
            assertEquals(expected.keySet(), actual.keySet(), "round " + round);
            for (Actor actor : expected.keySet()) {
                assertEquals(expected.get(actor), actual.get(actor),
                        "round " + round + ", " + actor.id() + " of " + actors + " actors, " + edges.size() + " links");
            }
        }
    }

    @Test
    void countsEveryShortestPathThroughAVertex() {
        // a → b → d and a → c → d: two shortest paths from a to d, one through each of b and c;
        // d → e adds (a, e) with the same two paths, and (b, e), (c, e) through d.
        Map<String, Double> byId = byId(Betweenness.of(
                LinkGraphs.directed(Graphs.of("a>b", "a>c", "b>d", "c>d", "d>e")), () -> false));
        assertEquals(1.0, byId.get("b"), 1e-12);
        assertEquals(1.0, byId.get("c"), 1e-12);
        assertEquals(3.0, byId.get("d"), 1e-12);
        assertEquals(0.0, byId.get("a"), 1e-12);
    }

    @Test
    void stopsAtTheNextSourceOnceCancelled() {
        AggregatedGraph graph = Graphs.of("a>b", "b>c", "c>d", "d>a");
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> Betweenness.of(LinkGraphs.directed(graph), () -> asked.incrementAndGet() > 2));
        assertEquals(3, asked.get(), "asked before each source, and stopped at the first yes");
    }

    @Test
    void theWholeAnalysisStopsWhenCancelled() {
        AggregatedGraph graph = Graphs.of("a>b", "b>c", "c>a");
        assertThrows(CancellationException.class, () -> new CentralityAnalysis().compute(graph, () -> true));
        assertThrows(CancellationException.class, () -> new CommunityDetection().detect(graph, () -> true));
    }

    private static Map<String, Double> byId(Map<Actor, Double> scores) {
        Map<String, Double> byId = new java.util.HashMap<>();
        scores.forEach((actor, value) -> byId.put(actor.id(), value));
        return byId;
    }
}

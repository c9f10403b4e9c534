package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.junit.jupiter.api.Test;

/**
 * Centrality values derived by hand. PageRank with damping d = 0.85 on n actors: each actor gets
 * (1 − d)/n, plus d times the rank of each actor linking to it divided by that actor's out-links,
 * plus d/n times the rank of every actor without out-links; the ranks sum to 1.
 */
class CentralityAnalysisTest {

    private static final double EPS = 1e-6;

    private final CentralityAnalysis analysis = new CentralityAnalysis();

    private static Map<String, ActorMetrics> byId(List<ActorMetrics> metrics) {
        return metrics.stream().collect(Collectors.toMap(m -> m.actor().id(), Function.identity()));
    }

    @Test
    void pathOfThree() {
        Map<String, ActorMetrics> m = byId(analysis.compute(Graphs.of("a>b", "b>c")));
        assertEquals(List.of(1, 0, 1), List.of(m.get("a").degree(), m.get("a").inDegree(), m.get("a").outDegree()));
        assertEquals(List.of(2, 1, 1), List.of(m.get("b").degree(), m.get("b").inDegree(), m.get("b").outDegree()));
        assertEquals(List.of(1, 1, 0), List.of(m.get("c").degree(), m.get("c").inDegree(), m.get("c").outDegree()));
        // Betweenness: of the ordered pairs of other actors only (a, c) has a path, a → b → c, through b.
        assertEquals(1.0, m.get("b").betweenness(), EPS);
        assertEquals(0.0, m.get("a").betweenness(), EPS);
        assertEquals(0.0, m.get("c").betweenness(), EPS);
        // PageRank, n = 3, c has no out-link:
        //   a = 0.05 + 0.85·c/3
        //   b = 0.05 + 0.85·(a + c/3)            = 0.0925 + 1.85·(0.85/3)·c
        //   c = 0.05 + 0.85·(b + c/3)            = 0.128625 + 0.728875·c
        //   ⇒ c = 0.128625 / 0.271125 = 343/723 ≈ 0.474412, a ≈ 0.184417, b = 1 − a − c ≈ 0.341171
        double c = 343.0 / 723;
        double a = 0.05 + 0.85 / 3 * c;
        assertEquals(c, m.get("c").pageRank(), EPS);
        assertEquals(a, m.get("a").pageRank(), EPS);
        assertEquals(1 - a - c, m.get("b").pageRank(), EPS);
    }

    @Test
    void starWithLinksBothWays() {
        Map<String, ActorMetrics> m = byId(analysis.compute(Graphs.of("c>x", "x>c", "c>y", "y>c", "c>z", "z>c")));
        assertEquals(6, m.get("c").degree());
        assertEquals(2, m.get("x").degree());
        // Each of the 3·2 = 6 ordered pairs of leaves has one shortest path, through c.
        assertEquals(6.0, m.get("c").betweenness(), EPS);
        assertEquals(0.0, m.get("x").betweenness(), EPS);
        // leaf = 0.0375 + 0.85·c/3, c = 0.0375 + 0.85·3·leaf, 3·leaf + c = 1
        //   ⇒ c = 1 − 0.1125 − 0.85·c ⇒ c = 0.8875/1.85 = 71/148 ≈ 0.479730, leaf = (1 − c)/3 ≈ 0.173423
        assertEquals(71.0 / 148, m.get("c").pageRank(), EPS);
        assertEquals((1 - 71.0 / 148) / 3, m.get("y").pageRank(), EPS);
    }

    @Test
    void starPointingInwards() {
        Map<String, ActorMetrics> m = byId(analysis.compute(Graphs.of("x>c", "y>c", "z>c")));
        assertEquals(0.0, m.get("c").betweenness(), EPS, "no path runs through c: it has no way out");
        // c has no out-link, so it spreads 0.85·c over all four actors:
        //   leaf = 0.0375 + 0.85·c/4, c = 0.0375 + 0.85·(3·leaf + c/4), 3·leaf + c = 1
        //   ⇒ (1 − c)/3 = 0.0375 + 0.2125·c ⇒ c = 0.8875/1.6375 = 71/131 ≈ 0.541985
        assertEquals(71.0 / 131, m.get("c").pageRank(), EPS);
        assertEquals((1 - 71.0 / 131) / 3, m.get("x").pageRank(), EPS);
    }

    @Test
    void diamondSharesBetweenness() {
        // a → b → d and a → c → d: the pair (a, d) has two shortest paths, half through b, half through c.
        Map<String, ActorMetrics> m = byId(analysis.compute(Graphs.of("a>b", "a>c", "b>d", "c>d")));
        assertEquals(0.5, m.get("b").betweenness(), EPS);
        assertEquals(0.5, m.get("c").betweenness(), EPS);
        assertEquals(0.0, m.get("a").betweenness(), EPS);
    }

    @Test
    void parallelEdgesCountInDegreeButNotInBetweennessOrPageRank() {
        Map<String, ActorMetrics> m = byId(analysis.compute(Graphs.of("a>b:t", "a>b:u", "b>a:t")));
        assertEquals(List.of(3, 1, 2), List.of(m.get("a").degree(), m.get("a").inDegree(), m.get("a").outDegree()));
        assertEquals(3, m.get("b").degree());
        // On the simple graph a ⇄ b the two are symmetric.
        assertEquals(0.5, m.get("a").pageRank(), EPS);
        assertEquals(0.5, m.get("b").pageRank(), EPS);
    }

    @Test
    void anIsolatedActorHasZerosAndTheEmptyGraphNoMetrics() {
        AggregatedGraph graph = Graphs.of(new String[] {"a>b"}, "z");
        Map<String, ActorMetrics> m = byId(analysis.compute(graph));
        assertEquals(0, m.get("z").degree());
        assertEquals(0.0, m.get("z").betweenness(), EPS);
        // b and z have no out-links. a and z both receive only 0.05 + 0.85·(b + z)/3: they are equal.
        assertEquals(m.get("a").pageRank(), m.get("z").pageRank(), EPS);
        assertEquals(List.of(), analysis.compute(Graphs.of()));
    }

    @Test
    void valueReadsEachMetric() {
        ActorMetrics metrics = new ActorMetrics(new Actor("a", "A", ActorKind.STATE, List.of(), null), 5, 2, 3, 1.5, 0.25);
        assertEquals(5, metrics.value(Metric.DEGREE));
        assertEquals(2, metrics.value(Metric.IN_DEGREE));
        assertEquals(3, metrics.value(Metric.OUT_DEGREE));
        assertEquals(1.5, metrics.value(Metric.BETWEENNESS));
        assertEquals(0.25, metrics.value(Metric.PAGERANK));
        assertEquals("PageRank", Metric.PAGERANK.label());
    }

    @Test
    void ranksStartAtOneAndTiesShareARank() {
        AggregatedGraph star = Graphs.of("c>x", "x>c", "c>y", "y>c", "c>z", "z>c");
        Map<Actor, Integer> ranks = analysis.ranks(analysis.compute(star), Metric.DEGREE);
        assertEquals(1, ranks.get(Graphs.actor(star, "c")));
        assertEquals(2, ranks.get(Graphs.actor(star, "x")));
        assertEquals(2, ranks.get(Graphs.actor(star, "z")));

        // Out-degrees: a 2, b 2, c 0 ⇒ ranks 1, 1, 3.
        AggregatedGraph graph = Graphs.of("a>b", "a>c", "b>a", "b>c");
        Map<Actor, Integer> out = analysis.ranks(analysis.compute(graph), Metric.OUT_DEGREE);
        assertEquals(List.of(1, 1, 3), List.of(out.get(Graphs.actor(graph, "a")), out.get(Graphs.actor(graph, "b")),
                out.get(Graphs.actor(graph, "c"))));
        assertEquals(List.of("a", "b", "c"), out.keySet().stream().map(Actor::id).toList(), "iterates by rank");
    }

    @Test
    void oneActorsDegreeRankIsCountedAsTheRanksOfAllGiveIt() {
        // Degrees: c 6, x, y, z 2 each ⇒ c 1st, the others share the 2nd.
        AggregatedGraph star = Graphs.of("c>x", "x>c", "c>y", "y>c", "c>z", "z>c");
        assertEquals(1, analysis.degreeRank(star, Graphs.actor(star, "c"), Metric.DEGREE));
        assertEquals(2, analysis.degreeRank(star, Graphs.actor(star, "y"), Metric.DEGREE));

        // Out-degrees a 2, b 2, c 0 ⇒ 1, 1, 3; in-degrees a 1, b 1, c 2 ⇒ 2, 2, 1.
        AggregatedGraph graph = Graphs.of("a>b", "a>c", "b>a", "b>c");
        List<Actor> abc = List.of(Graphs.actor(graph, "a"), Graphs.actor(graph, "b"), Graphs.actor(graph, "c"));
        assertEquals(List.of(1, 1, 3),
                abc.stream().map(a -> analysis.degreeRank(graph, a, Metric.OUT_DEGREE)).toList());
        assertEquals(List.of(2, 2, 1),
                abc.stream().map(a -> analysis.degreeRank(graph, a, Metric.IN_DEGREE)).toList());
        assertThrows(IllegalArgumentException.class,
                () -> analysis.degreeRank(graph, abc.get(0), Metric.BETWEENNESS));
    }
}

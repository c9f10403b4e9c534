package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.junit.jupiter.api.Test;

class CommunityDetectionTest {

    private final CommunityDetection detection = new CommunityDetection();

    /** Two cliques of four, A1–A4 and B1–B4, joined by the bridge A1 → B1; Z is unlinked. */
    private static final String[] TWO_CLIQUES = {
        "A1>A2", "A1>A3", "A1>A4", "A2>A3", "A2>A4", "A3>A4",
        "B1>B2", "B1>B3", "B1>B4", "B2>B3", "B2>B4", "B3>B4",
        "A1>B1"};

    private static List<List<String>> ids(Communities communities) {
        return communities.groups().stream().map(g -> g.stream().map(Actor::id).toList()).toList();
    }

    @Test
    void twoCliquesJoinedByABridgeAreTwoCommunities() {
        // m = 13 links. Keeping the cliques apart: each has 6 inner links and degree sum 13, so
        // Q = 2·(6/13 − (13/26)²) ≈ 0.42; merging them would change Q by (2·13·1 − 13·13)/(2·13²) < 0.
        AggregatedGraph graph = Graphs.of(TWO_CLIQUES, "Z");
        Communities communities = detection.detect(graph);
        assertEquals(2, communities.count());
        assertEquals(List.of(List.of("A1", "A2", "A3", "A4"), List.of("B1", "B2", "B3", "B4")), ids(communities));
        assertEquals(0, communities.communityOf(Graphs.actor(graph, "A3")));
        assertEquals(1, communities.communityOf(Graphs.actor(graph, "B1")));
        assertEquals(-1, communities.communityOf(Graphs.actor(graph, "Z")), "an unlinked actor is in no community");
    }

    @Test
    void largerGroupsComeFirstAndTheResultDoesNotDependOnVertexOrder() {
        // A triangle C1 C2 C3 and a clique of four D1–D4, unconnected: the clique comes first.
        List<String> edges = new ArrayList<>(List.of("C1>C2", "C2>C3", "C3>C1",
                "D1>D2", "D1>D3", "D1>D4", "D2>D3", "D2>D4", "D3>D4"));
        Communities forwards = detection.detect(Graphs.of(edges.toArray(String[]::new)));
        assertEquals(List.of(List.of("D1", "D2", "D3", "D4"), List.of("C1", "C2", "C3")), ids(forwards));
        Collections.reverse(edges);
        assertEquals(ids(forwards), ids(detection.detect(Graphs.of(edges.toArray(String[]::new)))));
        List<String> cliques = new ArrayList<>(List.of(TWO_CLIQUES));
        Collections.reverse(cliques);
        assertEquals(ids(detection.detect(Graphs.of(TWO_CLIQUES))),
                ids(detection.detect(Graphs.of(cliques.toArray(String[]::new)))));
    }

    @Test
    void aSinglePairIsOneCommunityAndAnEmptyGraphHasNone() {
        // Two actors, one link: merging gives 2·1·1 − 1·1 = 1 > 0.
        assertEquals(List.of(List.of("a", "b")), ids(detection.detect(Graphs.of("a>b", "b>a"))));
        assertEquals(0, detection.detect(Graphs.of()).count());
        assertEquals(Set.of(), Set.copyOf(detection.detect(Graphs.of(new String[0], "z")).groups()));
    }

    @Test
    void findsExactlyTheCommunitiesOfAScanOfEveryPairOnRandomGraphs() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 60; round++) {
            int actors = 2 + random.nextInt(60);
            // From a few scattered links to dense clusters, so mergers tie, chain and stop early.
            double density = random.nextDouble() * random.nextDouble() * 0.4;
            int clusters = 1 + random.nextInt(5);
            java.util.List<String> edges = new java.util.ArrayList<>();
            for (int a = 0; a < actors; a++) {
                for (int b = 0; b < actors; b++) {
                    double p = a % clusters == b % clusters ? density * 3 : density;
                    if (a != b && random.nextDouble() < p) {
                        edges.add("v" + a + ">v" + b);
                    }
                }
            }
            if (edges.isEmpty()) {
                continue;
            }
            AggregatedGraph graph = Graphs.of(edges.toArray(String[]::new), "lone");
            assertEquals(new NaiveCommunityDetection().detect(graph).groups(),
                    new CommunityDetection().detect(graph).groups(), "round " + round + ": " + edges.size() + " links");
        }
    }

    @Test
    void breaksTiesAsAScanOfEveryPairDoesOnSymmetricGraphs() {
        // Rings, grids and rings of triangles: mergers have equal rivals.
        java.util.List<java.util.List<String>> shapes = new java.util.ArrayList<>();
        for (int n = 4; n <= 24; n++) {
            java.util.List<String> ring = new java.util.ArrayList<>();
            java.util.List<String> triangles = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                ring.add(String.format("v%02d>v%02d", i, (i + 1) % n));
                triangles.add(String.format("t%02da>t%02db", i, i));
                triangles.add(String.format("t%02db>t%02dc", i, i));
                triangles.add(String.format("t%02dc>t%02da", i, i));
                triangles.add(String.format("t%02da>t%02db", i, (i + 1) % n));
            }
            shapes.add(ring);
            shapes.add(triangles);
        }
        for (int side = 2; side <= 7; side++) {
            java.util.List<String> grid = new java.util.ArrayList<>();
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    if (c + 1 < side) {
                        grid.add(String.format("g%d%d>g%d%d", r, c, r, c + 1));
                    }
                    if (r + 1 < side) {
                        grid.add(String.format("g%d%d>g%d%d", r, c, r + 1, c));
                    }
                }
            }
            shapes.add(grid);
        }
        // Found by a search of small random graphs: a merger gives a community a new pair whose gain
        // equals that of its best pair, with a community of a lower index.
        shapes.add(java.util.List.of("v0>v3", "v0>v4", "v0>v5", "v0>v6", "v1>v3", "v1>v4", "v1>v5", "v2>v4", "v2>v5",
                "v3>v6", "v4>v5", "v4>v6"));
        for (java.util.List<String> edges : shapes) {
            AggregatedGraph graph = Graphs.of(edges.toArray(String[]::new));
            assertEquals(new NaiveCommunityDetection().detect(graph).groups(),
                    new CommunityDetection().detect(graph).groups(), edges.toString());
        }
    }
}

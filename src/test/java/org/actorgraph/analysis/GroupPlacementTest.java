package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Point;
import org.junit.jupiter.api.Test;

/**
 * Where overview groups are drawn. The graph is the five states of {@link ActorGroupingTest}:
 * A→B, A→C, A→D, B→C, D→E, C→E, E→A; degrees A 4, C 3, E 3, B 2, D 2.
 */
class GroupPlacementTest {

    private static final double W = 2000;
    private static final double H = 1500;

    private static AggregatedGraph fiveStates() {
        SmallCorpus corpus = new SmallCorpus().state("A", "Alpha").state("B", "Bravo").state("C", "Charlie")
                .state("D", "Delta").state("E", "Echo").type("t").type("u");
        corpus.link("A", "t", "B").link("A", "t", "C").link("A", "t", "D").link("B", "t", "C")
                .link("D", "t", "E").link("C", "u", "E").link("E", "t", "A");
        return new GraphAggregator().aggregate(corpus.build(), PersonGrouping.ROLLED_UP);
    }

    private static Map<Actor, Point> places(AggregatedGraph graph, double... xy) {
        Map<Actor, Point> places = new HashMap<>();
        List<String> ids = List.of("A", "B", "C", "D", "E");
        for (int i = 0; i < ids.size(); i++) {
            places.put(graph.actor(ids.get(i)).orElseThrow(), new Point(xy[2 * i], xy[2 * i + 1]));
        }
        return places;
    }

    private static boolean overlap(Point a, Point b, double width, double height) {
        return Math.abs(a.x() - b.x()) < width && Math.abs(a.y() - b.y()) < height;
    }

    private static Point at(AggregatedGraph shown, Map<Actor, Point> placed, String id) {
        return placed.get(shown.actor(id).orElseThrow());
    }

    @Test
    void theOtherActorsStayAtTheirMiddleWhenItCoversNobody() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph top = new ActorGrouping().apply(full, GroupingSpec.topK(2, Metric.DEGREE)); // A, C, others
        // B, D and E far below A and C: their middle is (1000, 1200).
        Map<Actor, Point> placed = GroupPlacement.place(top, places(full,
                800, 200, 900, 1200, 1200, 200, 1000, 1200, 1100, 1200), W, H);

        assertEquals(new Point(1000, 1200), at(top, placed, ActorGrouping.OTHERS_ID));
        assertEquals(new Point(800, 200), at(top, placed, "A"), "an actor on its own keeps its place");
    }

    @Test
    void theOtherActorsMoveOffACentralActorTheyWouldCover() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph top = new ActorGrouping().apply(full, GroupingSpec.topK(2, Metric.DEGREE));
        // B, D and E around A: their middle, (1000, 710), is 10 below A's own place.
        Map<Actor, Point> placed = GroupPlacement.place(top, places(full,
                1000, 700, 900, 700, 1600, 700, 1100, 650, 1000, 780), W, H);

        Point a = at(top, placed, "A");
        Point others = at(top, placed, ActorGrouping.OTHERS_ID);
        assertEquals(new Point(1000, 700), a, "A keeps its place");
        assertFalse(overlap(others, a, (GroupPlacement.GROUP_WIDTH + GroupPlacement.ACTOR_WIDTH) / 2,
                (GroupPlacement.GROUP_HEIGHT + GroupPlacement.ACTOR_HEIGHT) / 2), "the group is off A: " + others);
        assertFalse(overlap(others, at(top, placed, "C"), (GroupPlacement.GROUP_WIDTH + GroupPlacement.ACTOR_WIDTH) / 2,
                (GroupPlacement.GROUP_HEIGHT + GroupPlacement.ACTOR_HEIGHT) / 2), "and off C: " + others);
        // The shorter way off A is down, the way it already was: to 115 units below A (half of
        // 140 + 90), rather than 205 across.
        assertEquals(1000, others.x(), 1e-6);
        assertEquals(815, others.y(), 1e-3);
    }

    @Test
    void twoCommunitiesWhoseMiddlesFallTogetherAreDrawnApart() {
        AggregatedGraph full = fiveStates();
        Actor a = full.actor("A").orElseThrow();
        Actor b = full.actor("B").orElseThrow();
        Actor c = full.actor("C").orElseThrow();
        Actor d = full.actor("D").orElseThrow();
        Actor e = full.actor("E").orElseThrow();
        Communities known = new Communities(List.of(Set.of(a, b, c), Set.of(d, e)));
        AggregatedGraph communities = new ActorGrouping().apply(full, GroupingSpec.communities(Metric.DEGREE), known);
        assertEquals(2, communities.groups().size());
        // {A, B, C} has its middle at (1000, 700), and so has {D, E}.
        Map<Actor, Point> placed = GroupPlacement.place(communities, places(full,
                900, 600, 1100, 600, 1000, 900, 950, 700, 1050, 700), W, H);

        Point first = placed.get(communities.groups().get(0).actor());
        Point second = placed.get(communities.groups().get(1).actor());
        assertFalse(overlap(first, second, GroupPlacement.GROUP_WIDTH, GroupPlacement.GROUP_HEIGHT),
                first + " and " + second);
        assertEquals(700, (first.y() + second.y()) / 2, 1e-6, "moved apart evenly, about their shared middle");
        assertEquals(1000, (first.x() + second.x()) / 2, 1e-6);
        assertTrue(first.distanceTo(second) < GroupPlacement.GROUP_WIDTH + 1, "no further than needed");
    }
}

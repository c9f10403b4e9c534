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
    private static final double GROUP_ACTOR_X = (GroupPlacement.GROUP_WIDTH + GroupPlacement.ACTOR_WIDTH) / 2; // 205
    private static final double GROUP_ACTOR_Y = (GroupPlacement.GROUP_HEIGHT + GroupPlacement.ACTOR_HEIGHT) / 2; // 115

    private static AggregatedGraph fiveStates() {
        return fiveStates("Alpha", "Bravo", "Charlie", "Delta", "Echo");
    }

    private static AggregatedGraph fiveStates(String... names) {
        SmallCorpus corpus = new SmallCorpus().state("A", names[0]).state("B", names[1]).state("C", names[2])
                .state("D", names[3]).state("E", names[4]).type("t").type("u");
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

    // A and C on their own, B, D and E as the other actors.
    private static AggregatedGraph topTwo(AggregatedGraph full) {
        return new ActorGrouping().apply(full, GroupingSpec.topK(2, Metric.DEGREE));
    }

    private static Point at(AggregatedGraph shown, Map<Actor, Point> placed, String id) {
        return placed.get(shown.actor(id).orElseThrow());
    }

    @Test
    void theOtherActorsStayAtTheirMiddleWhenItCoversNobody() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph top = topTwo(full);
        // B, D and E far below A and C: their middle is (1000, 1200).
        Map<Actor, Point> placed = GroupPlacement.place(top, places(full,
                800, 200, 900, 1200, 1200, 200, 1000, 1200, 1100, 1200), W, H);

        assertEquals(new Point(1000, 1200), at(top, placed, ActorGrouping.OTHERS_ID));
        assertEquals(new Point(800, 200), at(top, placed, "A"), "an actor on its own keeps its place");
    }

    @Test
    void theOtherActorsMoveOffACentralActorTheyWouldCoverToTheNearestFreeSpot() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph top = topTwo(full);
        // B, D and E around A: their middle, (1000, 710), is 10 below A's own place.
        Map<Actor, Point> placed = GroupPlacement.place(top, places(full,
                1000, 700, 900, 700, 1600, 700, 1100, 650, 1000, 780), W, H);

        Point a = at(top, placed, "A");
        Point others = at(top, placed, ActorGrouping.OTHERS_ID);
        assertEquals(new Point(1000, 700), a, "A keeps its place");
        assertFalse(overlap(others, a, GROUP_ACTOR_X, GROUP_ACTOR_Y), "the group is off A: " + others);
        assertFalse(overlap(others, at(top, placed, "C"), GROUP_ACTOR_X, GROUP_ACTOR_Y), "and off C: " + others);
        // The nearest free spots are 105 below the middle (or 125 above): a ring of spots 30 apart
        // reaches one within a ring more.
        double moved = others.distanceTo(new Point(1000, 710));
        assertTrue(moved >= 105 && moved <= 105 + 30, "moved " + moved);
    }

    @Test
    void aGroupWhoseMiddleFallsBetweenTwoCloseActorsEndsClearOfBoth() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph top = topTwo(full);
        // A and C 100 apart, the other actors' middle halfway between them.
        Map<Actor, Point> placed = GroupPlacement.place(top, places(full,
                1000, 700, 1000, 650, 1100, 700, 1050, 700, 1100, 750), W, H);

        Point others = at(top, placed, ActorGrouping.OTHERS_ID);
        assertFalse(overlap(others, at(top, placed, "A"), GROUP_ACTOR_X, GROUP_ACTOR_Y), others.toString());
        assertFalse(overlap(others, at(top, placed, "C"), GROUP_ACTOR_X, GROUP_ACTOR_Y), others.toString());
    }

    private static AggregatedGraph twoCommunities(AggregatedGraph full) {
        Actor a = full.actor("A").orElseThrow();
        Actor b = full.actor("B").orElseThrow();
        Actor c = full.actor("C").orElseThrow();
        Actor d = full.actor("D").orElseThrow();
        Actor e = full.actor("E").orElseThrow();
        Communities known = new Communities(List.of(Set.of(a, b, c), Set.of(d, e)));
        AggregatedGraph communities = new ActorGrouping().apply(full, GroupingSpec.communities(Metric.DEGREE), known);
        assertEquals(2, communities.groups().size());
        return communities;
    }

    @Test
    void twoCommunitiesWhoseMiddlesFallTogetherAreDrawnApart() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph communities = twoCommunities(full);
        // {A, B, C} has its middle at (1000, 700), and so has {D, E}.
        Map<Actor, Point> placed = GroupPlacement.place(communities, places(full,
                900, 600, 1100, 600, 1000, 900, 950, 700, 1050, 700), W, H);

        Point first = placed.get(communities.groups().get(0).actor());
        Point second = placed.get(communities.groups().get(1).actor());
        assertEquals(new Point(1000, 700), first, "the first keeps its middle");
        assertFalse(overlap(first, second, GroupPlacement.GROUP_WIDTH, GroupPlacement.GROUP_HEIGHT),
                first + " and " + second);
        // Nearest free: 140 below or above; a ring more at most.
        double moved = second.distanceTo(first);
        assertTrue(moved >= 140 && moved <= 140 + 30, "moved " + moved);
    }

    @Test
    void communitiesWithLongNamesSideBySideAreDrawnFarEnoughApartForTheirNames() {
        // A and E lead their communities (by degree): both names are long.
        AggregatedGraph full = fiveStates("Alpha of the Northern Provinces", "Bravo", "Charlie", "Delta",
                "Echo of the Southern Provinces");
        AggregatedGraph communities = twoCommunities(full);
        // {A, B, C} has its middle at (1000, 700), {D, E} at (1300, 700): 300 apart, side by side.
        Map<Actor, Point> placed = GroupPlacement.place(communities, places(full,
                900, 600, 1100, 600, 1000, 900, 1250, 700, 1350, 700), W, H);

        Actor first = communities.groups().get(0).actor();
        Actor second = communities.groups().get(1).actor();
        // Names side by side need half of each name's first line ("Community of Alpha of the Northern
        // Provinces", 44 characters) between their middles: in 22 px bold italic type, at least
        // 11 px a character.
        double namesApart = (firstLine(first).length() + firstLine(second).length()) / 2.0 * 11;
        assertTrue(namesApart > GroupPlacement.GROUP_WIDTH, "names longer than a group's usual room");
        Point a = placed.get(first);
        Point b = placed.get(second);
        assertTrue(Math.abs(a.x() - b.x()) >= namesApart || Math.abs(a.y() - b.y()) >= GroupPlacement.GROUP_HEIGHT,
                first.name() + " at " + a + ", " + second.name() + " at " + b);
    }

    private static String firstLine(Actor group) {
        return group.name().substring(0, group.name().lastIndexOf(" ("));
    }

    @Test
    void aGroupDraggedOntoAnotherStaysThereAndDoesNotPushIt() {
        AggregatedGraph full = fiveStates();
        AggregatedGraph communities = twoCommunities(full);
        Map<Actor, Point> positions = places(full, 900, 600, 1100, 600, 1000, 900, 1450, 700, 1550, 700);
        // {A, B, C} at (1000, 700); {D, E} dragged there too.
        Actor dragged = communities.groups().get(1).actor();
        positions.put(dragged, new Point(1010, 705));

        Map<Actor, Point> placed = GroupPlacement.place(communities, positions, W, H);

        assertEquals(new Point(1010, 705), placed.get(dragged), "where it was dropped");
        assertEquals(new Point(1000, 700), placed.get(communities.groups().get(0).actor()), "the other stays");
    }
}

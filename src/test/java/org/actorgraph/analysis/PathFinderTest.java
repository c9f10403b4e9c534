package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.model.Actor;
import org.junit.jupiter.api.Test;

class PathFinderTest {

    private final PathFinder finder = new PathFinder();

    private static String names(ActorPath path) {
        return String.join("", path.actors().stream().map(Actor::id).toList());
    }

    private static List<String> names(List<ActorPath> paths) {
        return paths.stream().map(PathFinderTest::names).toList();
    }

    private Actor a(AggregatedGraph graph, String id) {
        return Graphs.actor(graph, id);
    }

    @Test
    void diamondHasTwoShortestPathsAndTheFirstByNameIsChosen() {
        AggregatedGraph diamond = Graphs.of("A>C", "A>B", "B>D", "C>D");
        ActorPath shortest = finder.shortest(diamond, a(diamond, "A"), a(diamond, "D"), true).orElseThrow();
        assertEquals("ABD", names(shortest), "B comes before C by name");
        assertEquals(2, shortest.length());
        assertEquals(List.of("ABD", "ACD"), names(finder.allSimplePaths(diamond, a(diamond, "A"), a(diamond, "D"), 4, true)));
    }

    @Test
    void directionMatters() {
        AggregatedGraph diamond = Graphs.of("A>B", "A>C", "B>D", "C>D");
        assertTrue(finder.shortest(diamond, a(diamond, "D"), a(diamond, "A"), true).isEmpty());
        assertEquals(List.of(), finder.allSimplePaths(diamond, a(diamond, "D"), a(diamond, "A"), 4, true));
        assertEquals("DBA", names(finder.shortest(diamond, a(diamond, "D"), a(diamond, "A"), false).orElseThrow()));
        assertEquals(List.of("DBA", "DCA"),
                names(finder.allSimplePaths(diamond, a(diamond, "D"), a(diamond, "A"), 4, false)));
    }

    @Test
    void longerPathsComeAfterShorterOnesAndMaxLengthCuts() {
        // The diamond with a shortcut B → C: A B C D is a third path, of length 3.
        AggregatedGraph graph = Graphs.of("A>B", "A>C", "B>D", "C>D", "B>C");
        assertEquals(List.of("ABD", "ACD", "ABCD"), names(finder.allSimplePaths(graph, a(graph, "A"), a(graph, "D"), 4, true)));
        assertEquals(List.of("ABD", "ACD"), names(finder.allSimplePaths(graph, a(graph, "A"), a(graph, "D"), 2, true)));
        assertEquals(List.of(), finder.allSimplePaths(graph, a(graph, "A"), a(graph, "D"), 1, true));
        // Ignoring direction, A C B D also exists (A → C, B → C backwards, B → D).
        assertEquals(List.of("ABD", "ACD", "ABCD", "ACBD"),
                names(finder.allSimplePaths(graph, a(graph, "A"), a(graph, "D"), 3, false)));
    }

    @Test
    void cyclesAreNotFollowedTwice() {
        // A → B → C → A
        AggregatedGraph cycle = Graphs.of("A>B", "B>C", "C>A");
        assertEquals(List.of("ABC"), names(finder.allSimplePaths(cycle, a(cycle, "A"), a(cycle, "C"), 4, true)));
        assertEquals(List.of("AC", "ABC"), names(finder.allSimplePaths(cycle, a(cycle, "A"), a(cycle, "C"), 4, false)));
        ActorPath direct = finder.shortest(cycle, a(cycle, "A"), a(cycle, "C"), false).orElseThrow();
        assertEquals("AC", names(direct));
        assertEquals(List.of("C|t|A"), direct.steps().get(0).relations().stream().map(AggregatedRelation::id).toList(),
                "the step lists the edge it follows backwards");
    }

    @Test
    void parallelEdgesAreOneStepListingEveryEdgeByEvidence() {
        AggregatedGraph graph = Graphs.of("A>B:t", "A>B:u", "A>B:u", "B>A:v");
        // A|u|B bundles two claims with a sentence each: 2 pieces of evidence; the others 1 each.
        ActorPath directed = finder.shortest(graph, a(graph, "A"), a(graph, "B"), true).orElseThrow();
        assertEquals(1, directed.length());
        PathStep step = directed.steps().get(0);
        assertEquals(List.of("A", "B"), List.of(step.from().id(), step.to().id()));
        assertEquals(List.of("A|u|B", "A|t|B"), step.relations().stream().map(AggregatedRelation::id).toList());
        PathStep either = finder.shortest(graph, a(graph, "A"), a(graph, "B"), false).orElseThrow().steps().get(0);
        assertEquals(List.of("A|u|B", "A|t|B", "B|v|A"), either.relations().stream().map(AggregatedRelation::id).toList(),
                "equal evidence: by type label");
        assertEquals(1, finder.allSimplePaths(graph, a(graph, "A"), a(graph, "B"), 4, false).size());
    }

    @Test
    void fromAnActorToItselfAndToActorsNotShown() {
        AggregatedGraph graph = Graphs.of(new String[] {"A>B"}, "Z");
        ActorPath self = finder.shortest(graph, a(graph, "A"), a(graph, "A"), true).orElseThrow();
        assertEquals(0, self.length());
        assertEquals("A", names(self));
        assertTrue(finder.shortest(graph, a(graph, "A"), a(graph, "Z"), false).isEmpty(), "Z is unlinked");
        AggregatedGraph other = Graphs.of("X>Y");
        assertTrue(finder.shortest(graph, a(graph, "A"), a(other, "Y"), false).isEmpty(), "Y is not in the graph");
        assertThrows(IllegalArgumentException.class, () -> finder.allSimplePaths(graph, a(graph, "A"), a(graph, "B"), -1, true));
    }
}

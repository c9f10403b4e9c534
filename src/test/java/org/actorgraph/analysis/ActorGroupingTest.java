package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;

/** Groups and edges below are worked out by hand from the graphs drawn in the comments. */
class ActorGroupingTest {

    private final ActorGrouping grouping = new ActorGrouping();

    /**
     * Five states, seven claims r1–r7, one sentence each except r3 (two sentences):
     * r1 A→B t, r2 A→C t, r3 A→D t, r4 B→C t, r5 D→E t, r6 C→E u, r7 E→A t.
     * Degrees: A 4, B 2, C 3, D 2, E 3. In-degrees: A 1, B 1, C 2, D 1, E 2.
     */
    private static AggregatedGraph fiveStates() {
        SmallCorpus corpus = new SmallCorpus().state("A", "Alpha").state("B", "Bravo").state("C", "Charlie")
                .state("D", "Delta").state("E", "Echo").type("t").type("u");
        corpus.link("A", "t", "B").link("A", "t", "C")
                .relation("A", "t", "D", Status.REPORTED, "A arms D.", "D thanks A for the arms.")
                .link("B", "t", "C").link("D", "t", "E").link("C", "u", "E").link("E", "t", "A");
        return new GraphAggregator().aggregate(corpus.build(), PersonGrouping.ROLLED_UP);
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }

    private static List<String> claimIds(AggregatedRelation relation) {
        return relation.relations().stream().map(Relation::id).toList();
    }

    @Test
    void topKKeepsTheMostCentralAndGroupsTheRest() {
        AggregatedGraph graph = fiveStates();
        AggregatedGraph top = grouping.apply(graph, GroupingSpec.topK(2, Metric.DEGREE));

        // A (4) first; C and E tie at 3, C wins by id. B, D, E are grouped, E first (degree 3), then B, D by id.
        assertEquals(List.of("A", ActorGrouping.OTHERS_ID, "C"), ids(top.actors()));
        Actor others = top.actor(ActorGrouping.OTHERS_ID).orElseThrow();
        assertEquals("Other actors (3)", others.name());
        ActorGroup group = top.group(others).orElseThrow();
        assertEquals(ActorGroup.Kind.OTHERS, group.kind());
        assertEquals(List.of("E", "B", "D"), ids(group.members()));
        assertEquals("E", group.leader().id());

        // r1 and r3 both become A → Others (t): 1 + 2 sentences; r5 D → E is inside the group.
        assertEquals(5, top.relations().size());
        AggregatedRelation aToOthers = top.find("A", ActorGrouping.OTHERS_ID, "t").orElseThrow();
        assertEquals(List.of("r1", "r3"), claimIds(aToOthers));
        assertEquals(3, aToOthers.evidenceCount());
        assertSame(graph.find("A", "C", "t").orElseThrow(), top.find("A", "C", "t").orElseThrow(),
                "an edge between two kept actors is unchanged");
        assertEquals(List.of("r4"), claimIds(top.find(ActorGrouping.OTHERS_ID, "C", "t").orElseThrow()));
        assertEquals(List.of("r6"), claimIds(top.find("C", ActorGrouping.OTHERS_ID, "u").orElseThrow()));
        assertEquals(List.of("r7"), claimIds(top.find(ActorGrouping.OTHERS_ID, "A", "t").orElseThrow()));
        assertEquals(1, group.internalRelations());
        assertEquals(1, group.internalClaims());
        assertEquals(1, top.hiddenSelfRelations());
        assertEquals(7, top.claims().size(), "no claim is filtered out, only drawn together");
    }

    @Test
    void theMembersAreTracedBackToTheirGroup() {
        AggregatedGraph graph = fiveStates();
        AggregatedGraph top = grouping.apply(graph, GroupingSpec.topK(2, Metric.DEGREE));
        Actor others = top.actor(ActorGrouping.OTHERS_ID).orElseThrow();
        Actor delta = graph.actor("D").orElseThrow();
        Actor alpha = graph.actor("A").orElseThrow();
        assertTrue(top.isGroup(others));
        assertFalse(top.isGroup(alpha));
        assertEquals(others, top.groupContaining(delta).orElseThrow().actor());
        assertEquals(others, top.drawnAs(delta));
        assertEquals(alpha, top.drawnAs(alpha));
        assertSame(graph, top.ungrouped());
        assertSame(graph, graph.ungrouped());
        assertEquals(List.of(), graph.groups());
    }

    @Test
    void theMetricDecidesTheTopK() {
        // By in-degree C and E (2 each) lead; A, B and D (1 each) are grouped, by id.
        AggregatedGraph top = grouping.apply(fiveStates(), GroupingSpec.topK(2, Metric.IN_DEGREE));
        assertEquals(List.of(ActorGrouping.OTHERS_ID, "C", "E"), ids(top.actors()));
        assertEquals(List.of("A", "B", "D"),
                ids(top.group(top.actor(ActorGrouping.OTHERS_ID).orElseThrow()).orElseThrow().members()));
        // r2 A→C and r4 B→C merge; r3 A→D and r1 A→B are inside.
        assertEquals(List.of("r2", "r4"),
                claimIds(top.find(ActorGrouping.OTHERS_ID, "C", "t").orElseThrow()));
        assertEquals(2, top.groups().get(0).internalRelations());
    }

    @Test
    void nothingIsGroupedWhenAtMostOneActorWouldBe() {
        AggregatedGraph graph = fiveStates();
        assertSame(graph, grouping.apply(graph, GroupingSpec.topK(4, Metric.DEGREE)), "a group of one is not made");
        assertSame(graph, grouping.apply(graph, GroupingSpec.topK(10, Metric.DEGREE)));
        assertSame(graph, grouping.apply(graph, GroupingSpec.ALL));
        assertEquals(List.of("A", ActorGrouping.OTHERS_ID, "C", "E"),
                ids(grouping.apply(graph, GroupingSpec.topK(3, Metric.DEGREE)).actors()));
    }

    /**
     * Two cliques A1–A4 and B1–B4 (six links each), joined by A1→B1, A2→B3, A3→B3 (type t) and
     * A4→B2 (type u); Z is unlinked. Degrees: A1–A4 4 each; B1 4, B2 4, B3 5, B4 3.
     */
    private static final String[] CLIQUES = {
        "A1>A2", "A1>A3", "A1>A4", "A2>A3", "A2>A4", "A3>A4",
        "B1>B2", "B1>B3", "B1>B4", "B2>B3", "B2>B4", "B3>B4",
        "A1>B1", "A2>B3", "A3>B3", "A4>B2:u"};

    @Test
    void communitiesBecomeOneVertexEachNamedAfterTheirMostCentralMember() {
        AggregatedGraph graph = Graphs.of(CLIQUES, "Z");
        AggregatedGraph grouped = grouping.apply(graph, GroupingSpec.communities(Metric.DEGREE));

        // The A's tie at degree 4, so A1 leads by id; B3 (5) leads the B's.
        assertEquals(List.of("group:community:A1", "group:community:B3", "Z"), ids(grouped.actors()));
        Actor a = grouped.actor("group:community:A1").orElseThrow();
        Actor b = grouped.actor("group:community:B3").orElseThrow();
        assertEquals("Community of A1 (4 actors)", a.name());
        assertEquals("Community of B3 (4 actors)", b.name());
        assertEquals(List.of("A1", "A2", "A3", "A4"), ids(grouped.group(a).orElseThrow().members()));
        assertEquals(List.of("B3", "B1", "B2", "B4"), ids(grouped.group(b).orElseThrow().members()));
        assertEquals(ActorGroup.Kind.COMMUNITY, grouped.group(b).orElseThrow().kind());

        // The three t-claims between the cliques are one edge with three sentences, the u-claim another.
        assertEquals(2, grouped.relations().size());
        AggregatedRelation t = grouped.find(a.id(), b.id(), "t").orElseThrow();
        assertEquals(List.of("r13", "r14", "r15"), claimIds(t));
        assertEquals(3, t.evidenceCount());
        assertEquals(List.of("r16"), claimIds(grouped.find(a.id(), b.id(), "u").orElseThrow()));
        assertEquals(6, grouped.group(a).orElseThrow().internalRelations());
        assertEquals(6, grouped.group(b).orElseThrow().internalClaims());
        assertEquals(12, grouped.hiddenSelfRelations());
    }

    @Test
    void anExpandedCommunityShowsItsMembers() {
        AggregatedGraph graph = Graphs.of(CLIQUES, "Z");
        AggregatedGraph grouped = grouping.apply(graph,
                GroupingSpec.communities(Metric.DEGREE).expanding("group:community:A1"));

        assertEquals(List.of("A1", "A2", "A3", "A4", "group:community:B3", "Z"), ids(grouped.actors()));
        // Six clique edges, unchanged, and one edge from each of A1, A2, A3, A4 into the B community.
        assertEquals(10, grouped.relations().size());
        assertSame(graph.find("A1", "A2", "t").orElseThrow(), grouped.find("A1", "A2", "t").orElseThrow());
        assertEquals(List.of("r14"), claimIds(grouped.find("A2", "group:community:B3", "t").orElseThrow()));
        assertEquals(List.of("r16"), claimIds(grouped.find("A4", "group:community:B3", "u").orElseThrow()));
        assertEquals(1, grouped.groups().size());
        assertEquals(6, grouped.hiddenSelfRelations());

        AggregatedGraph collapsed = grouping.apply(grouped,
                GroupingSpec.communities(Metric.DEGREE).expanding("group:community:A1").collapsed());
        assertEquals(List.of("group:community:A1", "group:community:B3", "Z"), ids(collapsed.actors()),
                "a grouped graph is regrouped from the graph it was made from");
    }

    @Test
    void aSentenceBehindTwoMergedEdgesCountsOnce() {
        // r1 B→C and r2 D→C quote the same sentence; r3 A→C has its own. Top 2 by degree: C (3), then A
        // (1) by id; B and D are grouped and their edges to C merge: one distinct sentence.
        SmallCorpus corpus = new SmallCorpus().state("A", "A").state("B", "B").state("C", "C").state("D", "D")
                .type("t");
        corpus.relation("B", "t", "C", Status.REPORTED, "B and D both armed C.")
                .relation("D", "t", "C", Status.REPORTED, "B and D both armed C.")
                .link("A", "t", "C");
        AggregatedGraph graph = new GraphAggregator().aggregate(corpus.build(), PersonGrouping.ROLLED_UP);
        AggregatedGraph top = grouping.apply(graph, GroupingSpec.topK(2, Metric.DEGREE));
        AggregatedRelation merged = top.find(ActorGrouping.OTHERS_ID, "C", "t").orElseThrow();
        assertEquals(List.of("r1", "r2"), claimIds(merged));
        assertEquals(1, merged.evidenceCount());
        assertEquals(2, merged.quotes().get(0).claims().size());
    }

    @Test
    void actorsWithoutRelationsAreOneGroupInACommunityOverview() {
        // Y and Z have no relation, so no community: together they are one group, by id. One alone stays.
        AggregatedGraph grouped = grouping.apply(Graphs.of(CLIQUES, "Z", "Y"), GroupingSpec.communities(Metric.DEGREE));
        assertEquals(List.of("group:community:A1", "group:community:B3", ActorGrouping.UNLINKED_ID),
                ids(grouped.actors()));
        ActorGroup unlinked = grouped.groups().get(2);
        assertEquals(ActorGroup.Kind.UNLINKED, unlinked.kind());
        assertEquals("Actors without relations (2)", unlinked.actor().name());
        assertEquals(List.of("Y", "Z"), ids(unlinked.members()));
        assertEquals(0, unlinked.internalRelations());
    }

    @Test
    void communitiesFoundBeforeGiveTheSameOverview() {
        AggregatedGraph graph = Graphs.of(CLIQUES, "Z");
        GroupingSpec spec = GroupingSpec.communities(Metric.DEGREE).expanding("group:community:B3");
        AggregatedGraph reused = grouping.apply(graph, spec, grouping.communitiesOf(graph));
        assertEquals(List.of("group:community:A1", "B1", "B2", "B3", "B4", "Z"), ids(reused.actors()));
        assertEquals(ids(grouping.apply(graph, spec).actors()), ids(reused.actors()));
    }

    @Test
    void theSameGraphAlwaysGivesTheSameOverview() {
        GroupingSpec spec = GroupingSpec.communities(Metric.PAGERANK);
        AggregatedGraph once = grouping.apply(Graphs.of(CLIQUES, "Z"), spec);
        AggregatedGraph again = grouping.apply(Graphs.of(CLIQUES, "Z"), spec);
        assertEquals(ids(once.actors()), ids(again.actors()));
        assertEquals(once.actors().stream().map(Actor::name).toList(),
                again.actors().stream().map(Actor::name).toList());
        assertEquals(once.relations().stream().map(AggregatedRelation::id).toList(),
                again.relations().stream().map(AggregatedRelation::id).toList());
        assertEquals(2, once.groups().size());
    }
}

package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;

/**
 * Every criterion of {@link FilterCriteria} on one small corpus. The corpus, and the claim periods the
 * date tests rely on:
 * <pre>
 * article a1, outlet "Daily", 2023-09
 *   r1  A arms B     reported     by officials            period 2023-09 (article)
 *   r2  B talks C    planned      own voice, 2023-10      period 2023-10
 *   r3  p warning B  speculative  by experts              period 2023-09 (article)
 * article a2, outlet "Weekly", 2022-05
 *   r4  C arms A     reported, negated (certainty denied) period 2022-05 (article)
 *   r5  A talks B    expected, two sentences, 2024        period 2024
 *   r6  A arms B     proposed                             period 2022-05 (article)
 * article a3, no outlet, undated
 *   r7  B warning C  reported     own voice               undated
 *   r8  p talks A    reported                             undated
 * </pre>
 * Pat (p) belongs to Alpha (A); Delta (D) takes part in nothing. Rolled up, the edges are
 * A|arms|B (r1, r6: 2 sentences), B|talks|C, A|warning|B, C|arms|A, A|talks|B (2 sentences) and
 * B|warning|C; r8 becomes a self-relation of A. Claims without "by" are attributed to "test".
 */
class GraphFilterTest {

    private static final Corpus CORPUS = new SmallCorpus()
            .state("A", "Alpha").state("B", "Beta").state("C", "Gamma").state("D", "Delta")
            .person("p", "Pat", "A")
            .type("arms").type("talks").type("warning")
            .article("a1", "Daily", "2023-09")
            .link("A", "arms", "B").by("officials")
            .relation("B", "talks", "C", Status.PLANNED, "B and C plan talks.").ownVoice().dated("2023-10")
            .relation("p", "warning", "B", Status.SPECULATIVE, "Pat may have warned B.").by("experts")
            .article("a2", "Weekly", "2022-05")
            .link("C", "arms", "A").negated()
            .relation("A", "talks", "B", Status.EXPECTED, "A expects talks.", "Talks are due in 2024.")
            .dated("2024")
            .relation("A", "arms", "B", Status.PROPOSED, "A proposed arms for B.")
            .article("a3", null, null)
            .link("B", "warning", "C").ownVoice()
            .link("p", "talks", "A")
            .build();

    private static final Set<String> ALL_EDGES = Set.of("A|arms|B", "B|talks|C", "A|warning|B", "C|arms|A",
            "A|talks|B", "B|warning|C");

    private final GraphFilter filter = new GraphFilter();

    private AggregatedGraph apply(FilterCriteria criteria) {
        return filter.apply(CORPUS, PersonGrouping.ROLLED_UP, criteria);
    }

    private static Set<String> edges(AggregatedGraph graph) {
        return Set.copyOf(graph.relations().stream().map(AggregatedRelation::id).toList());
    }

    private static List<String> actors(AggregatedGraph graph) {
        return graph.actors().stream().map(Actor::id).toList();
    }

    private static List<String> claims(AggregatedGraph graph) {
        return graph.claims().stream().map(Relation::id).toList();
    }

    private static FilterCriteria none() {
        return FilterCriteria.NONE;
    }

    @Test
    void noCriteriaGiveExactlyTheAggregatedGraph() {
        AggregatedGraph aggregated = new GraphAggregator().aggregate(CORPUS, PersonGrouping.ROLLED_UP);
        AggregatedGraph all = apply(none());
        assertEquals(aggregated.actors(), all.actors());
        assertEquals(aggregated.relations(), all.relations());
        assertEquals(ALL_EDGES, edges(all));
        assertEquals(List.of("A", "B", "C", "D"), actors(all), "Delta stays although it has no relation");
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8"), claims(all));
        assertEquals(1, all.hiddenSelfRelations(), "Pat talks to his own state");
        assertSame(CORPUS, all.corpus());
    }

    @Test
    void hiddenTypesLeaveOutTheirClaimsButNotTheActors() {
        AggregatedGraph graph = apply(none().withHiddenTypeIds(Set.of("arms")));
        assertEquals(Set.of("B|talks|C", "A|warning|B", "A|talks|B", "B|warning|C"), edges(graph));
        assertEquals(List.of("A", "B", "C", "D"), actors(graph));
        assertSame(CORPUS, graph.corpus(), "a filtered graph keeps the corpus it came from");
    }

    @Test
    void hiddenCertaintiesUseTheClaimsCertaintySoNegatedClaimsAreDenied() {
        Set<String> withoutDenied = Set.of("A|arms|B", "B|talks|C", "A|warning|B", "A|talks|B", "B|warning|C");
        assertEquals(withoutDenied, edges(apply(none().withHiddenCertainties(Set.of(Certainty.DENIED)))));
        // planned (r2), expected (r5) and proposed (r6) are intentions
        AggregatedGraph noIntentions = apply(none().withHiddenCertainties(Set.of(Certainty.INTENDED)));
        assertEquals(Set.of("A|arms|B", "A|warning|B", "C|arms|A", "B|warning|C"), edges(noIntentions));
        assertEquals(1, noIntentions.find("A", "B", "arms").orElseThrow().evidenceCount(), "only r1 is left");
        // r4 is reported but negated: its certainty is denied, so hiding "reported" keeps it
        AggregatedGraph noReported = apply(none().withHiddenCertainties(Set.of(Certainty.REPORTED)));
        assertEquals(Set.of("A|arms|B", "B|talks|C", "A|warning|B", "C|arms|A", "A|talks|B"), edges(noReported));
    }

    @Test
    void hiddenStatusesUseTheStatusAsAnnotated() {
        // r1, r4 (negated but reported), r7 and r8 are reported
        AggregatedGraph graph = apply(none().withHiddenStatuses(Set.of(Status.REPORTED)));
        assertEquals(Set.of("A|arms|B", "B|talks|C", "A|warning|B", "A|talks|B"), edges(graph));
        assertEquals(List.of("r2", "r3", "r5", "r6"), claims(graph));
        assertEquals(0, graph.hiddenSelfRelations());
    }

    @Test
    void aHiddenActorIsLeftOutWithItsRelations() {
        AggregatedGraph graph = apply(none().withHiddenActorIds(Set.of("C")));
        assertEquals(List.of("A", "B", "D"), actors(graph));
        assertEquals(Set.of("A|arms|B", "A|warning|B", "A|talks|B"), edges(graph));
        assertEquals(List.of("r1", "r3", "r5", "r6", "r8"), claims(graph));
    }

    @Test
    void hidingARolledUpPersonKeepsHisStateButLeavesOutHisClaims() {
        AggregatedGraph graph = apply(none().withHiddenActorIds(Set.of("p")));
        assertEquals(List.of("A", "B", "C", "D"), actors(graph));
        assertEquals(Set.of("A|arms|B", "B|talks|C", "C|arms|A", "A|talks|B", "B|warning|C"), edges(graph),
                "Pat's warning (r3) is no longer drawn at Alpha");
        assertEquals(0, graph.hiddenSelfRelations(), "r8 is Pat's");
    }

    @Test
    void hidingAStateAlsoHidesTheClaimsOfItsPeople() {
        AggregatedGraph graph = apply(none().withHiddenActorIds(Set.of("A")));
        assertEquals(List.of("B", "C", "D"), actors(graph));
        assertEquals(Set.of("B|talks|C", "B|warning|C"), edges(graph));
        assertEquals(List.of("r2", "r7"), claims(graph));
    }

    @Test
    void hidingAPersonShownSeparatelyHidesHisVertex() {
        AggregatedGraph graph = filter.apply(CORPUS, PersonGrouping.SEPARATE, none().withHiddenActorIds(Set.of("p")));
        assertEquals(List.of("A", "B", "C", "D"), actors(graph));
        assertEquals(Set.of("A|arms|B", "B|talks|C", "C|arms|A", "A|talks|B", "B|warning|C"), edges(graph));
    }

    @Test
    void hideIsolatedLeavesOutActorsWithoutVisibleRelations() {
        assertEquals(List.of("A", "B", "C"), actors(apply(none().withHideIsolated(true))));
        FilterCriteria armsReportedOrIntended = none().withHiddenTypeIds(Set.of("talks", "warning"))
                .withHiddenCertainties(Set.of(Certainty.DENIED));
        assertEquals(List.of("A", "B", "C", "D"), actors(apply(armsReportedOrIntended)),
                "without hideIsolated, actors stay when their relations are filtered out");
        AggregatedGraph isolatedHidden = apply(armsReportedOrIntended.withHideIsolated(true));
        assertEquals(List.of("A", "B"), actors(isolatedHidden));
        assertEquals(Set.of("A|arms|B"), edges(isolatedHidden));
    }

    @Test
    void onlyArticlesAndOnlyOutlets() {
        Set<String> a2 = Set.of("C|arms|A", "A|talks|B", "A|arms|B");
        assertEquals(a2, edges(apply(none().withOnlyArticleIds(Set.of("a2")))));
        assertEquals(a2, edges(apply(none().withOnlyOutlets(Set.of("Weekly")))));
        AggregatedGraph noOutlet = apply(none().withOnlyOutlets(Set.of("")));
        assertEquals(Set.of("B|warning|C"), edges(noOutlet), "\"\" is an article without outlet");
        assertEquals(List.of("r7", "r8"), claims(noOutlet));
        assertEquals(1, noOutlet.hiddenSelfRelations());
        assertEquals(Set.of("A|arms|B", "B|talks|C", "A|warning|B", "B|warning|C"),
                edges(apply(none().withOnlyOutlets(Set.of("Daily", "")))), "values of one criterion combine with or");
    }

    @Test
    void onlyAttributionsWithTheEmptyStringForTheOutletsOwnVoice() {
        AggregatedGraph graph = apply(none().withOnlyAttributions(Set.of("officials", "")));
        assertEquals(List.of("r1", "r2", "r7"), claims(graph));
        assertEquals(Set.of("A|arms|B", "B|talks|C", "B|warning|C"), edges(graph));
        assertEquals(1, graph.find("A", "B", "arms").orElseThrow().evidenceCount(), "r6 is attributed to test");
    }

    @Test
    void onlyTouchingActorsIsAppliedAfterRollUp() {
        AggregatedGraph rolledUp = apply(none().withOnlyTouchingActorIds(Set.of("p")));
        assertEquals(Set.of("A|arms|B", "A|warning|B", "C|arms|A", "A|talks|B"), edges(rolledUp),
                "Pat is drawn as Alpha, so every claim at Alpha counts");
        assertEquals(List.of("r1", "r3", "r4", "r5", "r6", "r8"), claims(rolledUp));
        AggregatedGraph separate = filter.apply(CORPUS, PersonGrouping.SEPARATE,
                none().withOnlyTouchingActorIds(Set.of("p")));
        assertEquals(Set.of("p|warning|B", "p|talks|A"), edges(separate));
    }

    @Test
    void datesOverlapThePeriodAndUndatedClaimsAreKeptOnRequest() {
        LocalDate october = LocalDate.of(2023, 10, 1);
        LocalDate december = LocalDate.of(2023, 12, 31);
        assertEquals(List.of("r2"), claims(apply(none().withPeriod(october, december, false))),
                "r1 and r3 end on 30 September, r5 starts in 2024");
        assertEquals(List.of("r2", "r7", "r8"), claims(apply(none().withPeriod(october, december, true))));
        assertEquals(List.of("r1", "r2", "r3", "r5"),
                claims(apply(none().withPeriod(LocalDate.of(2023, 9, 30), null, false))), "open end");
        assertEquals(List.of("r4", "r6"), claims(apply(none().withPeriod(null, LocalDate.of(2022, 5, 1), false))),
                "open start; May 2022 starts on the 1st");
    }

    @Test
    void minimumEvidenceCountsTheSentencesOfTheClaimsThatPass() {
        AggregatedGraph two = apply(none().withMinEvidence(2));
        assertEquals(Set.of("A|arms|B", "A|talks|B"), edges(two));
        assertEquals(List.of("A", "B", "C", "D"), actors(two));
        assertEquals(List.of("r1", "r5", "r6", "r8"), claims(two), "claims of dropped edges go too");
        assertEquals(Set.of("A|talks|B"), edges(apply(none().withMinEvidence(2)
                .withHiddenStatuses(Set.of(Status.PROPOSED)))), "without r6, A|arms|B has one sentence");
    }

    @Test
    void focusKeepsTheNeighbourhoodInTheGivenDirection() {
        // A → B → C → A is a cycle; Delta is unlinked.
        assertEquals(List.of("B", "C"), actors(apply(none().withFocus(new Focus("B", 1, FocusDirection.OUTGOING)))));
        assertEquals(List.of("A", "B"), actors(apply(none().withFocus(new Focus("B", 1, FocusDirection.INCOMING)))));
        assertEquals(List.of("A", "B", "C"), actors(apply(none().withFocus(new Focus("B", 1, FocusDirection.BOTH)))));
        assertEquals(List.of("A", "B", "C"),
                actors(apply(none().withFocus(new Focus("B", 2, FocusDirection.OUTGOING)))));
        AggregatedGraph out = apply(none().withFocus(new Focus("B", 1, FocusDirection.OUTGOING)));
        assertEquals(Set.of("B|talks|C", "B|warning|C"), edges(out));
        assertEquals(List.of("r2", "r7"), claims(out));
    }

    @Test
    void focusFollowsTheOtherwiseFilteredGraph() {
        FilterCriteria noArms = none().withHiddenTypeIds(Set.of("arms"));
        assertEquals(List.of("C"), actors(apply(noArms.withFocus(new Focus("C", 1, FocusDirection.OUTGOING)))),
                "C's only outgoing edge is arms");
        assertEquals(List.of("B", "C"), actors(apply(noArms.withFocus(new Focus("C", 1, FocusDirection.INCOMING)))));
    }

    @Test
    void focusOnARolledUpPersonMeansHisStateAndAnUnknownOrHiddenFocusLeavesNothing() {
        assertEquals(List.of("A", "B"), actors(apply(none().withFocus(new Focus("p", 1, FocusDirection.OUTGOING)))));
        assertTrue(apply(none().withFocus(new Focus("nobody", 1, FocusDirection.BOTH))).actors().isEmpty());
        assertTrue(apply(none().withHiddenActorIds(Set.of("B")).withFocus(new Focus("B", 1, FocusDirection.BOTH)))
                .actors().isEmpty());
    }

    @Test
    void actorsTheCriteriaNameStayWhenIsolatedActorsAreHidden() {
        assertEquals(List.of("D"), actors(apply(none().withFocus(new Focus("D", 3, FocusDirection.BOTH))
                .withHideIsolated(true))));
        assertEquals(List.of("D"), actors(apply(none().withOnlyTouchingActorIds(Set.of("D")).withHideIsolated(true))));
    }

    @Test
    void criteriaCombine() {
        AggregatedGraph graph = apply(none().withOnlyTouchingActorIds(Set.of("C")).withHiddenTypeIds(Set.of("arms"))
                .withHideIsolated(true));
        assertEquals(List.of("B", "C"), actors(graph));
        assertEquals(Set.of("B|talks|C", "B|warning|C"), edges(graph));

        // Daily's claims from September 2023 on, intentions hidden: r1 and r3; then only Alpha's outgoing edges.
        AggregatedGraph combined = apply(none().withOnlyOutlets(Set.of("Daily"))
                .withHiddenCertainties(Set.of(Certainty.INTENDED))
                .withPeriod(LocalDate.of(2023, 9, 1), null, false)
                .withFocus(new Focus("A", 1, FocusDirection.OUTGOING)));
        assertEquals(List.of("A", "B"), actors(combined));
        assertEquals(Set.of("A|arms|B", "A|warning|B"), edges(combined));
        assertEquals(List.of("r1", "r3"), claims(combined));
    }
}

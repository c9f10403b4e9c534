package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;

/** The filter on the seed corpus. Expected ids are read from assets/corpora/seed.actorgraph.json. */
class SeedFilterTest {

    private static final Corpus SEED =
            new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();

    private final GraphFilter filter = new GraphFilter();

    private List<String> ids(FilterCriteria criteria, PersonGrouping grouping) {
        return filter.apply(SEED, grouping, criteria).claims().stream().map(Relation::id).toList();
    }

    private static Set<String> typesExcept(String kept) {
        return SEED.relationTypes().stream().map(RelationType::id).filter(id -> !id.equals(kept))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void noCriteriaGiveTheAggregatedGraphIncludingIsolatedActors() {
        AggregatedGraph aggregated = new GraphAggregator().aggregate(SEED, PersonGrouping.ROLLED_UP);
        AggregatedGraph all = filter.apply(SEED, PersonGrouping.ROLLED_UP, FilterCriteria.NONE);
        assertEquals(aggregated.actors(), all.actors());
        assertEquals(aggregated.relations(), all.relations());
        assertEquals(aggregated.hiddenSelfRelations(), all.hiddenSelfRelations());
        assertSame(SEED, all.corpus(), "the corpus is the one given, so the window can tell a new filter from a new corpus");
        assertEquals(38, ids(FilterCriteria.NONE, PersonGrouping.ROLLED_UP).size());
    }

    @Test
    void criteriaCombineWithAnd() {
        FilterCriteria criteria = FilterCriteria.NONE.withHiddenTypeIds(typesExcept("arms_supply"))
                .withHiddenStatuses(Set.of(Status.PLANNED, Status.EXPECTED, Status.PROPOSED, Status.ALLEGED,
                        Status.SPECULATIVE, Status.DENIED));
        assertEquals(List.of("r26", "r29", "r30"), ids(criteria, PersonGrouping.ROLLED_UP));
    }

    @Test
    void anActorMeansItsRepresentativeWhenPeopleAreRolledUp() {
        FilterCriteria putin = FilterCriteria.NONE.withOnlyTouchingActorIds(Set.of("vladimir_putin"))
                .withHideIsolated(true);
        AggregatedGraph rolledUp = filter.apply(SEED, PersonGrouping.ROLLED_UP, putin);
        assertTrue(rolledUp.actor("RUS").isPresent(), "Putin is drawn as Russia");
        assertFalse(rolledUp.actor("CHN").isPresent(), "China has no relation with Russia");
        AggregatedGraph separate = filter.apply(SEED, PersonGrouping.SEPARATE, putin);
        assertEquals(Set.of("kim_jong_un", "vladimir_putin", "PRK"),
                Set.copyOf(separate.actors().stream().map(Actor::id).toList()));
    }

    @Test
    void periodsOverlapAndUndatedClaimsTakeTheArticleDate() {
        FilterCriteria september = FilterCriteria.NONE.withPeriod(LocalDate.of(2023, 9, 11),
                LocalDate.of(2023, 9, 11), false);
        List<String> ids = ids(september, PersonGrouping.ROLLED_UP);
        assertTrue(ids.contains("r09"), "2023-09-10/2023-09-13 overlaps the 11th");
        assertTrue(ids.contains("r01"), "2023-09 overlaps the 11th");
        assertTrue(ids.contains("r05"), "undated: the article's 2023-09");
        assertFalse(ids.contains("r20"), "2023-07");
    }
}

package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;

/** Expected ids are read from assets/corpora/seed.actorgraph.json. */
class RelationFilterTest {

    private static final Corpus SEED =
            new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();

    private static List<String> ids(RelationFilter filter, PersonGrouping grouping) {
        return filter.claims(SEED, grouping).stream().map(Relation::id).toList();
    }

    @Test
    void noCriteriaKeepsEverythingIncludingIsolatedActors() {
        AggregatedGraph all = RelationFilter.NONE.apply(SEED, PersonGrouping.ROLLED_UP);
        assertEquals(new GraphAggregator().aggregate(SEED, PersonGrouping.ROLLED_UP).relations(), all.relations());
        assertEquals(38, ids(RelationFilter.NONE, PersonGrouping.ROLLED_UP).size());
    }

    @Test
    void criteriaCombineWithAnd() {
        RelationFilter filter = new RelationFilter(Set.of("arms_supply"), Set.of(Status.REPORTED), Set.of(), null, null);
        assertEquals(List.of("r26", "r29", "r30"), ids(filter, PersonGrouping.ROLLED_UP));
    }

    @Test
    void anActorMeansItsRepresentativeWhenPeopleAreRolledUp() {
        RelationFilter putin = new RelationFilter(Set.of(), Set.of(), Set.of("vladimir_putin"), null, null);
        AggregatedGraph rolledUp = putin.apply(SEED, PersonGrouping.ROLLED_UP);
        assertTrue(rolledUp.actor("RUS").isPresent(), "Putin is drawn as Russia");
        assertFalse(rolledUp.actor("CHN").isPresent(), "China has no relation with Russia");
        AggregatedGraph separate = putin.apply(SEED, PersonGrouping.SEPARATE);
        assertEquals(Set.of("kim_jong_un", "vladimir_putin", "PRK"),
                Set.copyOf(separate.actors().stream().map(Actor::id).toList()));
    }

    @Test
    void periodsOverlapAndUndatedClaimsTakeTheArticleDate() {
        RelationFilter september = new RelationFilter(Set.of(), Set.of(), Set.of(),
                LocalDate.of(2023, 9, 11), LocalDate.of(2023, 9, 11));
        List<String> ids = ids(september, PersonGrouping.ROLLED_UP);
        assertTrue(ids.contains("r09"), "2023-09-10/2023-09-13 overlaps the 11th");
        assertTrue(ids.contains("r01"), "2023-09 overlaps the 11th");
        assertTrue(ids.contains("r05"), "undated: the article's 2023-09");
        assertFalse(ids.contains("r20"), "2023-07");
    }

    @Test
    void unknownIdsAreReported() {
        RelationFilter filter = new RelationFilter(Set.of("arms", "visit"), Set.of(), Set.of("XYZ"), null, null);
        assertEquals(List.of("relation type arms", "actor XYZ"), filter.unknownIds(SEED));
    }
}

package org.actorgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterCriteriaTest {

    @Test
    void emptyMeansEveryCriterionAsInNone() {
        assertTrue(FilterCriteria.NONE.isEmpty());
        FilterCriteria rebuilt = new FilterCriteria(null, null, null, null, false, null, null, null, null, null,
                null, true, 1, null);
        assertTrue(rebuilt.isEmpty());
        assertEquals(FilterCriteria.NONE, rebuilt);
    }

    @Test
    void anyOneCriterionMakesItNonEmpty() {
        FilterCriteria none = FilterCriteria.NONE;
        List<FilterCriteria> one = List.of(
                none.withHiddenTypeIds(Set.of("visit")),
                none.withHiddenCertainties(Set.of(Certainty.DENIED)),
                none.withHiddenStatuses(Set.of(Status.REPORTED)),
                none.withHiddenActorIds(Set.of("RUS")),
                none.withHideIsolated(true),
                none.withOnlyArticleIds(Set.of("a1")),
                none.withOnlyOutlets(Set.of("Reuters")),
                none.withOnlyAttributions(Set.of("")),
                none.withOnlyTouchingActorIds(Set.of("RUS")),
                none.withPeriod(LocalDate.of(2023, 1, 1), null, true),
                none.withPeriod(null, LocalDate.of(2023, 1, 1), true),
                none.withPeriod(null, null, false),
                none.withMinEvidence(2),
                none.withFocus(new Focus("RUS", 1, FocusDirection.BOTH)));
        for (FilterCriteria criteria : one) {
            assertFalse(criteria.isEmpty(), criteria::toString);
            assertEquals(criteria.equals(FilterCriteria.NONE), criteria.isEmpty());
        }
    }
}

package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * The timeline of the seed corpus. From docs/seed-annotation.md: r08 is dated 2022-02-24; r14–r16
 * 2022-09; r20–r24 2023-07; r12 2023-08; r01, r02, r04 2023-09; r09–r11 2023-09-10/2023-09-13; the
 * other 22 claims have no date and take the article's, 2023-09.
 */
class SeedTimelineTest {

    private static final Corpus SEED =
            new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();

    @Test
    void pointsAreTheFirstDaysOfTheClaimsPeriodsWithCounts() {
        Timeline timeline = Timeline.of(SEED);
        assertEquals(List.of(
                new TimelinePoint(LocalDate.of(2022, 2, 24), 1),
                new TimelinePoint(LocalDate.of(2022, 9, 1), 3),
                new TimelinePoint(LocalDate.of(2023, 7, 1), 5),
                new TimelinePoint(LocalDate.of(2023, 8, 1), 1),
                new TimelinePoint(LocalDate.of(2023, 9, 1), 25),
                new TimelinePoint(LocalDate.of(2023, 9, 10), 3)), timeline.points());
        assertEquals(0, timeline.undatedClaims(), "every claim falls back to the article date");
        assertEquals(38, timeline.datedClaims());
        assertEquals(LocalDate.of(2022, 2, 24), timeline.first().orElseThrow());
    }

    @Test
    void upToShowsWhatWasKnownByThatDay() {
        Timeline timeline = Timeline.of(SEED);
        FilterCriteria base = FilterCriteria.NONE.withHiddenTypeIds(Set.of("warning"));
        FilterCriteria upTo = timeline.upTo(base, LocalDate.of(2022, 12, 31), false);
        assertEquals(LocalDate.of(2022, 12, 31), upTo.to());
        assertEquals(null, upTo.from());
        assertEquals(false, upTo.keepUndated());
        assertEquals(Set.of("warning"), upTo.hiddenTypeIds());
        List<String> shown = new GraphFilter().apply(SEED, PersonGrouping.ROLLED_UP, upTo).claims().stream()
                .map(Relation::id).toList();
        assertEquals(List.of("r08", "r16"), shown, "the invasion and the 2022 shells; the warnings are hidden");

        FilterCriteria july = timeline.upTo(FilterCriteria.NONE.withPeriod(LocalDate.of(2023, 1, 1), null, true),
                LocalDate.of(2023, 7, 1), true);
        assertEquals(LocalDate.of(2023, 1, 1), july.from());
        assertEquals(true, july.keepUndated());
        assertEquals(List.of("r20", "r21", "r22", "r23", "r24"),
                new GraphFilter().apply(SEED, PersonGrouping.SEPARATE, july).claims().stream().map(Relation::id)
                        .toList());
        assertThrows(IllegalArgumentException.class, () -> timeline.upTo(july, LocalDate.of(2022, 1, 1), true));
    }

    @Test
    void claimsWithoutAnyDateAreCountedApart() {
        Corpus undated = new Corpus("u", SEED.actors(), SEED.relationTypes(),
                List.of(new org.actorgraph.model.Article("a1", "t", null, null, null,
                        SEED.requireArticle("a1").text(), List.of())),
                SEED.relations());
        Timeline timeline = Timeline.of(undated);
        assertEquals(22, timeline.undatedClaims());
        assertEquals(16, timeline.datedClaims());
        assertEquals(new TimelinePoint(LocalDate.of(2023, 9, 1), 3), timeline.points().get(4));
    }
}

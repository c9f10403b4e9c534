package org.actorgraph.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.filter.FilterViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private final CorpusSession session = TestCorpora.seedSession(new RecordingDialogService());
    private final TimelineViewModel timeline = new TimelineViewModel(session);

    private int claims() {
        return session.getGraph().claims().size();
    }

    @Test
    void startsAtTheLastDateWithNothingCut() {
        assertTrue(timeline.availableProperty().get());
        assertEquals(timeline.points().size() - 1, timeline.positionProperty().get());
        assertTrue(session.getCriteria().isEmpty());
        assertTrue(timeline.dateTextProperty().get().startsWith("Up to "));
    }

    @Test
    void anEarlierDateShowsWhatWasKnownThen() {
        int all = claims();
        timeline.positionProperty().set(0);
        LocalDate first = timeline.points().get(0).date();
        assertEquals(first, session.getCriteria().to(), "the timeline sets only the end of the period");
        assertNull(session.getCriteria().from());
        assertTrue(claims() < all, claims() + " of " + all);
        timeline.positionProperty().set(timeline.lastPositionProperty().get());
        assertNull(session.getCriteria().to());
        assertEquals(all, claims());
    }

    @Test
    void undatedClaimsAreCountedAndCanBeHidden() {
        assertFalse(timeline.undatedTextProperty().get().isBlank());
        timeline.positionProperty().set(0);
        timeline.showUndatedProperty().set(false);
        assertFalse(session.getCriteria().keepUndated());
        timeline.showUndatedProperty().set(true);
        assertTrue(session.getCriteria().keepUndated());
    }

    @Test
    void followsTheDateFilterAndKeepsItsOtherCriteria() {
        FilterViewModel filters = new FilterViewModel(session, new SelectionModel(), new UndoHistory());
        LocalDate first = timeline.points().get(0).date();
        filters.change("hide warnings", session.getCriteria().withHiddenTypeIds(java.util.Set.of("warning")));
        session.criteriaProperty().set(session.getCriteria().withPeriod(null, first, true));
        assertEquals(0, timeline.positionProperty().get(), "the slider follows the filter's end date");

        timeline.positionProperty().set(timeline.lastPositionProperty().get());
        FilterCriteria now = session.getCriteria();
        assertEquals(java.util.Set.of("warning"), now.hiddenTypeIds(), "other filters stay");
        assertNull(now.to());
    }

    @Test
    void playingAdvancesDateByDateAndStopsAtTheEnd() {
        timeline.positionProperty().set(0);
        timeline.play();
        assertTrue(timeline.playingProperty().get());
        int steps = 0;
        while (timeline.advance()) {
            steps++;
        }
        assertEquals(timeline.points().size() - 1, steps);
        assertFalse(timeline.playingProperty().get(), "stopped at the end");
        timeline.play();
        assertEquals(0, timeline.positionProperty().get(), "play at the end starts again");
        timeline.stop();
        assertFalse(timeline.playingProperty().get());
    }

    @Test
    void savingTheCorpusUnderAnotherNameKeepsTheTimelinePlaying() {
        timeline.positionProperty().set(0);
        timeline.togglePlay();
        assertTrue(timeline.playingProperty().get());

        session.savedAs(java.nio.file.Path.of("elsewhere.actorgraph.json"));

        assertTrue(timeline.playingProperty().get());
        assertEquals(0, timeline.positionProperty().get());
    }

    @Test
    void datesReadiedForAnotherCorpusAreNotShownForTheOneThatArrives() {
        // Readied for a generated corpus, then the seed opens again instead.
        var other = new org.actorgraph.analysis.GraphAggregator().aggregate(
                org.actorgraph.bench.CorpusGenerator.generate(30, 40, 200, 5L),
                org.actorgraph.analysis.PersonGrouping.ROLLED_UP);
        timeline.prepare(other, org.actorgraph.io.CancellationToken.NONE);
        int seedPositions = timeline.lastPositionProperty().get();

        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());

        assertEquals(seedPositions, timeline.lastPositionProperty().get(), "the seed's dates, not the other's");
        assertTrue(seedPositions < 10, seedPositions + " positions: the seed's few dates");
    }
}


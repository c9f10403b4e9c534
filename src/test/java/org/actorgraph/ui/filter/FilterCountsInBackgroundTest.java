package org.actorgraph.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.FailingTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

/**
 * The counts beside the filters of a graph of more claims than {@link FilterViewModel#COUNTED_AT_ONCE}
 * are made in the background: a generated corpus of 30,000 relations among 300 actors, people
 * drawn separately (under the 400 actors that open as an overview). Expected counts are read from
 * the graph's edges.
 */
class FilterCountsInBackgroundTest {

    private final ManualTaskExecutor background = new ManualTaskExecutor();
    private final CorpusSession session = TestCorpora.session(new RecordingDialogService());
    private final FilterViewModel filters =
            new FilterViewModel(session, new SelectionModel(), new UndoHistory(), background);

    private void showLargeCorpus() {
        session.peopleSeparatelyProperty().set(true);
        session.show(CorpusGenerator.generate(100, 300, 30_000, 1L), CorpusSource.imported("generated"));
        assertTrue(session.getGraph().claims().size() > FilterViewModel.COUNTED_AT_ONCE,
                session.getGraph().claims().size() + " claims");
    }

    private static Map<String, Long> edgesByType(AggregatedGraph graph) {
        return graph.relations().stream().collect(Collectors.groupingBy(r -> r.type().id(), Collectors.counting()));
    }

    private Map<String, Integer> typeCounts() {
        return filters.types().stream().collect(Collectors.toMap(FilterOption::key, o -> o.countProperty().get()));
    }

    @Test
    void aLargeGraphIsCountedInTheBackgroundItsRowsSayNothingMeanwhile() {
        showLargeCorpus();

        assertEquals(6, filters.types().size());
        filters.types().forEach(o -> assertEquals(FilterOption.NOT_COUNTED, o.countProperty().get(), o.label()));
        assertTrue(background.waiting() > 0);

        background.runAll();

        Map<String, Long> expected = edgesByType(session.getGraph());
        filters.types().forEach(o -> assertEquals(expected.getOrDefault(o.key(), 0L).intValue(),
                o.countProperty().get(), o.label()));
    }

    @Test
    void aCountOfAGraphNoLongerShownIsDropped() {
        showLargeCorpus();
        background.runAll();
        Map<String, Integer> counted = typeCounts();
        assertTrue(counted.get("meets") > 0);

        // Meets hidden, then warns instead: each graph is still large enough to count in the background.
        session.criteriaProperty().set(session.getCriteria().withHiddenTypeIds(Set.of("meets")));
        assertTrue(session.getGraph().claims().size() > FilterViewModel.COUNTED_AT_ONCE);
        session.criteriaProperty().set(session.getCriteria().withHiddenTypeIds(Set.of("warns")));
        assertEquals(2, background.waiting(), "one count for each graph, the first one cancelled");
        // Only the first of them hides meets: its count, arriving late, must never show.
        while (background.waiting() > 0) {
            background.runNext();
            assertTrue(typeCounts().get("meets") > 0, "a count of the graph before: " + typeCounts());
        }

        Map<String, Long> expected = edgesByType(session.getGraph());
        assertEquals(0, typeCounts().get("warns").intValue());
        assertEquals(expected.get("meets").intValue(), typeCounts().get("meets").intValue());
    }

    @Test
    void aCountThatFailsInTheBackgroundIsMadeAtOnce() {
        FailingTaskExecutor failing = new FailingTaskExecutor(new IllegalStateException("worker stopped"));
        CorpusSession shown = TestCorpora.session(new RecordingDialogService());
        FilterViewModel counted = new FilterViewModel(shown, new SelectionModel(), new UndoHistory(), failing);
        shown.peopleSeparatelyProperty().set(true);
        shown.show(CorpusGenerator.generate(100, 300, 30_000, 1L), CorpusSource.imported("generated"));
        assertEquals(1, failing.waiting());

        failing.failNext();

        Map<String, Long> expected = edgesByType(shown.getGraph());
        counted.types().forEach(o -> assertEquals(expected.getOrDefault(o.key(), 0L).intValue(),
                o.countProperty().get(), o.label()));
    }
}

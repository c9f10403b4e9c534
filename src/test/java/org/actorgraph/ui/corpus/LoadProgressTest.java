package org.actorgraph.ui.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.filter.FilterViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.task.TaskProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a file with a progress bar and Cancel, and filters applied in the background. */
class LoadProgressTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();

    private CorpusSession session(int backgroundFilterClaims) {
        return new CorpusSession(new CorpusLoader(new CorpusReader(), TestCorpora.MAIN), new GraphAggregator(),
                executor, dialogs, backgroundFilterClaims);
    }

    // A corpus file large enough for the reader to report while it parses and checks.
    private Path largerCorpus() throws IOException {
        Path file = dir.resolve("larger.actorgraph.json");
        new CorpusWriter().write(org.actorgraph.bench.CorpusGenerator.generate(300, 120, 1500, 1L), file);
        return file;
    }

    @Test
    void openingReportsReadingCheckingAndBuildingWithProgressThatOnlyRises() throws IOException {
        CorpusSession session = session(CorpusSession.BACKGROUND_FILTER_CLAIMS);
        Path file = largerCorpus();

        session.open(CorpusSource.ofFile(file));
        assertTrue(session.loading().isRunning());
        assertEquals("Opening larger.actorgraph.json…", session.loading().messageProperty().get());
        assertTrue(session.loading().cancellableProperty().get());
        executor.runAll();

        List<Double> fractions = executor.reported.stream().map(TaskProgress::fraction).toList();
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back at " + i + ": " + fractions);
        }
        List<String> messages = executor.reported.stream().map(TaskProgress::message).distinct().toList();
        assertEquals(List.of("Reading larger.actorgraph.json…", "Checking larger.actorgraph.json…",
                "Building the graph of larger.actorgraph.json…"), messages);
        assertTrue(fractions.size() > 20, "reports while parsing and checking: " + fractions.size());
        assertTrue(fractions.stream().allMatch(f -> f >= 0 && f <= 1));
        assertFalse(session.loading().isRunning());
        assertEquals(1500, session.getCorpus().corpus().relations().size());
    }

    @Test
    void cancellingALoadStopsReadingAndKeepsTheOpenCorpus() throws IOException {
        CorpusSession session = session(CorpusSession.BACKGROUND_FILTER_CLAIMS);
        session.open(CorpusSource.bundledSeed());
        executor.runAll();
        LoadedCorpus before = session.getCorpus();
        AggregatedGraph graphBefore = session.getGraph();
        // Cancel half-way through checking the articles, as a user would while the bar moves.
        session.loading().progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0.6) {
                session.loading().cancel();
            }
        });

        session.open(CorpusSource.ofFile(largerCorpus()));
        executor.runAll();

        assertEquals(1, executor.failures.size(), "the reader stopped instead of reading to the end");
        assertInstanceOf(CancellationException.class, executor.failures.get(0));
        assertSame(before, session.getCorpus());
        assertSame(graphBefore, session.getGraph());
        assertFalse(session.busyProperty().get());
        assertFalse(session.loading().isRunning());
        assertEquals("Opening larger.actorgraph.json cancelled; seed.actorgraph.json is still open",
                session.loading().outcomeProperty().get());
        assertTrue(dialogs.titles.isEmpty(), "cancelling is no error: " + dialogs.titles);
    }

    @Test
    void cancellingTheFirstLoadLeavesTheWindowEmpty() throws IOException {
        CorpusSession session = session(CorpusSession.BACKGROUND_FILTER_CLAIMS);

        session.open(CorpusSource.ofFile(largerCorpus()));
        session.loading().cancel();
        executor.runAll();

        assertNull(session.getCorpus());
        assertNull(session.getGraph());
        assertEquals("Opening larger.actorgraph.json cancelled", session.loading().outcomeProperty().get());
        assertInstanceOf(CancellationException.class, executor.failures.get(0));
    }

    @Test
    void filtersOfALargeCorpusApplyInTheBackgroundAndOnlyTheNewestIsShown() {
        CorpusSession session = session(0);
        session.open(CorpusSource.bundledSeed());
        executor.runAll();
        AggregatedGraph full = session.getGraph();
        List<AggregatedGraph> shown = new ArrayList<>();
        session.graphProperty().addListener((obs, old, now) -> shown.add(now));

        session.criteriaProperty().set(FilterCriteria.NONE.withOnlyArticleIds(java.util.Set.of("a1")));
        assertTrue(session.filteringProperty().get());
        assertSame(full, session.getGraph(), "the previous graph stays drawn meanwhile");
        session.criteriaProperty().set(FilterCriteria.NONE.withOnlyArticleIds(java.util.Set.of("a2")));
        boolean[] selected = {false};
        session.whenFiltered(() -> selected[0] = true);
        executor.runNext(); // the first filter ends: its result is stale and the newest starts
        assertTrue(shown.isEmpty(), "a stale result is dropped");
        assertFalse(selected[0]);
        executor.runAll();

        assertEquals(1, shown.size());
        assertEquals(3, session.getGraph().relations().size(), "article a2 has three relations");
        assertFalse(session.filteringProperty().get());
        assertTrue(selected[0], "waiting actions run once the newest filters are drawn");
    }

    @Test
    void undoingABackgroundFilterChangeBringsThePreviousGraphBack() {
        CorpusSession session = session(0);
        session.open(CorpusSource.bundledSeed());
        executor.runAll();
        UndoHistory history = new UndoHistory();
        FilterViewModel filters = new FilterViewModel(session, new SelectionModel(), history);
        int relations = session.getGraph().relations().size();

        filters.change("show one article", FilterCriteria.NONE.withOnlyArticleIds(java.util.Set.of("a2")));
        executor.runAll();
        assertEquals(3, session.getGraph().relations().size());
        history.undo();
        executor.runAll();

        assertEquals(FilterCriteria.NONE, session.getCriteria());
        assertEquals(relations, session.getGraph().relations().size());
        history.redo();
        executor.runAll();
        assertEquals(3, session.getGraph().relations().size());
    }

    @Test
    void aFilterAppliedInTheBackgroundToAnOverviewDrawsWhatAFilterAppliedAtOnceDraws() throws IOException {
        Path file = largerCorpus();
        AggregatedGraph background = filteredOverview(session(0), file);
        AggregatedGraph atOnce = filteredOverview(session(Integer.MAX_VALUE), file);

        assertFalse(background.groups().isEmpty(), "drawn as communities");
        assertEquals(atOnce.actors().stream().map(a -> a.id()).sorted().toList(),
                background.actors().stream().map(a -> a.id()).sorted().toList());
        assertEquals(atOnce.groups().stream().map(g -> g.id() + ":" + g.size()).sorted().toList(),
                background.groups().stream().map(g -> g.id() + ":" + g.size()).sorted().toList());
        assertEquals(atOnce.relations().size(), background.relations().size());
    }

    @Test
    void anOverviewLeftWhileAFilterRunsIsNotDrawnWhenTheFilterEnds() throws IOException {
        CorpusSession session = session(0);
        session.open(CorpusSource.ofFile(largerCorpus()));
        executor.runAll();
        session.actorGroupingProperty().set(org.actorgraph.analysis.GroupingSpec.communities(
                org.actorgraph.analysis.Metric.DEGREE));
        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenTypeIds(java.util.Set.of("meets")));

        session.actorGroupingProperty().set(org.actorgraph.analysis.GroupingSpec.ALL);
        executor.runAll();

        assertTrue(session.getGraph().groups().isEmpty(), "every actor drawn, no groups");
        assertTrue(session.getGraph().relations().stream().noneMatch(r -> r.type().id().equals("meets")));
    }

    private AggregatedGraph filteredOverview(CorpusSession session, Path file) {
        session.open(CorpusSource.ofFile(file));
        executor.runAll();
        session.actorGroupingProperty().set(org.actorgraph.analysis.GroupingSpec.communities(
                org.actorgraph.analysis.Metric.DEGREE));
        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenTypeIds(java.util.Set.of("meets")));
        executor.runAll();
        return session.getGraph();
    }
}


package org.actorgraph.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskProgress;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final GraphViewModel graph = new GraphViewModel(session, new SelectionModel(),
            new ImmediateTaskExecutor(), new ForceLayout(), dialogs);
    private final StatusBarViewModel status = new StatusBarViewModel(session, graph);

    @Test
    void saysSoWhenNoCorpusIsOpen() {
        assertEquals("No corpus open", status.countsProperty().get());
        assertEquals("", status.sourceProperty().get());
    }

    @Test
    void countsShownActorsOfAllRelationsClaimsAndArticles() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());

        assertEquals("5 of 6 actors · 9 relations (10 claims) · 2 articles", status.countsProperty().get());
        assertEquals("seed.actorgraph.json", status.sourceProperty().get());
    }

    @Test
    void countsWhatTheFiltersLeaveOfWhatThereIs() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        session.criteriaProperty().set(org.actorgraph.model.FilterCriteria.NONE
                .withOnlyArticleIds(java.util.Set.of("a2")));

        assertEquals("5 of 6 actors · 3 of 9 relations (3 claims) · 1 of 2 articles", status.countsProperty().get());
    }

    @Test
    void countsEveryActorWhenPeopleAreShownSeparately() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        session.peopleSeparatelyProperty().set(true);

        assertEquals("6 actors · 9 relations (10 claims) · 2 articles", status.countsProperty().get());
    }

    @Test
    void countsTheWarningsOfACorpusThatOpenedWithSome() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.ofFile(TestCorpora.path(TestCorpora.WARNINGS)));

        assertEquals("5 of 6 actors · 9 relations (10 claims) · 2 articles · 1 warning", status.countsProperty().get());
        assertEquals(1, dialogs.problemLists.size(), "the warning is also listed in a dialog");
    }

    @Test
    void showsTheZoomLevel() {
        graph.viewport().zoomOut();

        assertEquals("80 %", status.zoomProperty().get());
    }

    @Test
    void showsTheRunningLayoutWithItsProgressAndCancelUntilItEnds() {
        ManualTaskExecutor layouts = new ManualTaskExecutor();
        GraphViewModel slow = new GraphViewModel(session, new SelectionModel(), layouts, new ForceLayout(), dialogs);
        StatusBarViewModel bar = new StatusBarViewModel(session, slow);
        List<Double> progress = new ArrayList<>();
        bar.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));

        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        assertEquals("Laying out 5 actors…", bar.activityProperty().get());
        assertTrue(bar.taskRunningProperty().get());
        assertTrue(bar.cancellableProperty().get());
        assertEquals(TaskProgress.UNKNOWN, bar.progressProperty().get(), "indeterminate until the first report");
        layouts.runAll();

        assertTrue(progress.stream().anyMatch(p -> p > 0.5 && p <= 1), progress.toString());
        assertFalse(bar.taskRunningProperty().get());
        assertFalse(bar.cancellableProperty().get());
        assertEquals("", bar.activityProperty().get());
    }

    @Test
    void afterCancelItSaysWhatBecameOfTheWorkUntilTheNextStarts() {
        ManualTaskExecutor layouts = new ManualTaskExecutor();
        GraphViewModel slow = new GraphViewModel(session, new SelectionModel(), layouts, new ForceLayout(), dialogs);
        StatusBarViewModel bar = new StatusBarViewModel(session, slow);
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        layouts.runAll();

        slow.rerunLayout();
        bar.cancel();
        layouts.runAll();

        assertFalse(bar.taskRunningProperty().get());
        assertEquals("Layout cancelled; the actors stay where they were", bar.activityProperty().get());
        slow.rerunLayout();
        assertEquals("Laying out 5 actors…", bar.activityProperty().get());
    }

    @Test
    void aLoadIsShownBeforeAnImportAndTheLayout() {
        Activity importing = new Activity();
        StatusBarViewModel bar = new StatusBarViewModel(session, graph, importing);

        importing.start("Importing 3 files…", () -> { });
        assertEquals("Importing 3 files…", bar.activityProperty().get());
        session.loading().start("Opening big.actorgraph.json…", null);
        assertEquals("Opening big.actorgraph.json…", bar.activityProperty().get());
        assertFalse(bar.cancellableProperty().get(), "this load cannot be cancelled");
        session.loading().finish();
        assertEquals("Importing 3 files…", bar.activityProperty().get());
        assertTrue(bar.cancellableProperty().get());
    }
}

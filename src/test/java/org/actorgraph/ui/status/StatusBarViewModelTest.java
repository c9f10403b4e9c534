package org.actorgraph.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.FontSet;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.export.ExportViewModel;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskProgress;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void showsAnExportsProgressAndItsCancelStopsItLeavingTheOldFile(@TempDir Path dir) throws IOException {
        ManualTaskExecutor exports = new ManualTaskExecutor();
        ExportViewModel export = new ExportViewModel(session, graph, exports, dialogs, FontSet::bundled);
        StatusBarViewModel bar = new StatusBarViewModel(session, graph, export.activity());
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        Path file = dir.resolve("figure.png");
        Files.writeString(file, "the old figure");
        List<Double> progress = new ArrayList<>();
        bar.progressProperty().addListener((obs, old, now) -> {
            progress.add(now.doubleValue());
            if (now.doubleValue() > 0.5 && bar.cancellableProperty().get()) {
                bar.cancel(); // Cancel in the status bar, half way
            }
        });

        export.export(file, ExportFormat.PNG);
        assertEquals("Exporting figure.png…", bar.activityProperty().get());
        assertTrue(bar.taskRunningProperty().get());
        assertTrue(bar.cancellableProperty().get());
        assertEquals(TaskProgress.UNKNOWN, bar.progressProperty().get(), "indeterminate until the first report");
        exports.runAll();

        assertTrue(progress.stream().anyMatch(p -> p > 0.1 && p < 0.5), "a determinate bar: " + progress);
        assertFalse(bar.taskRunningProperty().get());
        assertEquals("Exporting figure.png cancelled; nothing was written", bar.activityProperty().get());
        assertEquals("the old figure", Files.readString(file));
        assertEquals("Cancelled; nothing was written", export.statusProperty().get(), "the dialog says so too");
    }

    @Test
    void saysWhereAFinishedExportWroteItsFile(@TempDir Path dir) {
        ExportViewModel export = new ExportViewModel(session, graph, new ImmediateTaskExecutor(), dialogs,
                FontSet::bundled);
        StatusBarViewModel bar = new StatusBarViewModel(session, graph, export.activity());
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        dialogs.exportFileToChoose = dir.resolve("graph.graphml");

        export.chooseAndExportData();

        assertEquals("Exported graph.graphml", bar.activityProperty().get());
    }
}

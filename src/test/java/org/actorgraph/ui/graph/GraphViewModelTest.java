package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.history.UndoHistory;
import java.util.Map;
import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GraphViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs);

    private Actor actor(String id) {
        return session.getGraph().actor(id).orElseThrow();
    }

    @Test
    void everyActorIsPlacedInsideTheDrawing() {
        session.open(CorpusSource.bundledSeed());

        GraphLayout layout = graph.layoutProperty().get();
        assertSame(session.getGraph(), layout.graph());
        assertEquals(5, layout.positions().size());
        layout.positions().values().forEach(p -> assertTrue(p.x() > 0 && p.x() < layout.width()
                && p.y() > 0 && p.y() < layout.height(), p.toString()));
    }

    @Test
    void aGraphLaidOutWhileLoadingIsShownAtOnceWhereItsOwnLayoutPutsIt() {
        session.open(CorpusSource.bundledSeed());
        Map<String, Point> computed = byId(graph.layoutProperty().get());

        ManualTaskExecutor executor = new ManualTaskExecutor();
        CorpusSession loading = loadingSession(executor);
        GraphViewModel prepared = preparing(loading, executor);
        boolean[] laidOutAfterwards = {false};
        prepared.layoutRunningProperty().addListener((obs, was, running) -> laidOutAfterwards[0] |= running);
        loading.open(CorpusSource.bundledSeed());
        assertEquals(1, executor.waiting(), "only the loading");
        executor.runAll();

        assertFalse(laidOutAfterwards[0], "no layout after the graph arrived");
        assertSame(loading.getGraph(), prepared.layoutProperty().get().graph());
        assertEquals(computed, byId(prepared.layoutProperty().get()));

        prepared.rerunLayout();
        assertEquals(1, executor.waiting(), "another arrangement is laid out as before");
    }

    @Test
    void theDrawingPreparedWhileLoadingIsForTheLayoutTheGraphArrivesWith() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("two-hundred", ".actorgraph.json");
        try {
            new org.actorgraph.io.CorpusWriter().write(org.actorgraph.bench.CorpusGenerator.generate(200, 200, 1000, 1L),
                    file);
            ManualTaskExecutor executor = new ManualTaskExecutor();
            CorpusSession loading = loadingSession(executor);
            GraphViewModel prepared = preparing(loading, executor);
            java.util.List<GraphLayout> offered = new java.util.ArrayList<>();
            prepared.prepareDrawingsWith(offered::add);
            boolean[] laidOutAfterwards = {false};
            prepared.layoutRunningProperty().addListener((obs, was, running) -> laidOutAfterwards[0] |= running);

            loading.open(CorpusSource.ofFile(file));
            executor.runAll();

            assertEquals(1, offered.size(), "one drawing made ahead, while loading");
            assertFalse(laidOutAfterwards[0], "a graph of a few hundred actors is laid out while it loads");
            assertEquals(prepared.layoutProperty().get(), offered.get(0),
                    "the view can show the drawing it made ahead as it is");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aCancelledOpeningStopsTheLayoutMadeWhileLoading() {
        session.open(CorpusSource.bundledSeed());
        GraphViewModel other = new GraphViewModel(session, new SelectionModel(), new ImmediateTaskExecutor(),
                new ForceLayout(), dialogs);
        java.util.List<GraphLayout> offered = new java.util.ArrayList<>();
        other.prepareDrawingsWith(offered::add);

        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> other.prepareFirstLayout(session.getGraph(), () -> true));
        assertTrue(offered.isEmpty(), "nothing is drawn for a cancelled opening");
    }

    @Test
    void inAnOverviewTheLayoutIsMadeWhileLoadingButNoWholeGraphIsDrawnAhead() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CorpusSession loading = loadingSession(executor);
        GraphViewModel prepared = preparing(loading, executor);
        java.util.List<GraphLayout> offered = new java.util.ArrayList<>();
        prepared.prepareDrawingsWith(offered::add);
        loading.actorGroupingProperty().set(org.actorgraph.analysis.GroupingSpec.communities(
                org.actorgraph.analysis.Metric.DEGREE));
        boolean[] laidOutAfterwards = {false};
        prepared.layoutRunningProperty().addListener((obs, was, running) -> laidOutAfterwards[0] |= running);

        loading.open(CorpusSource.bundledSeed());
        executor.runAll();

        assertTrue(offered.isEmpty(), "the communities are drawn, not the whole graph");
        assertFalse(laidOutAfterwards[0], "the layout made while loading is used");
        assertFalse(prepared.layoutProperty().get().graph().groups().isEmpty(), "an overview is shown");
    }

    @Test
    void aDrawingThatCannotBeMadeSaysSoAndLetsTheViewGoBack() {
        boolean[] failed = {false};
        graph.drawInBackground(12, () -> {
            throw new IllegalStateException("no room");
        }, built -> { }, () -> failed[0] = true);

        assertTrue(failed[0], "the view is told");
        assertFalse(graph.drawingActivity().isRunning());
        assertEquals("Could not draw the graph", graph.drawingActivity().outcomeProperty().get());
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
    }

    @Test
    void onlyTheLatestDrawingAskedForIsDeliveredAndAnAbandonedOneClearsTheStatusBar() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        GraphViewModel later = viewModelOf(session, executor);
        java.util.List<String> built = new java.util.ArrayList<>();
        java.util.List<String> delivered = new java.util.ArrayList<>();
        later.drawInBackground(10, () -> { built.add("first"); return "first"; }, delivered::add, () -> { });
        later.drawInBackground(20, () -> { built.add("second"); return "second"; }, delivered::add, () -> { });
        executor.runAll();

        assertEquals(java.util.List.of("second"), built, "a request made stale before it started is skipped");
        assertEquals(java.util.List.of("second"), delivered);

        later.drawInBackground(30, () -> "third", delivered::add, () -> { });
        assertTrue(later.drawingActivity().isRunning());
        later.abandonDrawing();
        executor.runAll();
        assertFalse(later.drawingActivity().isRunning(), "the status bar no longer says it draws");
        assertEquals(java.util.List.of("second"), delivered, "an abandoned drawing is not delivered");
    }

    // A session whose work waits in {@code executor}, as the window's runs on a worker.
    private CorpusSession loadingSession(ManualTaskExecutor executor) {
        return new CorpusSession(new CorpusLoader(new CorpusReader(), TestCorpora.MAIN), new GraphAggregator(), executor,
                dialogs);
    }

    // A graph view model of the session whose work runs on the executor given, a fresh selection.
    private GraphViewModel viewModelOf(CorpusSession of, TaskExecutor executor) {
        return new GraphViewModel(of, new SelectionModel(), executor, new ForceLayout(), dialogs);
    }

    // A graph view model that lays out (and has drawn) each graph while it loads, as the window's does.
    private GraphViewModel preparing(CorpusSession loading, ManualTaskExecutor executor) {
        GraphViewModel prepared = viewModelOf(loading, executor);
        loading.prepareInBackground(prepared::prepareFirstLayout);
        return prepared;
    }

    private static Map<String, Point> byId(GraphLayout layout) {
        return layout.positions().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue));
    }

    @Test
    void aLayoutMadeInTheBackgroundComesWithItsGroupsPlacedAndItsDrawingMadeThere() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CorpusSession loading = loadingSession(executor);
        GraphViewModel viewModel = viewModelOf(loading, executor); // nothing laid out while loading
        java.util.List<GraphLayout> offered = new java.util.ArrayList<>();
        viewModel.prepareDrawingsWith(offered::add);
        loading.actorGroupingProperty().set(org.actorgraph.analysis.GroupingSpec.communities(
                org.actorgraph.analysis.Metric.DEGREE));
        loading.open(CorpusSource.bundledSeed());
        executor.runNext(); // the loading; the layout waits
        assertTrue(viewModel.layoutRunningProperty().get(), "laid out after the graph arrived");
        assertTrue(offered.isEmpty());

        executor.runAll(); // the layout, whose work also places the groups and makes the drawing

        assertEquals(1, offered.size(), "the overview's drawing is made with the layout");
        assertSame(offered.get(0), viewModel.layoutProperty().get(), "the layout the drawing was made for is shown");
        assertFalse(offered.get(0).graph().groups().isEmpty(), "an overview, its groups placed");
        assertSame(loading.overviewOfFullGraph(), offered.get(0).base(), "drawn from the overview of the whole graph");

        viewModel.rerunLayout();
        executor.runAll();
        assertEquals(1, offered.size(), "the graph laid out again keeps its drawing: none is made ahead");

        loading.peopleSeparatelyProperty().set(true);
        executor.runAll();
        assertEquals(2, offered.size(), "another graph (people drawn separately) has its drawing made ahead");
        assertSame(offered.get(1), viewModel.layoutProperty().get());
    }

    @Test
    void aLayoutWhoseGraphChangedMeanwhileIsPlacedForTheGraphShownNow() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CorpusSession loading = loadingSession(executor);
        GraphViewModel viewModel = viewModelOf(loading, executor);
        java.util.List<GraphLayout> offered = new java.util.ArrayList<>();
        viewModel.prepareDrawingsWith(offered::add);
        loading.open(CorpusSource.bundledSeed());
        executor.runNext(); // the loading; the layout waits

        loading.criteriaProperty().set(loading.getCriteria().withHiddenTypeIds(java.util.Set.of("arms_supply")));
        executor.runAll();

        GraphLayout shown = viewModel.layoutProperty().get();
        assertSame(loading.getGraph(), shown.graph(), "the graph the filters left");
        assertTrue(offered.stream().noneMatch(layout -> layout == shown), "not the layout made for the graph before");
        assertEquals(loading.getGraph().actors().size(), shown.positions().size());
    }

    @Test
    void aDraggedActorKeepsItsPlaceWhenTheLayoutRunsAgain() {
        session.open(CorpusSource.bundledSeed());
        Actor iran = actor("IRN");
        Point dragged = new Point(123, 234);
        Point ukraineBefore = graph.layoutProperty().get().positions().get(actor("UKR"));

        graph.pin(iran, dragged);
        graph.rerunLayout();

        assertEquals(dragged, graph.layoutProperty().get().positions().get(iran));
        assertNotEquals(ukraineBefore, graph.layoutProperty().get().positions().get(actor("UKR")),
                "re-running gives another arrangement of the free actors");
    }

    @Test
    void pinsSurviveRegroupingButNotANewCorpus() {
        session.open(CorpusSource.bundledSeed());
        graph.pin(actor("USA"), new Point(50, 60));

        session.peopleSeparatelyProperty().set(true);
        assertTrue(graph.pinned().containsKey(actor("USA")));
        assertEquals(new Point(50, 60), graph.layoutProperty().get().positions().get(actor("USA")));

        session.open(CorpusSource.bundledSeed());
        assertTrue(graph.pinned().isEmpty());
    }

    @Test
    void aNewCorpusClearsTheSelection() {
        session.open(CorpusSource.bundledSeed());
        graph.select(actor("RUS"));

        session.open(CorpusSource.ofFile(TestCorpora.path(TestCorpora.WARNINGS)));

        assertEquals(Selection.NONE, selection.getSelection());
    }

    @Test
    void theSelectionStaysWhileItIsDrawn() {
        session.open(CorpusSource.bundledSeed());
        graph.select(actor("RUS"));

        session.peopleSeparatelyProperty().set(true);
        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenTypeIds(Set.of("visit")));
        assertEquals(Selection.of(actor("RUS")), selection.getSelection());

        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenActorIds(Set.of("RUS")));
        assertEquals(Selection.NONE, selection.getSelection());
    }

    @Test
    void actorsKeepTheirPlacesWhenTheFiltersChange() {
        session.open(CorpusSource.bundledSeed());
        Map<Actor, Point> before = graph.layoutProperty().get().positions();

        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenActorIds(Set.of("IRN")));

        GraphLayout filtered = graph.layoutProperty().get();
        assertSame(session.getGraph(), filtered.graph());
        assertEquals(4, filtered.positions().size());
        filtered.positions().forEach((actor, p) -> assertEquals(before.get(actor), p, actor.name()));
        assertTrue(filtered.keepViewport(), "the zoom stays too");
    }

    @Test
    void undoPutsAMovedActorBackAndUnpinsIt() {
        UndoHistory history = new UndoHistory();
        GraphViewModel undoable = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
                new ForceLayout(), dialogs, history);
        session.open(CorpusSource.bundledSeed());
        Actor iran = actor("IRN");
        Point from = undoable.layoutProperty().get().positions().get(iran);

        undoable.moved(iran, from, new Point(50, 60));
        assertEquals(new Point(50, 60), undoable.layoutProperty().get().positions().get(iran));
        assertEquals("Undo move Iran", history.undoTextProperty().get());

        history.undo();
        assertEquals(from, undoable.layoutProperty().get().positions().get(iran));
        assertFalse(undoable.pinned().containsKey(iran));

        history.redo();
        assertEquals(new Point(50, 60), undoable.pinned().get(iran));
    }

    @Test
    void unpinningCanBeUndone() {
        UndoHistory history = new UndoHistory();
        GraphViewModel undoable = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
                new ForceLayout(), dialogs, history);
        session.open(CorpusSource.bundledSeed());
        Actor iran = actor("IRN");
        undoable.moved(iran, new Point(1, 1), new Point(50, 60));

        undoable.unpinAll();
        assertTrue(undoable.pinned().isEmpty());
        assertEquals("Undo unpin all actors", history.undoTextProperty().get());
        history.undo();
        assertEquals(new Point(50, 60), undoable.pinned().get(iran));
    }

    @Test
    void centringOnAnActorKeepsTheZoom() {
        session.open(CorpusSource.bundledSeed());
        ViewportModel viewport = graph.viewport();
        viewport.viewportWidthProperty().set(800);
        viewport.viewportHeightProperty().set(600);
        viewport.zoomIn();
        double scale = viewport.getScale();
        Point iran = graph.layoutProperty().get().positions().get(actor("IRN"));

        graph.centreOn(actor("IRN"));

        assertEquals(scale, viewport.getScale());
        assertEquals(iran.x(), viewport.state().centreX(), 1e-9);
        assertEquals(iran.y(), viewport.state().centreY(), 1e-9);
    }

    @Test
    void explainsAnEmptyViewUntilAGraphIsThere() {
        session.open(CorpusSource.ofFile(TestCorpora.path(TestCorpora.MALFORMED)));
        assertTrue(graph.placeholderProperty().get().startsWith("No corpus open"));

        session.open(CorpusSource.bundledSeed());
        assertEquals("", graph.placeholderProperty().get());
    }

    @Test
    void saysTheGraphIsBeingLaidOutUntilItsFirstLayoutArrives() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CorpusSession loading = loadingSession(executor);
        GraphViewModel waiting = viewModelOf(loading, executor);
        loading.open(CorpusSource.bundledSeed());
        assertEquals("Opening corpus…", waiting.placeholderProperty().get());
        while (loading.getGraph() == null) {
            executor.runNext();
        }

        int actors = loading.getFullGraph().actors().size();
        assertEquals("Laying out " + actors + " actors…", waiting.placeholderProperty().get(),
                "not an empty window while the layout runs");

        executor.runAll();
        assertEquals("", waiting.placeholderProperty().get());
    }

    @Test
    void anotherCorpusTakesThePreviousDrawingAwayWhileItIsLaidOut() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CorpusSession loading = loadingSession(executor);
        GraphViewModel waiting = viewModelOf(loading, executor);
        loading.open(CorpusSource.bundledSeed());
        executor.runAll();
        assertNotNull(waiting.layoutProperty().get());

        loading.open(CorpusSource.ofFile(TestCorpora.path(TestCorpora.MAIN)));
        while (loading.getCorpus().source().path().isEmpty()) {
            executor.runNext();
        }

        assertNull(waiting.layoutProperty().get(), "nothing of the previous corpus can be clicked");
        assertTrue(waiting.placeholderProperty().get().startsWith("Laying out "), waiting.placeholderProperty().get());
        executor.runAll();
        assertEquals(loading.getFullGraph(), waiting.layoutProperty().get().base());
    }

    @Test
    void aGraphThatCouldNotBeLaidOutSaysHowToTryAgain() {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        boolean[] failLayouts = {false};
        // Runs the work it is given, except that while asked to, a layout fails.
        TaskExecutor executor = new TaskExecutor() {
            @Override
            public <T> TaskHandle submit(Work<T> work, java.util.function.Consumer<? super T> onSuccess,
                                         java.util.function.Consumer<Throwable> onFailure,
                                         java.util.function.Consumer<org.actorgraph.ui.task.TaskProgress> onProgress) {
                boolean fail = failLayouts[0];
                return manual.submit(context -> {
                    if (fail) {
                        throw new IllegalStateException("no room");
                    }
                    return work.run(context);
                }, onSuccess, onFailure, onProgress);
            }

            @Override
            public void shutdown() {
                manual.shutdown();
            }
        };
        CorpusSession loading = loadingSession(manual);
        GraphViewModel failing = viewModelOf(loading, executor);
        loading.open(CorpusSource.bundledSeed());
        failLayouts[0] = true;
        manual.runAll();

        assertEquals(java.util.List.of("no room"), dialogs.errors);
        assertEquals("The graph could not be laid out. View › Re-run layout (Ctrl+L) tries again.",
                failing.placeholderProperty().get());

        failLayouts[0] = false;
        failing.rerunLayout();
        manual.runAll();
        assertEquals("", failing.placeholderProperty().get());
        assertNotNull(failing.layoutProperty().get());
    }

    @Test
    void edgeTooltipNamesTypeDirectionStatusesAndEvidence() {
        session.open(CorpusSource.bundledSeed());
        AggregatedRelation arms = session.getGraph().find("PRK", "RUS", "arms_supply").orElseThrow();

        assertEquals("Arms supply\nNorth Korea → Russia\nStatuses: Proposed, Denied\nEvidence: 2 sentences",
                graph.tooltip(arms));
    }
}

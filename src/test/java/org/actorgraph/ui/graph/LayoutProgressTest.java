package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.model.Point;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.task.TaskProgress;
import org.junit.jupiter.api.Test;

/** The layout as the status bar shows it: how far it has got, and Cancel. */
class LayoutProgressTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final ManualTaskExecutor layouts = new ManualTaskExecutor();
    private final GraphViewModel graph = new GraphViewModel(session, new SelectionModel(), layouts,
            new ForceLayout(), dialogs);

    // Clicks Cancel as soon as the layout has reported some progress, as a user would while the bar moves.
    private void cancelOnFirstProgress() {
        graph.layoutActivity().progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0 && graph.layoutActivity().cancellableProperty().get()) {
                graph.cancelRunningLayout();
            }
        });
    }

    @Test
    void layoutReportsWhatItLaysOutAndProgressThatOnlyRises() {
        session.open(CorpusSource.bundledSeed());
        assertTrue(graph.layoutActivity().isRunning());
        assertEquals("Laying out 5 actors…", graph.layoutActivity().messageProperty().get());
        assertTrue(graph.layoutActivity().cancellableProperty().get());

        layouts.runAll();

        List<Double> fractions = layouts.reported.stream().map(TaskProgress::fraction).toList();
        assertTrue(fractions.size() > 10, "one report per iteration: " + fractions.size());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back at " + i + ": " + fractions);
        }
        assertTrue(fractions.get(fractions.size() - 1) > 0.5 && fractions.get(fractions.size() - 1) <= 1,
                "a settled layout ends near the estimate: " + fractions.get(fractions.size() - 1));
        assertFalse(graph.layoutActivity().isRunning());
        assertNotNull(graph.layoutProperty().get());
    }

    @Test
    void cancellingARerunStopsTheLayoutAndKeepsThePositionsOnScreen() {
        session.open(CorpusSource.bundledSeed());
        layouts.runAll();
        GraphLayout before = graph.layoutProperty().get();
        Map<String, Point> positions = graph.positionsById();
        cancelOnFirstProgress();

        graph.rerunLayout();
        layouts.runAll();

        assertEquals(1, layouts.failures.size(), "the layout stopped instead of running to its end");
        assertInstanceOf(CancellationException.class, layouts.failures.get(0));
        assertTrue(layouts.failures.get(0).getMessage().contains("after 1 iterations"),
                "the monitor saw the flag before the second iteration: " + layouts.failures.get(0).getMessage());
        assertSame(before, graph.layoutProperty().get());
        assertEquals(positions, graph.positionsById());
        assertFalse(graph.layoutRunningProperty().get());
        assertFalse(graph.layoutActivity().isRunning());
        assertEquals("Layout cancelled; the actors stay where they were",
                graph.layoutActivity().outcomeProperty().get());
        assertTrue(dialogs.titles.isEmpty(), "a cancelled layout is no error: " + dialogs.titles);
    }

    @Test
    void cancellingTheFirstLayoutDrawsTheGraphWhereTheLayoutGotTo() {
        cancelOnFirstProgress();
        session.open(CorpusSource.bundledSeed());

        layouts.runAll();

        GraphLayout layout = graph.layoutProperty().get();
        assertNotNull(layout, "the graph is drawn, roughly, rather than not at all");
        assertSame(session.getGraph(), layout.graph());
        assertEquals(5, layout.positions().size());
        assertTrue(layouts.failures.isEmpty());
        assertTrue(layouts.reported.size() <= 2, "it stopped right after Cancel: " + layouts.reported.size());
        assertTrue(graph.layoutActivity().outcomeProperty().get().startsWith("Layout stopped early"));
        assertFalse(graph.layoutActivity().isRunning());
    }
}

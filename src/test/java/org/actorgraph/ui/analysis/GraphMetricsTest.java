package org.actorgraph.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.actorgraph.analysis.ActorMetrics;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.CentralityAnalysis;
import org.actorgraph.analysis.CommunityDetection;
import org.actorgraph.analysis.Metric;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.support.FailingTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

/**
 * Where the centrality and communities of the shown graph are computed: a generated corpus of 300
 * actors and 1,000 relations, people drawn separately (under the 400 actors that open as an
 * overview, so every actor is a vertex) is over {@link GraphMetrics#ANALYSED_AT_ONCE} and goes to the background; the main test
 * corpus, five actors, is analysed when asked.
 */
class GraphMetricsTest {

    static final int ACTORS = TestCorpora.LARGE_ACTORS;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ManualTaskExecutor background = new ManualTaskExecutor();

    @Test
    void aLargeGraphIsAnalysedInTheBackgroundAndSaysSo() {
        CorpusSession session = TestCorpora.largeSession(dialogs);
        AggregatedGraph graph = session.getGraph();
        assertEquals(ACTORS, graph.actors().size());
        assertTrue((long) graph.actors().size() * graph.relations().size() > GraphMetrics.ANALYSED_AT_ONCE);
        GraphMetrics metrics = new GraphMetrics(session, background);

        assertEquals(List.of(), metrics.metrics(), "nothing is computed on the UI thread");
        assertEquals(0, metrics.communities().count());
        assertFalse(metrics.isReady());
        assertEquals(1, background.waiting(), "asked twice, analysed once");
        assertTrue(metrics.activity().isRunning());
        assertEquals("Analysing 300 actors…", metrics.activity().messageProperty().get());

        background.runAll();

        assertTrue(metrics.isReady());
        assertEquals(1, metrics.outcomesProperty().get(), "whoever waits is told");
        assertFalse(metrics.activity().isRunning());
        List<ActorMetrics> expected = new CentralityAnalysis().compute(graph);
        assertEquals(expected, metrics.metrics());
        assertEquals(new CommunityDetection().detect(graph).groups(), metrics.communities().groups());
        assertEquals(0, background.waiting());
    }

    @Test
    void degreeRanksAreCountedAtOnceTheOthersOnceAnalysed() {
        CorpusSession session = TestCorpora.largeSession(dialogs);
        GraphMetrics metrics = new GraphMetrics(session, background);
        AggregatedGraph graph = session.getGraph();
        Actor busiest = graph.actors().stream().max(java.util.Comparator.comparingInt(graph::degree)).orElseThrow();

        Map<Actor, Integer> byDegree = metrics.ranks(Metric.DEGREE);
        assertEquals(ACTORS, byDegree.size());
        assertEquals(1, byDegree.get(busiest));
        assertEquals(Map.of(), metrics.ranks(Metric.BETWEENNESS));
        // One actor at a time, as the details ask, the same ranks before the analysis and after.
        Map<Actor, Integer> counted = new java.util.HashMap<>();
        graph.actors().forEach(actor -> counted.put(actor, metrics.rankOf(actor, Metric.DEGREE).orElseThrow()));
        assertEquals(byDegree, counted);
        assertTrue(metrics.rankOf(busiest, Metric.BETWEENNESS).isEmpty(), "not analysed yet");

        background.runAll();

        assertEquals(ACTORS, metrics.ranks(Metric.BETWEENNESS).size());
        assertEquals(byDegree, metrics.ranks(Metric.DEGREE));
        assertEquals(1, metrics.rankOf(busiest, Metric.DEGREE).orElseThrow());
        assertEquals(metrics.ranks(Metric.BETWEENNESS).get(busiest),
                metrics.rankOf(busiest, Metric.BETWEENNESS).orElseThrow());
    }

    @Test
    void aNewerGraphStopsTheAnalysisOfTheOlderOne() {
        CorpusSession session = TestCorpora.largeSession(dialogs);
        GraphMetrics metrics = new GraphMetrics(session, background);
        AggregatedGraph older = session.getGraph();
        metrics.metrics();

        // Another corpus of the same size replaces the first, as File › Open would.
        session.show(CorpusGenerator.generate(60, ACTORS, 1000, 2L), CorpusSource.imported("another"));
        AggregatedGraph newer = session.getGraph();
        assertNotSame(older, newer);
        assertTrue((long) newer.actors().size() * newer.relations().size() > GraphMetrics.ANALYSED_AT_ONCE);
        assertFalse(metrics.activity().isRunning(), "the status bar no longer shows the older analysis");

        background.runAll();
        assertTrue(background.failures.stream().anyMatch(CancellationException.class::isInstance),
                "the older analysis stopped: " + background.failures);
        assertEquals(0, metrics.outcomesProperty().get(), "its result is not delivered");
        assertFalse(metrics.isReady());

        assertEquals(0, metrics.metrics().size(), "the newer graph is analysed in the background too");
        background.runAll();
        assertEquals(1, metrics.outcomesProperty().get());
        assertTrue(metrics.isReady());
        assertEquals(newer.actors().size(), metrics.metrics().size());
    }

    @Test
    void aSmallGraphIsAnalysedWhenAsked() {
        CorpusSession session = TestCorpora.openSession(dialogs);
        GraphMetrics metrics = new GraphMetrics(session, background);

        assertEquals(5, metrics.metrics().size());
        assertTrue(metrics.isReady());
        assertEquals(0, background.waiting());
        assertFalse(metrics.activity().isRunning());
    }

    @Test
    void aGraphShownAgainIsAnalysedAgainAndSaysSoAgain() {
        CorpusSession session = TestCorpora.largeSession(dialogs);
        GraphMetrics metrics = new GraphMetrics(session, background);
        AggregatedGraph large = session.getGraph();
        metrics.metrics();
        background.runAll();
        assertEquals(1, metrics.outcomesProperty().get());

        TestCorpora.filterToOneType(session);
        AggregatedGraph small = session.getGraph();
        assertTrue((long) small.actors().size() * small.relations().size() <= GraphMetrics.ANALYSED_AT_ONCE);
        assertEquals(small.actors().size(), metrics.metrics().size(), "a small graph is analysed at once");
        session.criteriaProperty().set(org.actorgraph.model.FilterCriteria.NONE);
        assertSame(large, session.getGraph(), "the filters reset bring back the same graph");

        assertEquals(0, metrics.metrics().size());
        background.runAll();

        assertEquals(2, metrics.outcomesProperty().get(), "the second analysis of the graph is told too");
        assertEquals(ACTORS, metrics.metrics().size());
    }

    @Test
    void aFailedAnalysisIsToldAndNotTriedAgainForThatGraph() {
        CorpusSession session = TestCorpora.largeSession(dialogs);
        FailingTaskExecutor failing = new FailingTaskExecutor(new OutOfMemoryError("Java heap space"));
        GraphMetrics metrics = new GraphMetrics(session, failing);
        metrics.metrics();
        failing.failNext();

        assertTrue(metrics.hasFailed());
        assertFalse(metrics.isReady());
        assertEquals(1, metrics.outcomesProperty().get(), "whoever waits is told");
        assertEquals("Could not analyse the graph: Java heap space", metrics.activity().outcomeProperty().get());
        assertEquals(List.of(), metrics.metrics());
        assertEquals(0, failing.waiting(), "not tried again for the same graph");
    }
}

package org.actorgraph.ui.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.actorgraph.analysis.ActorMetrics;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.CentralityAnalysis;
import org.actorgraph.analysis.Communities;
import org.actorgraph.analysis.CommunityDetection;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskExecutor.TaskHandle;

/**
 * Centrality and communities of the graph the session shows, computed once per graph and shared
 * by the graph view (vertex size and colour), the details panel (ranks) and the analysis pane,
 * so all three always agree. Used on the UI thread only.
 *
 * <p>Nothing is computed until something asks. A small graph is analysed at once, in a few
 * milliseconds. A larger one is analysed in the background, because betweenness and communities
 * grow with actors × relations (at 1,000 actors and 5,000 relations they take 160 ms, at 2,000 and
 * 92,000 several seconds): until they arrive, {@link #metrics()} and {@link #communities()} are empty,
 * {@link #isReady()} is false, and {@link #activity()} tells the status bar. When a background
 * analysis ends, with its values or having failed ({@link #hasFailed()}), {@link #outcomesProperty()}
 * changes, for whoever showed the empty values to ask again. A newer graph stops the analysis of
 * an older one.
 */
public final class GraphMetrics {

    /**
     * Graphs up to this many actors × relations are analysed at once: 200 actors and 1,000
     * relations take 10-25 ms.
     */
    public static final long ANALYSED_AT_ONCE = 250_000;

    private final CorpusSession session;
    private final TaskExecutor executor;
    private final CentralityAnalysis centrality;
    private final CommunityDetection communityDetection;
    private final Activity activity = new Activity();
    private final ReadOnlyIntegerWrapper outcomes = new ReadOnlyIntegerWrapper(this, "outcomes");
    private AggregatedGraph analysed;
    private Analysis values = NOTHING;
    private AggregatedGraph pending;
    private TaskHandle running;
    private AggregatedGraph failed;

    /** Metrics analysed at once whatever the size of the graph, for tests and small tools. */
    public GraphMetrics(CorpusSession session) {
        this(session, null);
    }

    /**
     * @param executor where graphs larger than {@link #ANALYSED_AT_ONCE} are analysed; null to
     *                 analyse every graph at once
     */
    public GraphMetrics(CorpusSession session, TaskExecutor executor) {
        this(session, executor, new CentralityAnalysis(), new CommunityDetection());
    }

    public GraphMetrics(CorpusSession session, TaskExecutor executor, CentralityAnalysis centrality,
                        CommunityDetection communityDetection) {
        this.session = Objects.requireNonNull(session);
        this.executor = executor;
        this.centrality = Objects.requireNonNull(centrality);
        this.communityDetection = Objects.requireNonNull(communityDetection);
        session.graphProperty().addListener((obs, old, now) -> {
            // An analysis nobody will read any more is stopped, so it does not hold a worker.
            if (pending != null && pending != now) {
                stopRunning();
            }
            // Another corpus: the values and the failure of the former one are let go.
            if (analysed != null && (now == null || now.corpus() != analysed.corpus())) {
                forgetValues();
            }
            if (failed != null && (now == null || now.corpus() != failed.corpus())) {
                failed = null;
            }
        });
    }

    /**
     * What one analysis finds. The ranks are worked out with the metrics: the details panel asks
     * for them at each selection, and ranking 2,000 actors by five metrics takes 15 ms.
     */
    private record Analysis(List<ActorMetrics> metrics, Map<Metric, Map<Actor, Integer>> ranks,
                            Communities communities) { }

    /** The values of no graph: nothing analysed yet, or not ready. */
    private static final Analysis NOTHING = new Analysis(List.of(), Map.of(), new Communities(List.of()));

    /** Whether the values of the current graph are known (asking for them starts their analysis). */
    public boolean isReady() {
        return analysed == session.getGraph();
    }

    /** Whether the analysis of the current graph failed; it is not tried again for that graph. */
    public boolean hasFailed() {
        return failed != null && failed == session.getGraph();
    }

    /** The metrics of every actor of the current graph, in the graph's actor order; empty until analysed. */
    public List<ActorMetrics> metrics() {
        refresh();
        return (isReady() ? values : NOTHING).metrics();
    }

    /**
     * Rank of every actor by a metric, 1 for the highest. The degrees are counted at once, whatever
     * the size of the graph; betweenness and PageRank are empty until analysed.
     */
    public Map<Actor, Integer> ranks(Metric metric) {
        AggregatedGraph graph = session.getGraph();
        if (metric.isDegree() && graph != null && !isReady()) {
            return centrality.ranks(centrality.degrees(graph), metric);
        }
        refresh();
        return (isReady() ? values : NOTHING).ranks().getOrDefault(metric, Map.of());
    }

    /**
     * An actor's rank by a metric, 1 for the highest; empty for an actor not in the current graph,
     * and for betweenness and PageRank until analysed. A degree rank is counted at once, for the
     * actor alone, while the graph is analysed ({@link CentralityAnalysis#degreeRank}).
     */
    public java.util.OptionalInt rankOf(Actor actor, Metric metric) {
        AggregatedGraph graph = session.getGraph();
        if (metric.isDegree() && graph != null && !isReady()) {
            return graph.graph().containsVertex(actor)
                    ? java.util.OptionalInt.of(centrality.degreeRank(graph, actor, metric))
                    : java.util.OptionalInt.empty();
        }
        refresh();
        Integer rank = (isReady() ? values : NOTHING).ranks().getOrDefault(metric, Map.of()).get(actor);
        return rank == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(rank);
    }

    /** The communities of the current graph; none until analysed. */
    public Communities communities() {
        refresh();
        return (isReady() ? values : NOTHING).communities();
    }

    /**
     * Counts the background analyses that ended, with their values or failing; changed on the UI
     * thread. Values found at once do not change it, since whoever asked has them already.
     */
    public ReadOnlyIntegerProperty outcomesProperty() {
        return outcomes.getReadOnlyProperty();
    }

    /** A background analysis, for the status bar. */
    public Activity activity() {
        return activity;
    }

    private void refresh() {
        AggregatedGraph graph = session.getGraph();
        if (graph == analysed || graph == pending || graph == failed) {
            return;
        }
        stopRunning();
        if (graph == null) {
            forgetValues();
            return;
        }
        if (executor == null || (long) graph.actors().size() * graph.relations().size() <= ANALYSED_AT_ONCE) {
            values = analyse(graph, () -> false);
            analysed = graph;
            return;
        }
        pending = graph;
        // Written as the status bar writes other counts of actors: "Analysing 2,000 actors…".
        activity.start(String.format(java.util.Locale.ENGLISH, "Analysing %,d actors…", graph.actors().size()), null);
        TaskHandle handle = executor.submit(task -> analyse(graph, task::isCancelled), found -> {
            running = null;
            pending = null;
            activity.finish();
            values = found;
            analysed = graph;
            outcomes.set(outcomes.get() + 1);
        }, error -> {
            running = null;
            pending = null;
            if (error instanceof CancellationException) {
                activity.finish();
                return;
            }
            // Not tried again for this graph: the panels say its ranks and communities are missing.
            failed = graph;
            activity.finish("Could not analyse the graph: " + error.getMessage());
            outcomes.set(outcomes.get() + 1);
        }, progress -> { });
        // An executor that runs the work at once has already delivered it.
        if (pending == graph) {
            running = handle;
        }
    }

    private void forgetValues() {
        analysed = null;
        values = NOTHING;
    }

    private void stopRunning() {
        if (running != null) {
            running.cancel();
            running = null;
            activity.finish();
        }
        pending = null;
    }

    private Analysis analyse(AggregatedGraph graph, java.util.function.BooleanSupplier cancelled) {
        List<ActorMetrics> metrics = List.copyOf(centrality.compute(graph, cancelled));
        Map<Metric, Map<Actor, Integer>> ranks = new java.util.EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            ranks.put(metric, java.util.Collections.unmodifiableMap(centrality.ranks(metrics, metric)));
        }
        return new Analysis(metrics, ranks, communityDetection.detect(graph, cancelled));
    }
}

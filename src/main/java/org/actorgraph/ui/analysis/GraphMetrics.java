package org.actorgraph.ui.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.actorgraph.analysis.ActorMetrics;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.CentralityAnalysis;
import org.actorgraph.analysis.Communities;
import org.actorgraph.analysis.CommunityDetection;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;

/**
 * Centrality and communities of the graph the session shows, computed once per graph and shared
 * by the graph view (vertex size and colour), the details panel (ranks) and the analysis pane,
 * so all three always agree. Used on the UI thread only.
 */
public final class GraphMetrics {

    private final CorpusSession session;
    private final CentralityAnalysis centrality;
    private final CommunityDetection communityDetection;
    private AggregatedGraph analysed;
    private List<ActorMetrics> metrics = List.of();
    private Communities communities = new Communities(List.of());

    public GraphMetrics(CorpusSession session) {
        this(session, new CentralityAnalysis(), new CommunityDetection());
    }

    public GraphMetrics(CorpusSession session, CentralityAnalysis centrality, CommunityDetection communityDetection) {
        this.session = Objects.requireNonNull(session);
        this.centrality = Objects.requireNonNull(centrality);
        this.communityDetection = Objects.requireNonNull(communityDetection);
    }

    private void refresh() {
        AggregatedGraph graph = session.getGraph();
        if (graph == analysed) {
            return;
        }
        analysed = graph;
        metrics = graph == null ? List.of() : List.copyOf(centrality.compute(graph));
        communities = graph == null ? new Communities(List.of()) : communityDetection.detect(graph);
    }

    /** The metrics of every actor of the current graph, in the graph's actor order. */
    public List<ActorMetrics> metrics() {
        refresh();
        return metrics;
    }

    /** Rank of every actor by a metric, 1 for the highest. */
    public Map<Actor, Integer> ranks(Metric metric) {
        return centrality.ranks(metrics(), metric);
    }

    /** The communities of the current graph. */
    public Communities communities() {
        refresh();
        return communities;
    }
}

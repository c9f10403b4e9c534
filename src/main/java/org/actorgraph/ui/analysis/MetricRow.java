package org.actorgraph.ui.analysis;

import org.actorgraph.analysis.ActorMetrics;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;

/** One row of the analysis table: an actor and its centrality values. */
public record MetricRow(Actor actor, String name, int degree, int inDegree, int outDegree, double betweenness,
                        double pageRank) {

    static MetricRow of(ActorMetrics m) {
        return new MetricRow(m.actor(), m.actor().name(), m.degree(), m.inDegree(), m.outDegree(), m.betweenness(),
                m.pageRank());
    }

    /** The row's value of a metric. */
    public double value(Metric metric) {
        return switch (metric) {
            case DEGREE -> degree;
            case IN_DEGREE -> inDegree;
            case OUT_DEGREE -> outDegree;
            case BETWEENNESS -> betweenness;
            case PAGERANK -> pageRank;
        };
    }
}

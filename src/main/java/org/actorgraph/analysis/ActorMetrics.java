package org.actorgraph.analysis;

import java.util.Objects;
import org.actorgraph.model.Actor;

/**
 * The centrality of one actor of an {@link AggregatedGraph}, as computed by
 * {@link CentralityAnalysis} (see there for the exact definitions).
 *
 * @param actor the actor (a vertex of the graph)
 * @param degree in plus out degree, counting aggregated edges
 * @param inDegree aggregated edges ending at the actor
 * @param outDegree aggregated edges starting at the actor
 * @param betweenness unnormalised directed betweenness on the graph of linked pairs
 * @param pageRank PageRank on the graph of linked pairs; the values of a graph sum to 1
 */
public record ActorMetrics(Actor actor, int degree, int inDegree, int outDegree, double betweenness,
                           double pageRank) {

    public ActorMetrics {
        Objects.requireNonNull(actor, "actor");
    }

    /** The value of one metric, as a double whatever its type. */
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

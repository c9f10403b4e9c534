package org.actorgraph.analysis;

/**
 * A measure of how central an actor is in an {@link AggregatedGraph}; computed by
 * {@link CentralityAnalysis}, read with {@link ActorMetrics#value(Metric)}. Higher is more central
 * for every metric.
 */
public enum Metric {
    /** Edges at the actor, in and out, each aggregated edge counted once. */
    DEGREE("Degree"),
    /** Edges ending at the actor. */
    IN_DEGREE("In-degree"),
    /** Edges starting at the actor. */
    OUT_DEGREE("Out-degree"),
    /** How many shortest paths between other actors run through the actor. */
    BETWEENNESS("Betweenness"),
    /** PageRank: how much the actor is the target of relations from actors that are themselves targets. */
    PAGERANK("PageRank");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** Whether it is one of the degrees: counted from the graph's edges at once, without an analysis. */
    public boolean isDegree() {
        return this == DEGREE || this == IN_DEGREE || this == OUT_DEGREE;
    }

    /** A short human-readable name for column headers and menus. */
    public String label() {
        return label;
    }
}

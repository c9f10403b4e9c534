package org.actorgraph.model;

import java.util.Objects;
import java.util.Set;

/**
 * The overview of big graphs as a saved view keeps it (View › Overview): every actor, the top K
 * actors with the rest grouped, or communities, some of them expanded. A plain value of the view
 * file; the window turns it into the grouping it draws.
 *
 * @param mode which overview
 * @param topK how many actors the top-K overview keeps; at least 1 (kept in the other modes too,
 *     as the window remembers it)
 * @param metric the centrality that ranks the top K and names each community after its most
 *     central member
 * @param expandedLeaderIds the communities shown member by member, each named by the id of its most
 *     central actor (by {@code metric}); only meaningful in {@link Mode#COMMUNITIES}
 */
public record OverviewSetting(Mode mode, int topK, Centrality metric, Set<String> expandedLeaderIds) {

    /** The K of a top-K overview when none is given. */
    public static final int DEFAULT_TOP_K = 25;

    /** Which overview is drawn. */
    public enum Mode {
        /** Every actor on its own. */
        ALL,
        /** The K most central actors; the others as one group. */
        TOP_K,
        /** Every community as one group, unless expanded. */
        COMMUNITIES
    }

    /** The centralities an overview can rank actors by; the window's analysis computes them. */
    public enum Centrality {
        DEGREE, IN_DEGREE, OUT_DEGREE, BETWEENNESS, PAGERANK
    }

    public OverviewSetting {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(metric, "metric");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1: " + topK);
        }
        expandedLeaderIds = Set.copyOf(Objects.requireNonNullElse(expandedLeaderIds, Set.of()));
    }
}

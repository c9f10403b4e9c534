package org.actorgraph.analysis;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ActorGrouping} condenses a graph for an overview.
 *
 * @param mode show every actor, the top K, or communities
 * @param topK how many actors stay in {@link Mode#TOP_K}; at least 1 (kept in the other modes so that
 *     switching back remembers it)
 * @param metric the centrality that decides the top K and the most central member of a group
 * @param expanded ids of community groups ({@code group:community:…}) whose members are shown
 *     individually in {@link Mode#COMMUNITIES}
 */
public record GroupingSpec(Mode mode, int topK, Metric metric, Set<String> expanded) {

    /** The number of actors the top-K mode keeps unless told otherwise. */
    public static final int DEFAULT_TOP_K = 25;

    /** Every actor drawn on its own: no grouping. */
    public static final GroupingSpec ALL = new GroupingSpec(Mode.ALL, DEFAULT_TOP_K, Metric.DEGREE, Set.of());

    /** Which overview a spec asks for. */
    public enum Mode {
        /** Every actor is drawn. */
        ALL,
        /** The K most central actors are drawn; the others become one group. */
        TOP_K,
        /** Every community becomes one group, unless expanded. */
        COMMUNITIES
    }

    public GroupingSpec {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(metric, "metric");
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1: " + topK);
        }
        expanded = Set.copyOf(expanded);
    }

    /** The K actors most central by {@code metric}, the rest grouped. */
    public static GroupingSpec topK(int k, Metric metric) {
        return new GroupingSpec(Mode.TOP_K, k, metric, Set.of());
    }

    /** Communities as groups, named after their member most central by {@code metric}. */
    public static GroupingSpec communities(Metric metric) {
        return new GroupingSpec(Mode.COMMUNITIES, DEFAULT_TOP_K, metric, Set.of());
    }

    /** This spec in another mode, keeping K, the metric and the expanded communities. */
    public GroupingSpec withMode(Mode other) {
        return new GroupingSpec(other, topK, metric, expanded);
    }

    /** This spec with another K. */
    public GroupingSpec withTopK(int k) {
        return new GroupingSpec(mode, k, metric, expanded);
    }

    /** This spec with another centrality metric. */
    public GroupingSpec withMetric(Metric other) {
        return new GroupingSpec(mode, topK, other, expanded);
    }

    /** This spec with one more community shown member by member. */
    public GroupingSpec expanding(String groupId) {
        Set<String> more = new LinkedHashSet<>(expanded);
        more.add(groupId);
        return new GroupingSpec(mode, topK, metric, more);
    }

    /** This spec with every community collapsed again. */
    public GroupingSpec collapsed() {
        return new GroupingSpec(mode, topK, metric, Set.of());
    }

    /** Whether the spec changes the graph at all. */
    public boolean isGrouped() {
        return mode != Mode.ALL;
    }
}

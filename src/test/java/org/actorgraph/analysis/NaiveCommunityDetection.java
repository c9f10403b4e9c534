package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.actorgraph.model.Actor;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The greedy modularity optimisation as first written: every step scans every pair of linked
 * communities for the best merger. Kept as the reference {@link CommunityDetection} must agree
 * with, exactly, on every graph.
 */
final class NaiveCommunityDetection {

    private static final Comparator<Actor> BY_NAME = Comparator.comparing(Actor::name).thenComparing(Actor::id);

    /** The communities of the graph's linked actors, ordered as {@link Communities} describes. */
    public Communities detect(AggregatedGraph g) {
        return detect(g, () -> false);
    }

    /**
     * As {@link #detect(AggregatedGraph)}, stopping early when asked: {@code cancelled} is asked
     * before every merger.
     *
     * @throws CancellationException when {@code cancelled} answered true
     */
    public Communities detect(AggregatedGraph g, BooleanSupplier cancelled) {
        Graph<Actor, DefaultEdge> links = LinkGraphs.undirected(g);
        List<Actor> actors = links.vertexSet().stream().filter(a -> links.degreeOf(a) > 0).sorted(BY_NAME).toList();
        long twiceEdges = 2L * links.edgeSet().size();
        // Community c: its members, the sum of their degrees, and the number of links to each other community.
        int n = actors.size();
        List<List<Actor>> members = new ArrayList<>();
        long[] degreeSum = new long[n];
        List<TreeMap<Integer, Long>> between = new ArrayList<>();
        Map<Actor, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(actors.get(i), i);
            members.add(new ArrayList<>(List.of(actors.get(i))));
            degreeSum[i] = links.degreeOf(actors.get(i));
            between.add(new TreeMap<>());
        }
        for (DefaultEdge edge : links.edgeSet()) {
            int a = index.get(links.getEdgeSource(edge));
            int b = index.get(links.getEdgeTarget(edge));
            between.get(a).merge(b, 1L, Long::sum);
            between.get(b).merge(a, 1L, Long::sum);
        }
        boolean[] merged = new boolean[n];
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("community detection cancelled");
            }
            // Merging i and j changes the modularity by (2m·L_ij − D_i·D_j) / (2m²), with L_ij the links
            // between them and D the degree sums: compare the numerators, which are exact integers.
            long best = 0;
            int bestI = -1;
            int bestJ = -1;
            for (int i = 0; i < n; i++) {
                if (merged[i]) {
                    continue;
                }
                for (Map.Entry<Integer, Long> entry : between.get(i).entrySet()) {
                    int j = entry.getKey();
                    if (j <= i) {
                        continue;
                    }
                    long gain = twiceEdges * entry.getValue() - degreeSum[i] * degreeSum[j];
                    if (gain > best) {
                        best = gain;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            merge(bestI, bestJ, members, degreeSum, between, merged);
        }
        List<Set<Actor>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!merged[i]) {
                List<Actor> group = new ArrayList<>(members.get(i));
                group.sort(BY_NAME);
                groups.add(new java.util.LinkedHashSet<>(group));
            }
        }
        groups.sort(Comparator.<Set<Actor>>comparingInt(Set::size).reversed()
                .thenComparing(group -> group.iterator().next(), BY_NAME));
        return new Communities(groups);
    }

    /** Moves community j into community i. */
    private static void merge(int i, int j, List<List<Actor>> members, long[] degreeSum,
                              List<TreeMap<Integer, Long>> between, boolean[] merged) {
        members.get(i).addAll(members.get(j));
        members.get(j).clear();
        degreeSum[i] += degreeSum[j];
        merged[j] = true;
        between.get(i).remove(j);
        for (Map.Entry<Integer, Long> entry : between.get(j).entrySet()) {
            int k = entry.getKey();
            if (k == i) {
                continue;
            }
            between.get(i).merge(k, entry.getValue(), Long::sum);
            between.get(k).remove(j);
            between.get(k).merge(i, entry.getValue(), Long::sum);
        }
        between.get(j).clear();
    }
}

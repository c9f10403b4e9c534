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
 * Finds communities by greedy modularity optimisation (Clauset, Newman and Moore 2004) on the
 * undirected simple graph of linked pairs: every linked actor starts in a community of its own, and
 * the two linked communities whose merger raises the modularity most are merged, until no merger
 * raises it. Stateless; one instance may be shared between threads.
 *
 * <p>Chosen over label propagation because it has no randomness and no oscillation: the same graph
 * always gives the same groups. All arithmetic is exact (integers), and ties are broken by the
 * name order of the actors, so the result does not even depend on the graph's vertex order.
 *
 * <p>Actors without any link belong to no community ({@link Communities#communityOf} gives -1):
 * a community of one says nothing. Direction, relation type and the number of parallel edges are
 * ignored. Runs in O(V · E) in the worst case; each merger looks again only at the merged
 * community and its neighbours.
 */
public final class CommunityDetection {

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
        // Merging i and j changes the modularity by (2m·L_ij − D_i·D_j) / (2m²), with L_ij the links
        // between them and D the degree sums: compare the numerators, which are exact integers.
        // Each community keeps its best merger with a community of a higher index (the first such
        // on a tie); a merger changes only the gains of the merged community's pairs, so only it
        // and its neighbours are looked at again. The best of the bests, the first on a tie, is the
        // merger a scan of every pair in index order would find.
        long[] bestGain = new long[n];
        int[] bestPartner = new int[n];
        for (int i = 0; i < n; i++) {
            findBest(i, twiceEdges, degreeSum, between, bestGain, bestPartner);
        }
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("community detection cancelled");
            }
            long best = 0;
            int bestI = -1;
            for (int i = 0; i < n; i++) {
                if (!merged[i] && bestPartner[i] >= 0 && bestGain[i] > best) {
                    best = bestGain[i];
                    bestI = i;
                }
            }
            if (bestI < 0) {
                break;
            }
            int bestJ = bestPartner[bestI];
            merge(bestI, bestJ, members, degreeSum, between, merged);
            bestPartner[bestJ] = -1;
            findBest(bestI, twiceEdges, degreeSum, between, bestGain, bestPartner);
            // A neighbour k gained the pair (k, bestI) with a new gain and lost the pair (k, bestJ).
            // Only if its best was one of those two must it look at all its pairs again.
            for (Map.Entry<Integer, Long> pair : between.get(bestI).entrySet()) {
                int k = pair.getKey();
                if (bestPartner[k] == bestI || bestPartner[k] == bestJ) {
                    findBest(k, twiceEdges, degreeSum, between, bestGain, bestPartner);
                } else if (k < bestI) {
                    long gain = twiceEdges * pair.getValue() - degreeSum[k] * degreeSum[bestI];
                    if (gain > bestGain[k] || (gain > 0 && gain == bestGain[k] && bestI < bestPartner[k])) {
                        bestGain[k] = gain;
                        bestPartner[k] = bestI;
                    }
                }
            }
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

    /** The best positive merger of community i with a community of a higher index, or none (-1). */
    private static void findBest(int i, long twiceEdges, long[] degreeSum, List<TreeMap<Integer, Long>> between,
                                 long[] bestGain, int[] bestPartner) {
        long best = 0;
        int partner = -1;
        for (Map.Entry<Integer, Long> entry : between.get(i).tailMap(i, false).entrySet()) {
            int j = entry.getKey();
            long gain = twiceEdges * entry.getValue() - degreeSum[i] * degreeSum[j];
            if (gain > best) {
                best = gain;
                partner = j;
            }
        }
        bestGain[i] = best;
        bestPartner[i] = partner;
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

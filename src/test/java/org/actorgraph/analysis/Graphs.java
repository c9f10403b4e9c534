package org.actorgraph.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.actorgraph.model.Actor;

/** Small graphs written as edges, for tests of the graph algorithms. */
final class Graphs {

    private Graphs() {
    }

    /**
     * The aggregated graph of states linked by reported relations of type "t" (or the type after a
     * colon): {@code "A>B"} is an edge from A to B, {@code "A>B:u"} one of type u. Actors are named
     * by their ids and declared in order of first appearance, then {@code isolated}.
     */
    static AggregatedGraph of(String[] edges, String... isolated) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        types.add("t");
        for (String edge : edges) {
            String[] ends = edge.split("[>:]");
            ids.add(ends[0]);
            ids.add(ends[1]);
            if (ends.length > 2) {
                types.add(ends[2]);
            }
        }
        ids.addAll(Set.of(isolated));
        SmallCorpus corpus = new SmallCorpus();
        ids.forEach(id -> corpus.state(id, id));
        types.forEach(corpus::type);
        for (String edge : edges) {
            String[] ends = edge.split("[>:]");
            corpus.link(ends[0], ends.length > 2 ? ends[2] : "t", ends[1]);
        }
        return new GraphAggregator().aggregate(corpus.build(), PersonGrouping.ROLLED_UP);
    }

    static AggregatedGraph of(String... edges) {
        return of(edges, new String[0]);
    }

    static Actor actor(AggregatedGraph graph, String id) {
        return graph.actor(id).orElseThrow();
    }
}

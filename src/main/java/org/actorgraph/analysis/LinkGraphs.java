package org.actorgraph.analysis;

import org.actorgraph.model.Actor;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The simple graphs of who is linked to whom, for the algorithms that should not count how many
 * relation types join a pair: all parallel aggregated edges become one link.
 */
final class LinkGraphs {

    private LinkGraphs() {
    }

    /** One edge a → b for each ordered pair joined by at least one aggregated edge; vertices in graph order. */
    static Graph<Actor, DefaultEdge> directed(AggregatedGraph aggregated) {
        Graph<Actor, DefaultEdge> links = new SimpleDirectedGraph<>(DefaultEdge.class);
        aggregated.graph().vertexSet().forEach(links::addVertex);
        for (AggregatedRelation edge : aggregated.graph().edgeSet()) {
            if (!links.containsEdge(edge.source(), edge.target())) {
                links.addEdge(edge.source(), edge.target());
            }
        }
        return links;
    }

    /** One edge a — b for each pair joined by at least one aggregated edge, either way; vertices in graph order. */
    static Graph<Actor, DefaultEdge> undirected(AggregatedGraph aggregated) {
        Graph<Actor, DefaultEdge> links = new SimpleGraph<>(DefaultEdge.class);
        aggregated.graph().vertexSet().forEach(links::addVertex);
        for (AggregatedRelation edge : aggregated.graph().edgeSet()) {
            if (!links.containsEdge(edge.source(), edge.target())) {
                links.addEdge(edge.source(), edge.target());
            }
        }
        return links;
    }
}

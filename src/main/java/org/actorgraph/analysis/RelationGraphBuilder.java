package org.actorgraph.analysis;

import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Builds the claim-level graph: every actor is a vertex and every relation of the corpus is its
 * own directed edge, so two claims of the same thing stay two edges. Self-relations are kept.
 */
public final class RelationGraphBuilder {

    /**
     * @return a new directed pseudograph with all actors (file order) and all relations as edges;
     *     runs in O(actors + relations)
     */
    public Graph<Actor, Relation> build(Corpus corpus) {
        Graph<Actor, Relation> graph = new DirectedPseudograph<>(Relation.class);
        corpus.actors().forEach(graph::addVertex);
        for (Relation relation : corpus.relations()) {
            graph.addEdge(corpus.requireActor(relation.sourceId()), corpus.requireActor(relation.targetId()),
                    relation);
        }
        return graph;
    }
}

package org.actorgraph.ui.graph;

import com.brunomnsilva.smartgraph.graph.Digraph;
import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Vertex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Actor;

/**
 * The one place that translates an {@link AggregatedGraph} into SmartGraph's own graph type, and
 * that maps SmartGraph's vertices and edges back to actors and relations.
 *
 * <p>SmartGraph's graph holds the actors only; each relation is an edge of its own kind
 * ({@link RelationLink}) that {@link GraphDrawing} gives a line node itself. A panel that makes the
 * line nodes compares each new edge with every edge made before it and scans all edges for each
 * vertex: 81,000 relations among 1,124 actors took minutes.
 */
public final class SmartGraphAdapter {

    /** Builds the SmartGraph digraph of the actors; the relations' edges are made when asked for. */
    public Translation translate(AggregatedGraph graph) {
        Digraph<ActorVertex, RelationEdge> digraph = new DigraphEdgeList<>();
        Map<Actor, Vertex<ActorVertex>> vertices = new LinkedHashMap<>();
        for (Actor actor : graph.actors()) {
            vertices.put(actor, digraph.insertVertex(new ActorVertex(actor)));
        }
        return new Translation(graph, digraph, vertices);
    }

    /**
     * A relation as SmartGraph's line nodes know it: what it is, and its two ends, the source
     * first (as SmartGraph's own directed edges give them).
     */
    record RelationLink(RelationEdge element, Vertex<ActorVertex> source, Vertex<ActorVertex> target)
            implements Edge<RelationEdge, ActorVertex> {

        @Override
        @SuppressWarnings("unchecked")
        public Vertex<ActorVertex>[] vertices() {
            return new Vertex[] {source, target};
        }
    }

    /** The result of a translation, with lookups in both directions. */
    public static final class Translation {
        private final AggregatedGraph source;
        private final Digraph<ActorVertex, RelationEdge> digraph;
        private final Map<Actor, Vertex<ActorVertex>> vertices;

        private Translation(AggregatedGraph source, Digraph<ActorVertex, RelationEdge> digraph,
                            Map<Actor, Vertex<ActorVertex>> vertices) {
            this.source = source;
            this.digraph = digraph;
            this.vertices = Collections.unmodifiableMap(vertices);
        }

        public AggregatedGraph source() {
            return source;
        }

        /** The actors, without edges: what the panel draws vertices for. */
        public Digraph<ActorVertex, RelationEdge> digraph() {
            return digraph;
        }

        /** Actor → SmartGraph vertex, in the graph's actor order. */
        public Map<Actor, Vertex<ActorVertex>> vertices() {
            return vertices;
        }

        /**
         * A relation's SmartGraph edge, made anew at each call and kept by nobody here: only a small
         * drawing's line nodes need one. A large drawing paints its lines, and 90,000 edges kept
         * with it outlived several young collections, each copying them again.
         */
        public Edge<RelationEdge, ActorVertex> edgeOf(AggregatedRelation relation) {
            return new RelationLink(new RelationEdge(relation), vertices.get(relation.source()),
                    vertices.get(relation.target()));
        }

        /**
         * The relations grouped by the unordered pair of actors they join, in relation order; a
         * group of more than one is a set of parallel edges that must be drawn apart.
         */
        public List<List<AggregatedRelation>> parallelGroups() {
            Map<List<String>, List<AggregatedRelation>> groups = new LinkedHashMap<>();
            for (AggregatedRelation relation : source.relations()) {
                String a = relation.source().id();
                String b = relation.target().id();
                List<String> key = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(relation);
            }
            return List.copyOf(groups.values());
        }
    }
}

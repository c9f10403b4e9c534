package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Turns a corpus into the {@link AggregatedGraph} the view draws: people are rolled up or not, and
 * all claims with the same source, target and type become one edge. Parallel edges of different
 * types, and opposite directions, stay separate edges.
 */
public final class GraphAggregator {

    /**
     * Aggregates in O(actors + relations · evidence).
     *
     * <p>Self-relations, which mostly appear because rolling up merged both ends into one actor,
     * are left out and counted in {@link AggregatedGraph#hiddenSelfRelations()}.
     */
    public AggregatedGraph aggregate(Corpus corpus, PersonGrouping grouping) {
        return aggregate(corpus, grouping, corpus.relations(), actor -> true);
    }

    /**
     * Aggregates some of the claims onto some of the vertices.
     *
     * @param claims the claims to bundle, in file order
     * @param shown which actors that are vertices under {@code grouping} are kept; a claim with an end
     *     whose vertex is not kept is left out
     */
    AggregatedGraph aggregate(Corpus corpus, PersonGrouping grouping, List<Relation> claims, Predicate<Actor> shown) {
        ActorRollUp rollUp = new ActorRollUp(corpus, grouping);
        Graph<Actor, AggregatedRelation> graph = new DirectedMultigraph<>(AggregatedRelation.class);
        corpus.actors().stream().filter(rollUp::isVertex).filter(shown).forEach(graph::addVertex);

        record Key(Actor source, Actor target, RelationType type) {
            // With ids that differ only in their digits, such as "actor-N", the default combination
            // 31 * hash(source) + hash(target) collides often ("actor-11" → "actor-25" and "actor-12" →
            // "actor-15"); mixing each hash keeps lookups in a map of 100,000 bundles short.
            @Override
            public int hashCode() {
                int h = source.hashCode() * 0x9E3779B9;
                h = (h ^ (h >>> 15) ^ target.hashCode()) * 0x85EBCA6B;
                return (h ^ (h >>> 13) ^ type.hashCode()) * 0xC2B2AE35;
            }
        }
        Map<Key, List<Relation>> bundles = new LinkedHashMap<>(claims.size() * 2);
        List<Relation> kept = new ArrayList<>();
        int hiddenSelfRelations = 0;
        for (Relation relation : claims) {
            Actor source = rollUp.representative(corpus.requireActor(relation.sourceId()));
            Actor target = rollUp.representative(corpus.requireActor(relation.targetId()));
            if (!graph.containsVertex(source) || !graph.containsVertex(target)) {
                continue;
            }
            kept.add(relation);
            if (source.equals(target)) {
                hiddenSelfRelations++;
                continue;
            }
            bundles.computeIfAbsent(new Key(source, target, corpus.requireType(relation.typeId())),
                    k -> new ArrayList<>()).add(relation);
        }
        Map<String, Integer> articleOrder = new HashMap<>();
        for (Article article : corpus.articles()) {
            articleOrder.put(article.id(), articleOrder.size());
        }
        bundles.forEach((key, bundled) -> graph.addEdge(key.source(), key.target(),
                new AggregatedRelation(key.source(), key.target(), key.type(), bundled, corpus, articleOrder)));
        return new AggregatedGraph(corpus, grouping, graph, hiddenSelfRelations, kept);
    }
}

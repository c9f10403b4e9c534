package org.actorgraph.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Which part of a corpus the graph shows: a pure function from a corpus, a person grouping and
 * {@link FilterCriteria} to the {@link AggregatedGraph} to draw. The window, saved views and the
 * command line all filter through it. Stateless; one instance may be shared between threads.
 *
 * <p>The criteria are applied in this order, all combining with "and":
 * <ol>
 *   <li><b>Claims.</b> A claim (relation) is kept when its type is not hidden, its
 *       {@linkplain Relation#certainty() certainty} is not hidden, its status is not hidden, neither
 *       end is hidden (see below), it is in one of {@code onlyArticleIds} (if any), its article's
 *       outlet is one of {@code onlyOutlets} (if any; {@code ""} stands for an article without
 *       outlet), its claimant ({@link org.actorgraph.model.Attribution#by()}) is one of
 *       {@code onlyAttributions} (if any; {@code ""} stands for a claim without attribution, made in
 *       the outlet's own voice), one of its ends after roll-up is the representative of one of
 *       {@code onlyTouchingActorIds} (if any; naming a rolled-up person means the actor representing
 *       him), and its period overlaps {@code [from, to]} (if a bound is set; see
 *       {@link #periodOf}; a claim that cannot be placed in time stays only with {@code keepUndated}).</li>
 *   <li><b>Hidden actors.</b> A hidden actor that is a vertex is left out together with its
 *       relations. Hiding an actor also hides the claims it is an end of <em>as annotated</em>: hiding
 *       Putin while people are rolled up keeps Russia, but leaves out the claims Putin is a party to
 *       (they would otherwise be drawn at Russia). Hiding Russia leaves out Russia and every claim drawn
 *       at it, Putin's included.</li>
 *   <li><b>Aggregation</b> of the kept claims as {@link GraphAggregator} does.</li>
 *   <li><b>Minimum evidence.</b> Edges with fewer than {@code minEvidence} distinct evidence
 *       sentences (counted over the kept claims only) are left out.</li>
 *   <li><b>Focus.</b> Only actors within {@code depth} steps of the focused actor (a person rolled
 *       up means his representative), following the remaining edges in the focus direction, stay,
 *       with the edges among them. A focus on an actor that is hidden or unknown leaves nothing.</li>
 *   <li><b>Isolated actors.</b> With {@code hideIsolated}, actors left without any edge are left
 *       out, except the actors the criteria name: the representatives of
 *       {@code onlyTouchingActorIds} and the focused actor, which stay as the anchor of the view.
 *       Without it, every actor that is a vertex stays, edges or not, unless hidden or outside the
 *       focus.</li>
 * </ol>
 * {@link AggregatedGraph#claims()} of the result lists the kept claims whose edge (or, for a
 * self-relation, whose vertex) is still shown; {@link AggregatedGraph#corpus()} is the unfiltered
 * corpus, the same instance as given. With {@link FilterCriteria#NONE} the result is exactly
 * {@link GraphAggregator#aggregate}'s graph.
 *
 * <p>Ids in the criteria that the corpus does not know are ignored (the caller reports them).
 * Runs in O(actors + relations · evidence).
 */
public final class GraphFilter {

    private final GraphAggregator aggregator = new GraphAggregator();

    /** The graph of the corpus under the criteria; see the class comment for the semantics. */
    public AggregatedGraph apply(Corpus corpus, PersonGrouping grouping, FilterCriteria criteria) {
        if (criteria.isEmpty()) {
            return aggregator.aggregate(corpus, grouping);
        }
        ActorRollUp rollUp = new ActorRollUp(corpus, grouping);
        Set<Actor> touching = representatives(corpus, rollUp, criteria.onlyTouchingActorIds());
        List<Relation> claims = new ArrayList<>();
        for (Relation relation : corpus.relations()) {
            if (accepts(relation, corpus, rollUp, criteria, touching)) {
                claims.add(relation);
            }
        }
        AggregatedGraph aggregated = aggregator.aggregate(corpus, grouping, claims,
                actor -> !criteria.hiddenActorIds().contains(actor.id()));
        Graph<Actor, AggregatedRelation> graph = new DirectedMultigraph<>(AggregatedRelation.class);
        aggregated.actors().forEach(graph::addVertex);
        for (AggregatedRelation edge : aggregated.relations()) {
            if (edge.evidenceCount() >= criteria.minEvidence()) {
                graph.addEdge(edge.source(), edge.target(), edge);
            }
        }
        Set<Actor> anchors = new LinkedHashSet<>(touching);
        if (criteria.focus() != null) {
            Optional<Actor> focused = corpus.actor(criteria.focus().actorId()).map(rollUp::representative)
                    .filter(graph::containsVertex);
            Set<Actor> inside = focused.map(actor -> neighbourhood(graph, actor, criteria.focus()))
                    .orElse(Set.of());
            removeVerticesExcept(graph, inside);
            focused.ifPresent(anchors::add);
        }
        if (criteria.hideIsolated()) {
            Set<Actor> linked = new LinkedHashSet<>();
            for (Actor actor : graph.vertexSet()) {
                if (graph.degreeOf(actor) > 0 || anchors.contains(actor)) {
                    linked.add(actor);
                }
            }
            removeVerticesExcept(graph, linked);
        }
        return restrict(aggregated, graph, rollUp);
    }

    /**
     * When a claim is placed in time: its own date, or else its article's publication date; empty
     * when it has neither.
     */
    public static Optional<DatePeriod> periodOf(Relation relation, Corpus corpus) {
        return relation.period().or(() -> corpus.requireArticle(relation.articleId()).publicationDate());
    }

    private static Set<Actor> representatives(Corpus corpus, ActorRollUp rollUp, Set<String> ids) {
        Set<Actor> result = new LinkedHashSet<>();
        for (String id : ids) {
            corpus.actor(id).map(rollUp::representative).ifPresent(result::add);
        }
        return result;
    }

    private static boolean accepts(Relation relation, Corpus corpus, ActorRollUp rollUp, FilterCriteria criteria,
                                   Set<Actor> touching) {
        if (criteria.hiddenTypeIds().contains(relation.typeId())
                || criteria.hiddenCertainties().contains(relation.certainty())
                || criteria.hiddenStatuses().contains(relation.status())) {
            return false;
        }
        Set<String> hidden = criteria.hiddenActorIds();
        if (hidden.contains(relation.sourceId()) || hidden.contains(relation.targetId())) {
            return false;
        }
        if (!criteria.onlyArticleIds().isEmpty() && !criteria.onlyArticleIds().contains(relation.articleId())) {
            return false;
        }
        Article article = corpus.requireArticle(relation.articleId());
        if (!criteria.onlyOutlets().isEmpty() && !criteria.onlyOutlets().contains(outletOf(article))) {
            return false;
        }
        if (!criteria.onlyAttributions().isEmpty() && !criteria.onlyAttributions().contains(claimantOf(relation))) {
            return false;
        }
        if (!criteria.onlyTouchingActorIds().isEmpty()) {
            Actor source = rollUp.representative(corpus.requireActor(relation.sourceId()));
            Actor target = rollUp.representative(corpus.requireActor(relation.targetId()));
            if (!touching.contains(source) && !touching.contains(target)) {
                return false;
            }
        }
        return inPeriod(relation, corpus, criteria);
    }

    /** The outlet as the criteria name it: {@code ""} for an article without one. */
    static String outletOf(Article article) {
        return article.outlet() == null ? "" : article.outlet().strip();
    }

    /** The claimant as the criteria name it: {@code ""} for the outlet's own voice. */
    static String claimantOf(Relation relation) {
        return relation.attribution() == null ? "" : relation.attribution().by().strip();
    }

    private static boolean inPeriod(Relation relation, Corpus corpus, FilterCriteria criteria) {
        if (criteria.from() == null && criteria.to() == null) {
            return true;
        }
        Optional<DatePeriod> period = periodOf(relation, corpus);
        if (period.isEmpty()) {
            return criteria.keepUndated();
        }
        if (criteria.from() != null && period.get().last().isBefore(criteria.from())) {
            return false;
        }
        return criteria.to() == null || !period.get().first().isAfter(criteria.to());
    }

    /** The actors within {@code focus.depth()} steps of {@code start}, breadth first. */
    private static Set<Actor> neighbourhood(Graph<Actor, AggregatedRelation> graph, Actor start, Focus focus) {
        Map<Actor, Integer> distance = new HashMap<>();
        Deque<Actor> queue = new ArrayDeque<>();
        distance.put(start, 0);
        queue.add(start);
        Set<Actor> reached = new LinkedHashSet<>();
        reached.add(start);
        while (!queue.isEmpty()) {
            Actor actor = queue.poll();
            int next = distance.get(actor) + 1;
            if (next > focus.depth()) {
                continue;
            }
            List<Actor> neighbours = new ArrayList<>();
            if (focus.direction() != FocusDirection.INCOMING) {
                graph.outgoingEdgesOf(actor).forEach(e -> neighbours.add(e.target()));
            }
            if (focus.direction() != FocusDirection.OUTGOING) {
                graph.incomingEdgesOf(actor).forEach(e -> neighbours.add(e.source()));
            }
            for (Actor neighbour : neighbours) {
                if (distance.putIfAbsent(neighbour, next) == null) {
                    reached.add(neighbour);
                    queue.add(neighbour);
                }
            }
        }
        return reached;
    }

    private static void removeVerticesExcept(Graph<Actor, AggregatedRelation> graph, Set<Actor> keep) {
        List<Actor> outside = graph.vertexSet().stream().filter(a -> !keep.contains(a)).toList();
        graph.removeAllVertices(outside);
    }

    /** The graph with the claims of its remaining edges and vertices, in file order. */
    private static AggregatedGraph restrict(AggregatedGraph aggregated, Graph<Actor, AggregatedRelation> graph,
                                            ActorRollUp rollUp) {
        Corpus corpus = aggregated.corpus();
        Set<Relation> bundled = new LinkedHashSet<>();
        graph.edgeSet().forEach(e -> bundled.addAll(e.relations()));
        List<Relation> claims = new ArrayList<>();
        int selfRelations = 0;
        for (Relation relation : aggregated.claims()) {
            Actor source = rollUp.representative(corpus.requireActor(relation.sourceId()));
            Actor target = rollUp.representative(corpus.requireActor(relation.targetId()));
            if (source.equals(target)) {
                if (graph.containsVertex(source)) {
                    claims.add(relation);
                    selfRelations++;
                }
            } else if (bundled.contains(relation)) {
                claims.add(relation);
            }
        }
        return new AggregatedGraph(corpus, aggregated.grouping(), graph, selfRelations, claims);
    }
}

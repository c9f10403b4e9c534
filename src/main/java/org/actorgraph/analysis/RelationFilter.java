package org.actorgraph.analysis;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Which claims to show: a pure function from criteria and a corpus to the graph to draw, shared by
 * the command line and the window. Each empty criterion lets everything through; the criteria
 * combine with "and", the values of one criterion with "or".
 *
 * <ul>
 *   <li>{@code typeIds}: keeps claims of these relation types.</li>
 *   <li>{@code statuses}: keeps claims with these statuses.</li>
 *   <li>{@code actorIds}: keeps claims with one of these actors at either end, after people are
 *       rolled up (asking for a leader under {@link PersonGrouping#ROLLED_UP} means his state).</li>
 *   <li>{@code from}, {@code to}: keeps claims whose period overlaps {@code [from, to]}. A claim's
 *       period is its own date, or else the publication date of its article; a claim with neither
 *       cannot be placed in time and is left out whenever a date bound is given.</li>
 * </ul>
 * When any criterion is set, actors left without edges are dropped from the graph, except those
 * named in {@code actorIds}; without criteria the graph is the full aggregated graph, isolated
 * actors included.
 *
 * @param from first day of the period, or null for no lower bound
 * @param to last day of the period (inclusive), or null for no upper bound
 */
public record RelationFilter(Set<String> typeIds, Set<Status> statuses, Set<String> actorIds, LocalDate from,
                             LocalDate to) {

    /** Lets everything through. */
    public static final RelationFilter NONE = new RelationFilter(Set.of(), Set.of(), Set.of(), null, null);

    public RelationFilter {
        typeIds = Set.copyOf(Objects.requireNonNullElse(typeIds, Set.of()));
        statuses = Set.copyOf(Objects.requireNonNullElse(statuses, Set.of()));
        actorIds = Set.copyOf(Objects.requireNonNullElse(actorIds, Set.of()));
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether every claim passes. */
    public boolean isEmpty() {
        return typeIds.isEmpty() && statuses.isEmpty() && actorIds.isEmpty() && from == null && to == null;
    }

    /** The ids this filter names that the corpus does not know: types first, then actors. */
    public List<String> unknownIds(Corpus corpus) {
        Set<String> unknown = new LinkedHashSet<>();
        typeIds.stream().sorted().filter(id -> corpus.relationType(id).isEmpty()).map(id -> "relation type " + id)
                .forEach(unknown::add);
        actorIds.stream().sorted().filter(id -> corpus.actor(id).isEmpty()).map(id -> "actor " + id)
                .forEach(unknown::add);
        return List.copyOf(unknown);
    }

    /** The claims of the corpus that pass, in file order. */
    public List<Relation> claims(Corpus corpus, PersonGrouping grouping) {
        ActorRollUp rollUp = new ActorRollUp(corpus, grouping);
        Set<Actor> wanted = wantedActors(corpus, rollUp);
        return corpus.relations().stream().filter(r -> accepts(r, corpus, rollUp, wanted)).toList();
    }

    /** The aggregated graph of the claims that pass. */
    public AggregatedGraph apply(Corpus corpus, PersonGrouping grouping) {
        GraphAggregator aggregator = new GraphAggregator();
        if (isEmpty()) {
            return aggregator.aggregate(corpus, grouping);
        }
        Corpus filtered = new Corpus(corpus.title(), corpus.actors(), corpus.relationTypes(), corpus.articles(),
                claims(corpus, grouping));
        AggregatedGraph all = aggregator.aggregate(filtered, grouping);
        Set<Actor> wanted = wantedActors(corpus, new ActorRollUp(corpus, grouping));
        Graph<Actor, AggregatedRelation> kept = new DirectedMultigraph<>(AggregatedRelation.class);
        for (Actor actor : all.actors()) {
            if (all.degree(actor) > 0 || wanted.contains(actor)) {
                kept.addVertex(actor);
            }
        }
        for (AggregatedRelation edge : all.relations()) {
            kept.addEdge(edge.source(), edge.target(), edge);
        }
        return new AggregatedGraph(filtered, grouping, kept, all.hiddenSelfRelations());
    }

    private Set<Actor> wantedActors(Corpus corpus, ActorRollUp rollUp) {
        Set<Actor> wanted = new LinkedHashSet<>();
        for (String id : actorIds) {
            corpus.actor(id).map(rollUp::representative).ifPresent(wanted::add);
        }
        return wanted;
    }

    private boolean accepts(Relation relation, Corpus corpus, ActorRollUp rollUp, Set<Actor> wanted) {
        if (!typeIds.isEmpty() && !typeIds.contains(relation.typeId())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(relation.status())) {
            return false;
        }
        if (!actorIds.isEmpty()) {
            Actor source = rollUp.representative(corpus.requireActor(relation.sourceId()));
            Actor target = rollUp.representative(corpus.requireActor(relation.targetId()));
            if (!wanted.contains(source) && !wanted.contains(target)) {
                return false;
            }
        }
        if (from != null || to != null) {
            Optional<DatePeriod> period = periodOf(relation, corpus);
            if (period.isEmpty()) {
                return false;
            }
            if (from != null && period.get().last().isBefore(from)) {
                return false;
            }
            if (to != null && period.get().first().isAfter(to)) {
                return false;
            }
        }
        return true;
    }

    /** When a claim is placed in time: its own date, or else its article's publication date. */
    public static Optional<DatePeriod> periodOf(Relation relation, Corpus corpus) {
        return relation.period().or(() -> corpus.requireArticle(relation.articleId()).publicationDate());
    }
}

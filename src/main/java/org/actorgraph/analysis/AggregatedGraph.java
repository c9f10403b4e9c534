package org.actorgraph.analysis;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The graph the view draws: one vertex per shown actor and one edge per (source, target, type),
 * each edge bundling all claims and evidence. Built by {@link GraphAggregator}; read-only.
 *
 * <p>A graph made by {@link ActorGrouping} for an overview also has group vertices, each standing
 * for several actors: {@link #group(Actor)} tells them apart and lists their members,
 * {@link #ungrouped()} is the graph they were grouped from.
 */
public final class AggregatedGraph {

    private final Corpus corpus;
    private final PersonGrouping grouping;
    private final Graph<Actor, AggregatedRelation> graph;
    private final int hiddenSelfRelations;
    private final List<Relation> claims;
    private final Map<Actor, ActorGroup> groups;
    private final Map<Actor, ActorGroup> groupOfMember;
    private final AggregatedGraph ungrouped;
    private volatile List<Actor> byDegree; // actorsByDegree(), once asked
    // The edges and what the legend and the status bar say of them, worked out where the graph is
    // built: at 100,000 edges each pass costs tens of milliseconds, and the window asks for them
    // on the FX thread as the graph is shown.
    private final List<AggregatedRelation> edges;
    private final List<RelationType> typesShown;
    private final Set<Certainty> certaintiesShown;
    private final int edgeClaimCount;

    /**
     * @param claims the claims behind the graph, in file order: those bundled in its edges and the
     *     self-relations of its vertices
     * @param hiddenSelfRelations how many of those claims are self-relations, left out of the drawing
     */
    AggregatedGraph(Corpus corpus, PersonGrouping grouping, Graph<Actor, AggregatedRelation> graph,
                    int hiddenSelfRelations, List<Relation> claims) {
        this(corpus, grouping, graph, hiddenSelfRelations, claims, List.of(), null);
    }

    /**
     * A grouped graph.
     *
     * @param groups the group vertices of {@code graph}, each with its members
     * @param ungrouped the graph the groups were made from, or null when there are no groups
     */
    AggregatedGraph(Corpus corpus, PersonGrouping grouping, Graph<Actor, AggregatedRelation> graph,
                    int hiddenSelfRelations, List<Relation> claims, List<ActorGroup> groups,
                    AggregatedGraph ungrouped) {
        this.corpus = corpus;
        this.grouping = grouping;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.hiddenSelfRelations = hiddenSelfRelations;
        this.claims = List.copyOf(claims);
        Map<Actor, ActorGroup> byVertex = new LinkedHashMap<>();
        Map<Actor, ActorGroup> byMember = new LinkedHashMap<>();
        for (ActorGroup group : groups) {
            byVertex.put(group.actor(), group);
            group.members().forEach(member -> byMember.put(member, group));
        }
        this.groups = byVertex;
        this.groupOfMember = byMember;
        this.ungrouped = ungrouped == null ? this : ungrouped;
        this.edges = List.copyOf(graph.edgeSet());
        Set<RelationType> types = new HashSet<>();
        Set<Certainty> certainties = EnumSet.noneOf(Certainty.class);
        int bundled = 0;
        for (AggregatedRelation edge : edges) {
            types.add(edge.type());
            certainties.add(edge.certainty());
            bundled += edge.relations().size();
        }
        this.typesShown = corpus.relationTypes().stream().filter(types::contains).toList();
        this.certaintiesShown = Collections.unmodifiableSet(certainties);
        this.edgeClaimCount = bundled;
    }

    /** The JGraphT view of the graph; it cannot be modified. */
    public Graph<Actor, AggregatedRelation> graph() {
        return graph;
    }

    /**
     * The whole corpus the graph was built from, filtered or not: the same instance for every graph
     * of one corpus, so a caller can tell a new filter (same corpus) from a new corpus.
     */
    public Corpus corpus() {
        return corpus;
    }

    /**
     * The claims this graph shows, in file order: every claim bundled in one of its edges, and the
     * claims left out of the drawing only because both ends are the same shown vertex (see
     * {@link #hiddenSelfRelations()}). Unfiltered, that is every relation of the corpus; filtered, the
     * claims that pass the filter and whose edge (or vertex) is still shown.
     */
    public List<Relation> claims() {
        return claims;
    }

    public PersonGrouping grouping() {
        return grouping;
    }

    /** The vertices, in the corpus's actor order. */
    public List<Actor> actors() {
        return List.copyOf(graph.vertexSet());
    }

    /** The edges, in order of their first claim in the corpus. */
    public List<AggregatedRelation> relations() {
        return edges;
    }

    /**
     * How many claims the edges bundle: {@link #claims()} less the self-relations left out of the
     * drawing. What the status bar counts as the claims shown.
     */
    public int edgeClaimCount() {
        return edgeClaimCount;
    }

    /**
     * The edges that start or end at a vertex, in no particular order; empty for an actor not
     * drawn. Read from the graph's own index of each vertex's edges, not by going over all of them.
     */
    public Set<AggregatedRelation> relationsOf(Actor actor) {
        return graph.containsVertex(actor) ? Collections.unmodifiableSet(graph.edgesOf(actor)) : Set.of();
    }

    /** In plus out degree, counting each aggregated edge once. */
    public int degree(Actor actor) {
        return graph.containsVertex(actor) ? graph.degreeOf(actor) : 0;
    }

    /** The relation types of the shown edges, in the corpus's type order: what the legend lists. */
    public List<RelationType> typesShown() {
        return typesShown;
    }

    /** The certainty groups of the shown edges, most certain first; it cannot be modified. */
    public Set<Certainty> certaintiesShown() {
        return certaintiesShown;
    }

    /** The edge from {@code sourceId} to {@code targetId} of the given type, if shown. */
    public Optional<AggregatedRelation> find(String sourceId, String targetId, String typeId) {
        return graph.edgeSet().stream()
                .filter(e -> e.source().id().equals(sourceId) && e.target().id().equals(targetId)
                        && e.type().id().equals(typeId))
                .findFirst();
    }

    /** The shown actor with this id, if any. */
    public Optional<Actor> actor(String id) {
        return graph.vertexSet().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * Claims left out because both ends are the same vertex, mostly because rolling people up
     * merged them (a leader's relation with his own state), or because both ends are members of
     * one group. Counts only claims of {@link #claims()}.
     */
    public int hiddenSelfRelations() {
        return hiddenSelfRelations;
    }

    /** The group vertices of an overview, in vertex order; empty when every actor is drawn on its own. */
    public List<ActorGroup> groups() {
        return List.copyOf(groups.values());
    }

    /** The group this vertex stands for; empty for an actor drawn on its own. */
    public Optional<ActorGroup> group(Actor vertex) {
        return Optional.ofNullable(groups.get(vertex));
    }

    /** Whether this vertex stands for a group of actors. */
    public boolean isGroup(Actor vertex) {
        return groups.containsKey(vertex);
    }

    /** The group an actor of {@link #ungrouped()} is drawn inside; empty when it is drawn on its own or not at all. */
    public Optional<ActorGroup> groupContaining(Actor member) {
        return Optional.ofNullable(groupOfMember.get(member));
    }

    /**
     * The vertex an actor of {@link #ungrouped()} is drawn as: its group's, or itself (whether
     * or not it is shown).
     */
    public Actor drawnAs(Actor actor) {
        ActorGroup group = groupOfMember.get(actor);
        return group == null ? actor : group.actor();
    }

    /** The graph the groups were made from (filtered, not grouped); this graph itself when it has none. */
    public AggregatedGraph ungrouped() {
        return ungrouped;
    }

    /** Actors ordered by degree, highest first, then by name. */
    public List<Actor> actorsByDegree() {
        List<Actor> sorted = byDegree;
        if (sorted == null) {
            // Asked again at every zoom of a large drawing (which names to keep): sorted once.
            sorted = graph.vertexSet().stream()
                    .sorted(Comparator.comparingInt(this::degree).reversed().thenComparing(Actor::name))
                    .toList();
            byDegree = sorted;
        }
        return sorted;
    }
}

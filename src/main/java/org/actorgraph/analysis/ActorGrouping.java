package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * Condenses a big graph into an overview: some actors are replaced by one group vertex each
 * ({@link ActorGroup}), under a {@link GroupingSpec}. A pure function, run after the filters;
 * stateless, one instance may be shared between threads.
 *
 * <ul>
 *   <li><b>Top K</b> keeps the K actors most central by the spec's {@link Metric} (computed on the
 *       given graph) and puts all others into one group, {@code group:others}, named
 *       "Other actors (N)".</li>
 *   <li><b>Communities</b> ({@link CommunityDetection}) become one group each, with the id
 *       {@code group:community:<id of its most central member>} and the name
 *       "Community of <most central member> (N actors)", except the communities whose id the spec
 *       lists as expanded: their members stay on their own. Actors without any edge, which belong to
 *       no community, become one group {@code group:unlinked}, "Actors without relations (N)".</li>
 * </ul>
 * A group of one is not made: that actor stays on its own. Ties in centrality are broken by actor
 * id, so the same graph and spec always give the same groups.
 *
 * <p>Edges are re-aggregated per (source, target, type) with every end replaced by the vertex it is
 * drawn as: all claims of the merged edges are kept, in file order, and the evidence count is that
 * of the merged claims (distinct sentences, so the sum of the merged edges' counts unless one
 * sentence supports two of them). An edge with both ends in the same group is not drawn; the group
 * counts it in {@link ActorGroup#internalRelations()} and its claims in
 * {@link ActorGroup#internalClaims()} and {@link AggregatedGraph#hiddenSelfRelations()}. An edge
 * none of whose ends is grouped is the same instance as before.
 *
 * <p>Vertices keep the given graph's order, a group taking the place of its first member. The
 * result's {@link AggregatedGraph#claims()} are the given graph's: nothing is filtered out, only drawn
 * together. Runs in O(V·E) for communities or betweenness, otherwise in O(V log V + claims · evidence).
 */
public final class ActorGrouping {

    /** The id of the top-K group. */
    public static final String OTHERS_ID = ActorGroup.ID_PREFIX + "others";

    /** The id of the group of actors without relations in a community overview. */
    public static final String UNLINKED_ID = ActorGroup.ID_PREFIX + "unlinked";

    /** How the id of a community group begins; the id of its most central member follows. */
    public static final String COMMUNITY_ID_PREFIX = ActorGroup.ID_PREFIX + "community:";

    private final CentralityAnalysis centrality;
    private final CommunityDetection communities;

    public ActorGrouping() {
        this(new CentralityAnalysis(), new CommunityDetection());
    }

    public ActorGrouping(CentralityAnalysis centrality, CommunityDetection communities) {
        this.centrality = Objects.requireNonNull(centrality);
        this.communities = Objects.requireNonNull(communities);
    }

    /**
     * The overview of {@code graph} under {@code spec}; the graph itself when the spec does not group
     * ({@link GroupingSpec.Mode#ALL}) or nothing would be grouped. A graph that is already grouped is
     * grouped again from its {@link AggregatedGraph#ungrouped()} graph.
     */
    public AggregatedGraph apply(AggregatedGraph graph, GroupingSpec spec) {
        return apply(graph, spec, null);
    }

    /**
     * As {@link #apply(AggregatedGraph, GroupingSpec)}, with the communities of
     * {@code graph.ungrouped()} already found (by {@link #communitiesOf}), so that expanding and
     * collapsing communities of one graph does not detect them again.
     *
     * @param known the communities of {@code graph.ungrouped()}, or null to detect them when needed
     */
    public AggregatedGraph apply(AggregatedGraph graph, GroupingSpec spec, Communities known) {
        AggregatedGraph source = graph.ungrouped();
        if (!spec.isGrouped() || source.actors().isEmpty()) {
            return source;
        }
        Comparator<Actor> mostCentralFirst = mostCentralFirst(source, spec.metric());
        List<Draft> drafts = spec.mode() == GroupingSpec.Mode.TOP_K
                ? topKGroups(source, spec.topK(), mostCentralFirst)
                : communityGroups(source, known != null ? known : communitiesOf(source), spec.expanded(),
                        mostCentralFirst);
        if (drafts.isEmpty()) {
            return source;
        }
        Map<Actor, Actor> drawnAs = new HashMap<>();
        Map<Actor, Draft> byVertex = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            byVertex.put(draft.vertex(), draft);
            draft.members().forEach(member -> drawnAs.put(member, draft.vertex()));
        }
        return regroup(source, drawnAs, byVertex);
    }

    /**
     * {@code part} (a graph filtered from the one {@code grouped} was made of) grouped the way
     * {@code grouped} is: the same group vertices, with the members {@code part} still has, so
     * groups keep their names and places whatever a filter leaves out, and every vertex and edge of
     * the result is one of {@code grouped}'s. A group none of whose members is left is not drawn.
     */
    public AggregatedGraph within(AggregatedGraph grouped, AggregatedGraph part) {
        AggregatedGraph source = part.ungrouped();
        if (grouped.groups().isEmpty()) {
            return source;
        }
        Set<Actor> present = source.graph().vertexSet();
        Map<Actor, Actor> drawnAs = new HashMap<>();
        Map<Actor, Draft> byVertex = new LinkedHashMap<>();
        for (ActorGroup group : grouped.groups()) {
            List<Actor> left = group.members().stream().filter(present::contains).toList();
            if (left.isEmpty()) {
                continue;
            }
            byVertex.put(group.actor(), new Draft(group.kind(), group.actor(), left));
            left.forEach(member -> drawnAs.put(member, group.actor()));
        }
        return regroup(source, drawnAs, byVertex);
    }

    /** A group before its internal relations are counted. */
    private record Draft(ActorGroup.Kind kind, Actor vertex, List<Actor> members) { }

    /** The id the community whose most central member is {@code leader} has as a group. */
    public static String communityId(Actor leader) {
        return COMMUNITY_ID_PREFIX + leader.id();
    }

    private static List<Draft> topKGroups(AggregatedGraph graph, int k, Comparator<Actor> mostCentralFirst) {
        List<Actor> ranked = new ArrayList<>(graph.actors());
        ranked.sort(mostCentralFirst);
        if (ranked.size() - k < 2) {
            return List.of();
        }
        List<Actor> rest = List.copyOf(ranked.subList(k, ranked.size()));
        return List.of(new Draft(ActorGroup.Kind.OTHERS,
                vertex(OTHERS_ID, "Other actors (" + rest.size() + ")"), rest));
    }

    /** The communities the community overview of {@code graph} groups; detection takes O(V·E). */
    public Communities communitiesOf(AggregatedGraph graph) {
        return communities.detect(graph.ungrouped());
    }

    private static List<Draft> communityGroups(AggregatedGraph graph, Communities found, Set<String> expanded,
                                               Comparator<Actor> mostCentralFirst) {
        List<Draft> result = new ArrayList<>();
        for (Set<Actor> community : found.groups()) {
            if (community.size() < 2) {
                continue;
            }
            List<Actor> ranked = new ArrayList<>(community);
            ranked.sort(mostCentralFirst);
            Actor leader = ranked.get(0);
            if (!expanded.contains(communityId(leader))) {
                result.add(new Draft(ActorGroup.Kind.COMMUNITY, vertex(communityId(leader),
                        "Community of " + leader.name() + " (" + ranked.size() + " actors)"), List.copyOf(ranked)));
            }
        }
        List<Actor> unlinked = graph.actors().stream().filter(a -> graph.degree(a) == 0)
                .sorted(Comparator.comparing(Actor::id)).toList();
        if (unlinked.size() >= 2) {
            result.add(new Draft(ActorGroup.Kind.UNLINKED,
                    vertex(UNLINKED_ID, "Actors without relations (" + unlinked.size() + ")"), unlinked));
        }
        return result;
    }

    private static Actor vertex(String id, String name) {
        return new Actor(id, name, ActorKind.OTHER, List.of(), null);
    }

    // Higher value first, then by id. Degrees are counted here; the other metrics need the analysis.
    private Comparator<Actor> mostCentralFirst(AggregatedGraph graph, Metric metric) {
        Map<Actor, Double> value = new HashMap<>();
        Graph<Actor, AggregatedRelation> g = graph.graph();
        switch (metric) {
            case DEGREE -> g.vertexSet().forEach(a -> value.put(a, (double) g.degreeOf(a)));
            case IN_DEGREE -> g.vertexSet().forEach(a -> value.put(a, (double) g.inDegreeOf(a)));
            case OUT_DEGREE -> g.vertexSet().forEach(a -> value.put(a, (double) g.outDegreeOf(a)));
            default -> centrality.compute(graph).forEach(m -> value.put(m.actor(), m.value(metric)));
        }
        return Comparator.<Actor>comparingDouble(a -> -value.getOrDefault(a, 0.0)).thenComparing(Actor::id);
    }

    private static AggregatedGraph regroup(AggregatedGraph source, Map<Actor, Actor> drawnAs,
                                           Map<Actor, Draft> drafts) {
        Corpus corpus = source.corpus();
        Graph<Actor, AggregatedRelation> graph = new DirectedMultigraph<>(AggregatedRelation.class);
        for (Actor actor : source.actors()) {
            graph.addVertex(drawnAs.getOrDefault(actor, actor));
        }
        record Key(Actor source, Actor target, RelationType type) { }
        // Source edges are in order of their first claim, so bundles keyed in that order are too.
        Map<Key, List<AggregatedRelation>> bundles = new LinkedHashMap<>();
        Map<Actor, int[]> internal = new HashMap<>();
        for (AggregatedRelation edge : source.relations()) {
            Actor from = drawnAs.getOrDefault(edge.source(), edge.source());
            Actor to = drawnAs.getOrDefault(edge.target(), edge.target());
            if (from.equals(to)) {
                int[] counts = internal.computeIfAbsent(from, a -> new int[2]);
                counts[0]++;
                counts[1] += edge.relations().size();
                continue;
            }
            bundles.computeIfAbsent(new Key(from, to, edge.type()), k -> new ArrayList<>()).add(edge);
        }
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Relation relation : corpus.relations()) {
            fileOrder.put(relation.id(), fileOrder.size());
        }
        Map<String, Integer> articleOrder = new HashMap<>();
        for (Article article : corpus.articles()) {
            articleOrder.put(article.id(), articleOrder.size());
        }
        bundles.forEach((key, edges) -> {
            AggregatedRelation first = edges.get(0);
            if (edges.size() == 1 && key.source().equals(first.source()) && key.target().equals(first.target())) {
                graph.addEdge(key.source(), key.target(), first);
                return;
            }
            List<Relation> claims = new ArrayList<>();
            edges.forEach(e -> claims.addAll(e.relations()));
            claims.sort(Comparator.comparingInt(r -> fileOrder.getOrDefault(r.id(), Integer.MAX_VALUE)));
            graph.addEdge(key.source(), key.target(),
                    new AggregatedRelation(key.source(), key.target(), key.type(), claims, corpus, articleOrder));
        });
        List<ActorGroup> groups = new ArrayList<>();
        int hiddenInside = 0;
        for (Actor vertex : graph.vertexSet()) {
            Draft draft = drafts.get(vertex);
            if (draft != null) {
                int[] counts = internal.getOrDefault(vertex, new int[2]);
                groups.add(new ActorGroup(vertex, draft.kind(), draft.members(), counts[0], counts[1]));
                hiddenInside += counts[1];
            }
        }
        return new AggregatedGraph(corpus, source.grouping(), graph, source.hiddenSelfRelations() + hiddenInside,
                source.claims(), groups, source);
    }
}

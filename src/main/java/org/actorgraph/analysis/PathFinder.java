package org.actorgraph.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.jgrapht.Graph;

/**
 * Paths between two actors of an {@link AggregatedGraph}: how is A linked to B? Stateless; one
 * instance may be shared between threads.
 *
 * <p>A step joins two actors linked by at least one shown edge; parallel edges (several types, or
 * both directions when direction is ignored) are one step listing all of them. With
 * {@code followDirection} a step goes only from an edge's source to its target; without, edges are
 * followed either way.
 *
 * <p><b>Order.</b> Paths are compared by length, then by the names of their actors from the start
 * (then their ids), so results are deterministic: {@link #shortest} gives the first of the shortest
 * paths in this order, which is also the first of {@link #allSimplePaths}.
 *
 * <p>A path from an actor to itself has length 0. Actors that are not in the graph have no paths.
 */
public final class PathFinder {

    private static final Comparator<Actor> BY_NAME = Comparator.comparing(Actor::name).thenComparing(Actor::id);

    /**
     * The first shortest path from {@code from} to {@code to} in the order of the class comment, by
     * a breadth-first search in O(V log V + E); empty when {@code to} cannot be reached.
     */
    public Optional<ActorPath> shortest(AggregatedGraph g, Actor from, Actor to, boolean followDirection) {
        Graph<Actor, AggregatedRelation> graph = g.graph();
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        // Neighbours in name order and the first discovery kept: the parent chain of each actor is
        // then the smallest of its shortest paths by names (breadth-first order is lexicographic).
        Map<Actor, Actor> parent = new HashMap<>();
        Deque<Actor> queue = new ArrayDeque<>();
        parent.put(from, from);
        queue.add(from);
        while (!queue.isEmpty() && !parent.containsKey(to)) {
            Actor actor = queue.poll();
            for (Actor next : neighbours(graph, actor, followDirection)) {
                if (!parent.containsKey(next)) {
                    parent.put(next, actor);
                    queue.add(next);
                }
            }
        }
        if (!parent.containsKey(to)) {
            return Optional.empty();
        }
        List<Actor> actors = new ArrayList<>();
        for (Actor at = to; !at.equals(from); at = parent.get(at)) {
            actors.add(0, at);
        }
        actors.add(0, from);
        return Optional.of(path(graph, actors, followDirection));
    }

    /**
     * Every simple path (no actor twice) from {@code from} to {@code to} of at most
     * {@code maxLength} steps, sorted as in the class comment. The number of paths grows as
     * (degree)^maxLength; lengths up to 4 are meant.
     *
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public List<ActorPath> allSimplePaths(AggregatedGraph g, Actor from, Actor to, int maxLength,
                                          boolean followDirection) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maximum length must be 0 or more, was " + maxLength);
        }
        Graph<Actor, AggregatedRelation> graph = g.graph();
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return List.of();
        }
        List<List<Actor>> found = new ArrayList<>();
        Set<Actor> onPath = new LinkedHashSet<>();
        onPath.add(from);
        search(graph, from, to, maxLength, followDirection, onPath, found);
        found.sort(Comparator.<List<Actor>>comparingInt(List::size).thenComparing(PathFinder::compareByNames));
        return found.stream().map(actors -> path(graph, actors, followDirection)).toList();
    }

    private static void search(Graph<Actor, AggregatedRelation> graph, Actor at, Actor to, int stepsLeft,
                               boolean followDirection, Set<Actor> onPath, List<List<Actor>> found) {
        if (at.equals(to)) {
            found.add(List.copyOf(onPath));
            return;
        }
        if (stepsLeft == 0) {
            return;
        }
        for (Actor next : neighbours(graph, at, followDirection)) {
            if (onPath.add(next)) {
                search(graph, next, to, stepsLeft - 1, followDirection, onPath, found);
                onPath.remove(next);
            }
        }
    }

    private static int compareByNames(List<Actor> a, List<Actor> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = BY_NAME.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The actors one step away, in name order, each once. */
    private static List<Actor> neighbours(Graph<Actor, AggregatedRelation> graph, Actor actor,
                                          boolean followDirection) {
        Set<Actor> result = new LinkedHashSet<>();
        graph.outgoingEdgesOf(actor).forEach(e -> result.add(e.target()));
        if (!followDirection) {
            graph.incomingEdgesOf(actor).forEach(e -> result.add(e.source()));
        }
        result.remove(actor);
        return result.stream().sorted(BY_NAME).toList();
    }

    private static ActorPath path(Graph<Actor, AggregatedRelation> graph, List<Actor> actors, boolean followDirection) {
        List<PathStep> steps = new ArrayList<>();
        for (int i = 0; i + 1 < actors.size(); i++) {
            Actor a = actors.get(i);
            Actor b = actors.get(i + 1);
            List<AggregatedRelation> relations = new ArrayList<>(graph.getAllEdges(a, b));
            if (!followDirection) {
                relations.addAll(graph.getAllEdges(b, a));
            }
            relations.sort(Comparator.comparingInt(AggregatedRelation::evidenceCount).reversed()
                    .thenComparing(r -> r.type().label()).thenComparing(AggregatedRelation::id));
            steps.add(new PathStep(a, b, relations));
        }
        return new ActorPath(actors, steps);
    }
}

package org.actorgraph.analysis;

import java.util.List;
import org.actorgraph.model.Actor;

/**
 * A path between two actors found by {@link PathFinder}: the actors in order, from the start to the
 * end, and the steps between them. Parallel edges between two neighbours are one step.
 *
 * @param actors the actors in order; the first is the start, the last the end, none twice
 * @param steps one step per consecutive pair of actors ({@code actors.size() - 1} of them)
 */
public record ActorPath(List<Actor> actors, List<PathStep> steps) {

    public ActorPath {
        actors = List.copyOf(actors);
        steps = List.copyOf(steps);
        if (actors.isEmpty() || steps.size() != actors.size() - 1) {
            throw new IllegalArgumentException(actors.size() + " actors need " + Math.max(0, actors.size() - 1)
                    + " steps, not " + steps.size());
        }
    }

    /** The number of steps; 0 for the path from an actor to itself. */
    public int length() {
        return steps.size();
    }
}

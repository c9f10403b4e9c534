package org.actorgraph.analysis;

import java.util.List;
import java.util.Objects;
import org.actorgraph.model.Actor;

/**
 * One step of an {@link ActorPath}: from one actor to the next, with every shown edge that makes
 * the step possible.
 *
 * @param from the actor the step leaves
 * @param to the actor the step reaches
 * @param relations the aggregated edges between the two: only {@code from → to} when the path follows
 *     direction, edges either way otherwise; most evidence first, then by type label and id
 */
public record PathStep(Actor from, Actor to, List<AggregatedRelation> relations) {

    public PathStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        relations = List.copyOf(relations);
    }
}

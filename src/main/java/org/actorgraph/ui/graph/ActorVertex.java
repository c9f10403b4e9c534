package org.actorgraph.ui.graph;

import java.util.Objects;
import org.actorgraph.model.Actor;

/**
 * The element SmartGraph stores at a vertex: it wraps an actor so that drawing concerns stay out
 * of the model. Equal when the actors are equal; the label is the actor's name.
 */
public final class ActorVertex {

    private final Actor actor;

    public ActorVertex(Actor actor) {
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActorVertex other && actor.equals(other.actor);
    }

    @Override
    public int hashCode() {
        return actor.hashCode();
    }

    /** SmartGraph's label for the vertex. */
    @Override
    public String toString() {
        return actor.name();
    }
}

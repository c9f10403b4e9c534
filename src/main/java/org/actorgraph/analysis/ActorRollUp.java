package org.actorgraph.analysis;

import java.util.HashSet;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Corpus;

/**
 * Decides which vertex stands for an actor under a {@link PersonGrouping}. Only people are rolled
 * up: a person with an affiliation is represented by that actor, followed transitively while it is
 * itself an affiliated person. Organisations and groups keep their own vertex.
 */
public final class ActorRollUp {

    private final Corpus corpus;
    private final PersonGrouping grouping;

    public ActorRollUp(Corpus corpus, PersonGrouping grouping) {
        this.corpus = corpus;
        this.grouping = grouping;
    }

    /** The actor that represents {@code actor} in the graph; the actor itself when not rolled up. */
    public Actor representative(Actor actor) {
        if (grouping == PersonGrouping.SEPARATE) {
            return actor;
        }
        Actor current = actor;
        // The reader rejects affiliation cycles; the visited set only guards against a corpus
        // built in code without that check.
        Set<String> visited = new HashSet<>();
        while (current.kind() == ActorKind.PERSON && current.affiliation() != null
                && visited.add(current.id())) {
            Actor next = corpus.actor(current.affiliation()).orElse(null);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Whether the actor is drawn as a vertex of its own. */
    public boolean isVertex(Actor actor) {
        return representative(actor).equals(actor);
    }
}

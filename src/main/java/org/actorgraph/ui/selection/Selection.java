package org.actorgraph.ui.selection;

import java.util.Objects;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Actor;

/** What the user has selected in the graph: nothing, one actor, or one (aggregated) relation. */
public sealed interface Selection {

    /** Nothing selected. */
    Selection NONE = new Nothing();

    static Selection of(Actor actor) {
        return new ActorSelected(actor);
    }

    static Selection of(AggregatedRelation relation) {
        return new RelationSelected(relation);
    }

    /** Nothing is selected. */
    record Nothing() implements Selection { }

    /** An actor (vertex) is selected. */
    record ActorSelected(Actor actor) implements Selection {
        public ActorSelected {
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** A relation (edge) is selected. */
    record RelationSelected(AggregatedRelation relation) implements Selection {
        public RelationSelected {
            Objects.requireNonNull(relation, "relation");
        }
    }
}

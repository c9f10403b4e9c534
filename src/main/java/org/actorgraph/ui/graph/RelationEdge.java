package org.actorgraph.ui.graph;

import java.util.Objects;
import org.actorgraph.analysis.AggregatedRelation;

/**
 * The element SmartGraph stores at an edge: one aggregated relation. Each has its own id, so
 * parallel relations between the same two actors stay distinct hash keys.
 */
public final class RelationEdge {

    private final AggregatedRelation relation;

    public RelationEdge(AggregatedRelation relation) {
        this.relation = Objects.requireNonNull(relation, "relation");
    }

    public AggregatedRelation relation() {
        return relation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelationEdge other && relation.id().equals(other.relation.id());
    }

    @Override
    public int hashCode() {
        return relation.id().hashCode();
    }

    /** SmartGraph's label for the edge: the relation type. */
    @Override
    public String toString() {
        return relation.type().label();
    }
}

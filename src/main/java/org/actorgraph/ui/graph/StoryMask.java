package org.actorgraph.ui.graph;

import java.util.Objects;
import java.util.Set;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Relation;

/**
 * What a story step shows: the claims told so far and, among them, those the step adds. An edge
 * is drawn when one of its claims has been told and emphasised when the step adds one of them.
 *
 * @param shownClaimIds ids of the claims ({@link org.actorgraph.model.Relation}s) told so far
 * @param newClaimIds ids of the claims the current step adds
 */
public record StoryMask(Set<String> shownClaimIds, Set<String> newClaimIds) {

    public StoryMask {
        shownClaimIds = Set.copyOf(Objects.requireNonNullElse(shownClaimIds, Set.of()));
        newClaimIds = Set.copyOf(Objects.requireNonNullElse(newClaimIds, Set.of()));
    }

    /** Whether the edge is drawn at this step: one of its claims has been told. */
    public boolean shows(AggregatedRelation edge) {
        for (Relation claim : edge.relations()) {
            if (shownClaimIds.contains(claim.id()) || newClaimIds.contains(claim.id())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the edge is emphasised at this step: the step adds one of its claims. */
    public boolean adds(AggregatedRelation edge) {
        for (Relation claim : edge.relations()) {
            if (newClaimIds.contains(claim.id())) {
                return true;
            }
        }
        return false;
    }
}

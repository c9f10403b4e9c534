package org.actorgraph.ui.graph;

import java.util.Objects;
import java.util.Set;

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
}

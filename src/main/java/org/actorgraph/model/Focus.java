package org.actorgraph.model;

import java.util.Objects;

/**
 * The neighbourhood of one actor: everything within {@code depth} steps of it, following relations
 * in the given direction.
 *
 * @param actorId the focused actor (as shown: a rolled-up person's state)
 * @param depth number of steps, 1 to 3
 * @param direction which relations to follow
 */
public record Focus(String actorId, int depth, FocusDirection direction) {

    /** The largest neighbourhood the view offers. */
    public static final int MAX_DEPTH = 3;

    public Focus {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(direction, "direction");
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be 1 to " + MAX_DEPTH + ", was " + depth);
        }
    }
}

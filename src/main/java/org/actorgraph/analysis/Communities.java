package org.actorgraph.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.model.Actor;

/**
 * Groups of actors more linked among themselves than with the rest, found by
 * {@link CommunityDetection}.
 *
 * @param groups the communities, largest first, then by the name of their first actor; each group
 *     iterates its actors by name. No actor is in two groups.
 */
public record Communities(List<Set<Actor>> groups) {

    public Communities {
        groups = groups.stream().map(g -> Collections.unmodifiableSet(new LinkedHashSet<>(g))).toList();
    }

    /** The index in {@link #groups()} of the community of {@code actor}, or -1 if it is in none. */
    public int communityOf(Actor actor) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).contains(actor)) {
                return i;
            }
        }
        return -1;
    }

    /** The number of communities. */
    public int count() {
        return groups.size();
    }
}

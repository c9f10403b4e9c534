package org.actorgraph.ui.details;

import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.ui.format.Labels;

/**
 * One relation of the selected actor, as a clickable line of the details panel. Its text is made
 * when asked for: an actor of a large corpus has thousands of relations, and only the first of
 * each type are listed.
 *
 * @param group the heading it is listed under: the relation type
 * @param incoming whether the relation comes in from the other actor
 * @param other the name of the actor at the other end
 * @param relation what clicking it selects
 */
public record RelationLink(String group, boolean incoming, String other, AggregatedRelation relation) {

    /** Direction, the other actor and the number of claims, e.g. "→ Russia (4 claims)". */
    public String text() {
        return (incoming ? "← " : "→ ") + other + " ("
                + Labels.count(relation.relations().size(), "claim", "claims") + ")";
    }

    /** The line with its heading, e.g. "Arms supply → Russia (4 claims)". */
    public String fullText() {
        return group + " " + text();
    }
}

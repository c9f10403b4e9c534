package org.actorgraph.ui.details;

import org.actorgraph.analysis.AggregatedRelation;

/**
 * One relation of the selected actor, as a clickable line of the details panel.
 *
 * @param group the heading it is listed under: the relation type
 * @param text direction, the other actor and the number of claims, e.g. "→ Russia (4 claims)"
 * @param relation what clicking it selects
 */
public record RelationLink(String group, String text, AggregatedRelation relation) {

    /** The line with its heading, e.g. "Arms supply → Russia (4 claims)". */
    public String fullText() {
        return group + " " + text;
    }
}

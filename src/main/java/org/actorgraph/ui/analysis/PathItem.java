package org.actorgraph.ui.analysis;

import org.actorgraph.analysis.ActorPath;

/**
 * A path between the two chosen actors, as the path list shows it.
 *
 * @param path the path
 * @param label e.g. "Iran → Russia → Ukraine (2 steps, shortest)"
 */
public record PathItem(ActorPath path, String label) {

    @Override
    public String toString() {
        return label;
    }
}

package org.actorgraph.ui.graph;

import java.util.Map;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;

/**
 * Where a group vertex of an overview goes: at the centroid of its members' places in the layout of
 * the full graph, so a community sits where its actors are and expanding it spreads them around
 * that spot.
 */
final class GroupPlacement {

    private GroupPlacement() {
    }

    /**
     * The mean position of the group's members that have one; {@code fallback} when none has.
     *
     * @param positions where every actor of the full graph is drawn
     */
    static Point centroid(ActorGroup group, Map<Actor, Point> positions, Point fallback) {
        double x = 0;
        double y = 0;
        int n = 0;
        for (Actor member : group.members()) {
            Point p = positions.get(member);
            if (p != null) {
                x += p.x();
                y += p.y();
                n++;
            }
        }
        return n == 0 ? fallback : new Point(x / n, y / n);
    }
}

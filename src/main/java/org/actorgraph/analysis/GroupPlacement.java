package org.actorgraph.analysis;

import java.util.Map;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;

/**
 * Where a group vertex of an overview goes: at the centroid of its members' places in the layout of
 * the full graph, so a community sits where its actors are and expanding it spreads them around
 * that spot. The actors without relations, scattered at the edge of the full layout, are kept
 * as one group just below the rest, so that they do not stretch the overview.
 */
public final class GroupPlacement {

    private GroupPlacement() {
    }

    /**
     * The mean position of the group's members that have one; {@code fallback} when none has.
     *
     * @param positions where every actor of the full graph is drawn
     */
    /** How far below the lowest other vertex the group of actors without relations goes. */
    public static final double UNLINKED_GAP = 150;

    /**
     * Moves the group of actors without relations of an overview, if it has one and has no place
     * of its own, to the middle of the other vertices, {@link #UNLINKED_GAP} below the lowest.
     *
     * @param placed the position of every drawn vertex; changed
     */
    public static void placeUnlinked(AggregatedGraph shown, Map<Actor, Point> own, Map<Actor, Point> placed) {
        for (ActorGroup group : shown.groups()) {
            if (group.kind() != ActorGroup.Kind.UNLINKED || own.containsKey(group.actor())) {
                continue;
            }
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Map.Entry<Actor, Point> entry : placed.entrySet()) {
                if (!entry.getKey().equals(group.actor())) {
                    minX = Math.min(minX, entry.getValue().x());
                    maxX = Math.max(maxX, entry.getValue().x());
                    maxY = Math.max(maxY, entry.getValue().y());
                }
            }
            if (minX <= maxX) {
                placed.put(group.actor(), new Point((minX + maxX) / 2, maxY + UNLINKED_GAP));
            }
        }
    }

    public static Point centroid(ActorGroup group, Map<Actor, Point> positions, Point fallback) {
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

    /**
     * Where each actor of a shown graph goes, given the places of the full graph's actors: an actor
     * at its own place, a group at the middle of its members (or of the drawing when none has a
     * place), and the group of actors without relations below the rest.
     *
     * @param shown the graph drawn, perhaps with overview groups
     * @param positions places of the full graph's actors
     * @param width the drawing's width
     * @param height the drawing's height
     */
    public static Map<Actor, Point> place(AggregatedGraph shown, Map<Actor, Point> positions, double width,
                                          double height) {
        Map<Actor, Point> placed = new java.util.HashMap<>();
        Point middle = new Point(width / 2, height / 2);
        for (Actor actor : shown.actors()) {
            Point p = positions.get(actor);
            if (p == null) {
                p = shown.group(actor).map(g -> centroid(g, positions, middle)).orElse(middle);
            }
            placed.put(actor, p);
        }
        placeUnlinked(shown, positions, placed);
        return placed;
    }
}

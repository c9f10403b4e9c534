package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.List;
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

    /** How far below the lowest other vertex the group of actors without relations goes. */
    public static final double UNLINKED_GAP = 150;

    /**
     * The room, in drawing units, that a group's vertex (up to 68 across) and its two-line name in
     * 22 px type take: groups are kept at least this far from each other, by half of it plus half
     * of {@link #ACTOR_WIDTH} from an actor drawn on its own.
     */
    public static final double GROUP_WIDTH = 280;
    public static final double GROUP_HEIGHT = 140;
    /** The room an actor's vertex and its name in 13 px type take. */
    public static final double ACTOR_WIDTH = 130;
    public static final double ACTOR_HEIGHT = 90;

    private static final int SEPARATION_ROUNDS = 200;

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

    /**
     * The mean position of the group's members that have one; {@code fallback} when none has.
     *
     * @param positions where every actor of the full graph is drawn
     */
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
     * place) unless that covers another vertex or its name, and the group of actors without
     * relations below the rest.
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
        separateGroups(shown, positions, placed);
        placeUnlinked(shown, positions, placed);
        return placed;
    }

    // In a dense graph the middles of two communities, or of the other actors and a central actor,
    // can fall together: vertices and names would cover each other and the lines between them
    // shrink to loops. Each group placed by this class that covers a vertex is moved off it along
    // the shorter way, both ways when two groups meet, in a fixed order and number of rounds.
    // Actors at their own places do not move.
    private static void separateGroups(AggregatedGraph shown, Map<Actor, Point> own, Map<Actor, Point> placed) {
        List<Actor> movable = new ArrayList<>();
        for (ActorGroup group : shown.groups()) {
            if (group.kind() != ActorGroup.Kind.UNLINKED && !own.containsKey(group.actor())) {
                movable.add(group.actor());
            }
        }
        if (movable.isEmpty()) {
            return;
        }
        List<Actor> fixed = new ArrayList<>();
        for (Actor actor : shown.actors()) {
            boolean unlinked = shown.group(actor).map(g -> g.kind() == ActorGroup.Kind.UNLINKED).orElse(false);
            if (!movable.contains(actor) && !unlinked) {
                fixed.add(actor);
            }
        }
        for (int round = 0; round < SEPARATION_ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < movable.size(); i++) {
                Actor group = movable.get(i);
                for (int j = i + 1; j < movable.size(); j++) {
                    moved |= pushApart(placed, group, movable.get(j), GROUP_WIDTH, GROUP_HEIGHT, true);
                }
                for (Actor actor : fixed) {
                    moved |= pushApart(placed, group, actor, (GROUP_WIDTH + ACTOR_WIDTH) / 2,
                            (GROUP_HEIGHT + ACTOR_HEIGHT) / 2, false);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    // Moves a (and b too when both move) so that their boxes, at least width apart across or
    // height apart down, no longer overlap; false when they did not.
    private static boolean pushApart(Map<Actor, Point> placed, Actor a, Actor b, double width, double height,
                                     boolean bothMove) {
        Point pa = placed.get(a);
        Point pb = placed.get(b);
        double dx = pb.x() - pa.x();
        double dy = pb.y() - pa.y();
        double overlapX = width - Math.abs(dx);
        double overlapY = height - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) {
            return false;
        }
        // Along the axis that needs the smaller move; a tie or a shared spot moves sideways.
        boolean across = overlapX / width <= overlapY / height;
        double sign = (across ? dx : dy) < 0 ? -1 : 1;
        double shareA = bothMove ? 0.5 : 1;
        double move = (across ? overlapX : overlapY) + 1e-6;
        if (across) {
            placed.put(a, new Point(pa.x() - sign * move * shareA, pa.y()));
            if (bothMove) {
                placed.put(b, new Point(pb.x() + sign * move * (1 - shareA), pb.y()));
            }
        } else {
            placed.put(a, new Point(pa.x(), pa.y() - sign * move * shareA));
            if (bothMove) {
                placed.put(b, new Point(pb.x(), pb.y() + sign * move * (1 - shareA)));
            }
        }
        return true;
    }
}

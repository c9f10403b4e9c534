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
     * 22 px type take: groups placed at their members' middle are kept this far from each other
     * (across or down), and half of it plus half of {@link #ACTOR_WIDTH} from an actor drawn on its
     * own.
     */
    public static final double GROUP_WIDTH = 280;
    public static final double GROUP_HEIGHT = 140;
    /**
     * The width of a character of a group's name in its 22 px bold italic type, and the room
     * around the name: a group with a long name ("Community of Gorquavol 44") needs more room than
     * {@link #GROUP_WIDTH} across.
     */
    public static final double NAME_CHAR_WIDTH = 13.5;
    public static final double NAME_PADDING = 20;
    /** The room an actor's vertex and its name in 13 px type take. */
    public static final double ACTOR_WIDTH = 130;
    public static final double ACTOR_HEIGHT = 90;

    // Moves the group of actors without relations of an overview, if it has one and has no place
    // of its own, to the middle of the other vertices, UNLINKED_GAP below the lowest. Changes placed.
    private static void placeUnlinked(AggregatedGraph shown, Map<Actor, Point> own, Map<Actor, Point> placed) {
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

    // The mean position of the group's members that have one; fallback when none has.
    private static Point centroid(ActorGroup group, Map<Actor, Point> positions, Point fallback) {
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
     * place) or, when that covers an actor or a group placed before it, the nearest spot that
     * covers none, and the group of actors without relations below the rest.
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
    // shrink to loops. Each group placed here, in the graph's order, goes to its middle if that is
    // free of the actors drawn on their own and of the groups placed before it, else to the
    // nearest free spot on rings around it. Actors on their own, and groups dragged to a place of
    // their own, stay where they are and are not avoided by groups (a group dropped on another is
    // where the user wants it).
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
        List<Point> actors = new ArrayList<>();
        for (Actor actor : shown.actors()) {
            if (shown.group(actor).isEmpty()) {
                actors.add(placed.get(actor));
            }
        }
        List<Box> groups = new ArrayList<>();
        for (Actor group : movable) {
            double width = groupWidth(group);
            Point spot = nearestFreeSpot(placed.get(group), width, actors, groups);
            placed.put(group, spot);
            groups.add(new Box(spot, width));
        }
    }

    // A group placed: its middle, and the room its vertex and name take across.
    private record Box(Point middle, double width) {
    }

    /**
     * The room a group's vertex and name take across: {@link #GROUP_WIDTH}, or more (up to twice
     * that) for a name whose first line (the name without its count of members) is long.
     */
    public static double groupWidth(Actor group) {
        String name = group.name();
        int bracket = name.lastIndexOf(" (");
        if (bracket > 0 && name.endsWith(")")) {
            name = name.substring(0, bracket);
        }
        // At most twice the usual room: wider still, a crowded overview would find no free spot
        // on its rings, and the group would fall back onto its middle, over the others.
        return Math.min(2 * GROUP_WIDTH, Math.max(GROUP_WIDTH, name.length() * NAME_CHAR_WIDTH + NAME_PADDING));
    }

    // Spots are tried ring by ring, SPOT_STEP apart, the first ring at SPOT_STEP from the middle.
    private static final double SPOT_STEP = 30;
    private static final int RINGS = 25;

    private static Point nearestFreeSpot(Point middle, double width, List<Point> actors, List<Box> groups) {
        double widest = groups.stream().mapToDouble(Box::width).max().orElse(0);
        double reach = RINGS * SPOT_STEP + Math.max(width, widest);
        List<Point> nearActors = near(middle, actors, reach);
        List<Box> nearGroups = groups.stream().filter(g -> Math.abs(g.middle().x() - middle.x()) <= reach
                && Math.abs(g.middle().y() - middle.y()) <= reach).toList();
        if (isFree(middle, width, nearActors, nearGroups)) {
            return middle;
        }
        for (int ring = 1; ring <= RINGS; ring++) {
            double radius = ring * SPOT_STEP;
            int spots = Math.max(8, (int) Math.ceil(2 * Math.PI * radius / SPOT_STEP));
            for (int k = 0; k < spots; k++) {
                double angle = 2 * Math.PI * k / spots;
                Point spot = new Point(middle.x() + radius * Math.cos(angle), middle.y() + radius * Math.sin(angle));
                if (isFree(spot, width, nearActors, nearGroups)) {
                    return spot;
                }
            }
        }
        return middle; // crowded all around: better at its members' middle than far from them
    }

    private static List<Point> near(Point middle, List<Point> points, double reach) {
        List<Point> near = new ArrayList<>();
        for (Point p : points) {
            if (Math.abs(p.x() - middle.x()) <= reach && Math.abs(p.y() - middle.y()) <= reach) {
                near.add(p);
            }
        }
        return near;
    }

    // Whether a group `width` across at spot covers none of the actors' or groups' vertices and names.
    private static boolean isFree(Point spot, double width, List<Point> actors, List<Box> groups) {
        for (Point actor : actors) {
            if (Math.abs(actor.x() - spot.x()) < (width + ACTOR_WIDTH) / 2
                    && Math.abs(actor.y() - spot.y()) < (GROUP_HEIGHT + ACTOR_HEIGHT) / 2) {
                return false;
            }
        }
        for (Box group : groups) {
            if (Math.abs(group.middle().x() - spot.x()) < (width + group.width()) / 2
                    && Math.abs(group.middle().y() - spot.y()) < GROUP_HEIGHT) {
                return false;
            }
        }
        return true;
    }
}

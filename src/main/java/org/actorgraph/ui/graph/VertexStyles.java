package org.actorgraph.ui.graph;

import java.util.List;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.model.ActorKind;
import org.actorgraph.render.EdgeStyles;

/** How a vertex looks: a radius that grows with its degree and a style class per actor kind. */
public final class VertexStyles {

    public static final double MIN_RADIUS = EdgeStyles.MIN_VERTEX_RADIUS;
    public static final double MAX_RADIUS = EdgeStyles.MAX_VERTEX_RADIUS;

    /** Inline style of a vertex dimmed while a path is emphasised: a pale fill and outline. */
    public static final String DIMMED_STYLE = "-fx-fill: #EEF0F1; -fx-stroke: #C5CCD3;";

    private VertexStyles() {
    }

    /** Inline style of a dimmed vertex on a given background: fill and outline close to it. */
    public static String dimmedStyle(String background) {
        if (org.actorgraph.ui.graph.EdgeStyles.luminance(background) >= 0.5) {
            return DIMMED_STYLE;
        }
        return "-fx-fill: " + org.actorgraph.ui.graph.EdgeStyles.mix("#78909C", background, 0.55) + "; -fx-stroke: "
                + org.actorgraph.ui.graph.EdgeStyles.mix("#B0BEC5", background, 0.45) + ";";
    }

    /** Radius of a vertex with {@code degree} edges (in and out, each aggregated edge once). */
    public static double radius(int degree) {
        return EdgeStyles.vertexRadius(degree);
    }

    /**
     * Radius of a vertex whose metric value is {@code share} of the largest value in the graph
     * (0 to 1): by area, between the smallest and the largest radius.
     */
    public static double radiusByShare(double share) {
        double s = Double.isFinite(share) ? Math.max(0, Math.min(1, share)) : 0;
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(s);
    }

    /** The style class of the label of a group vertex of an overview. */
    public static final String GROUP_LABEL_CLASS = "overview-group-label";

    /**
     * The style classes of a group vertex of an overview: {@code overview-group}, and
     * {@code overview-community} for a community or {@code overview-others} for the rest (the actors
     * outside the top K, or without relations).
     */
    public static List<String> groupClasses(ActorGroup.Kind kind) {
        return List.of("overview-group", kind == ActorGroup.Kind.COMMUNITY ? "overview-community" : "overview-others");
    }

    /**
     * The label drawn at a vertex: the actor's name; a group of an overview on two lines, its
     * count under its name ("Community of Russia" / "12 actors", "Other actors" / "980 actors"),
     * so that it takes less width.
     */
    public static String label(org.actorgraph.model.Actor actor, org.actorgraph.analysis.AggregatedGraph graph) {
        String name = actor.name();
        int bracket = name.lastIndexOf(" (");
        if (!graph.isGroup(actor) || bracket < 0 || !name.endsWith(")")) {
            return name;
        }
        String count = name.substring(bracket + 2, name.length() - 1);
        return name.substring(0, bracket) + "\n" + (count.chars().allMatch(Character::isDigit) ? count + " actors" : count);
    }

    /** The style class that colours a vertex by the kind of actor, e.g. {@code actor-state}. */
    public static String kindClass(ActorKind kind) {
        return "actor-" + kind.jsonName();
    }
}

package org.actorgraph.ui.graph;

import org.actorgraph.model.ActorKind;

/** How a vertex looks: a radius that grows with its degree and a style class per actor kind. */
public final class VertexStyles {

    public static final double MIN_RADIUS = 14;
    public static final double MAX_RADIUS = 34;

    private VertexStyles() {
    }

    /** Radius of a vertex with {@code degree} edges (in and out, each aggregated edge once). */
    public static double radius(int degree) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + 5 * Math.sqrt(Math.max(0, degree)));
    }

    /** The style class that colours a vertex by the kind of actor, e.g. {@code actor-state}. */
    public static String kindClass(ActorKind kind) {
        return "actor-" + kind.jsonName();
    }
}

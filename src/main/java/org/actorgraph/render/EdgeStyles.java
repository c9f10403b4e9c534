package org.actorgraph.render;

import java.util.List;
import org.actorgraph.model.Certainty;

/**
 * The visual rules the screen and every export share: line style by certainty, width by evidence,
 * vertex size by degree. The window's styles ({@code ui.graph.EdgeStyles}, {@code VertexStyles})
 * take their numbers from here, so an exported figure matches the screen.
 * Reported claims are solid, intended ones dashed, speculative ones dotted, denied ones dash-dot in
 * a faded colour.
 */
public final class EdgeStyles {

    /** Width of an edge with one piece of evidence. */
    public static final double BASE_WIDTH = 1.5;
    /** Extra width per further piece of evidence. */
    public static final double WIDTH_PER_EVIDENCE = 1.2;
    /** The widest an edge gets, however much evidence it has. */
    public static final double MAX_WIDTH = 7;
    /** How far the type colour of a denied claim is mixed towards the theme's grey. */
    public static final double DENIED_FADE = 0.55;

    private EdgeStyles() {
    }

    /** 1.5 + 1.2·(n−1) units, at most 7. */
    public static double width(int evidenceCount) {
        return Math.min(MAX_WIDTH, BASE_WIDTH + WIDTH_PER_EVIDENCE * Math.max(0, evidenceCount - 1));
    }

    /** The dash pattern (on, off, …) for a certainty group at a line width; empty for solid. */
    public static List<Double> dash(Certainty certainty, double width) {
        return switch (certainty) {
            case REPORTED -> List.of();
            case INTENDED -> List.of(3 * width + 6, 2 * width + 4);
            case SPECULATIVE -> List.of(Math.max(width, 1.5), width + 3);
            case DENIED -> List.of(3 * width + 6, width + 3, Math.max(width, 1.5), width + 3);
        };
    }

    /** The colour an edge of a type is drawn in, faded when the claim is denied. */
    public static Rgb color(Rgb typeColor, Certainty certainty, Theme theme) {
        return certainty == Certainty.DENIED
                ? typeColor.mix(theme.fadeTowards(), DENIED_FADE).withAlpha(210)
                : typeColor;
    }

    /** Radius of the vertex with the fewest relations. */
    public static final double MIN_VERTEX_RADIUS = 14;
    /** Radius of the vertex with the most relations, however many it has. */
    public static final double MAX_VERTEX_RADIUS = 34;

    /** The vertex radius for a degree: 14 + 5·√degree, at most 34. The window uses the same rule. */
    public static double vertexRadius(int degree) {
        return Math.min(MAX_VERTEX_RADIUS, MIN_VERTEX_RADIUS + 5 * Math.sqrt(Math.max(0, degree)));
    }
}

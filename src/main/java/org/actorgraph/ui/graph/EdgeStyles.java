package org.actorgraph.ui.graph;

import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Certainty;

/**
 * How an edge looks, as inline CSS: the relation type's colour, a line pattern per certainty, and
 * a width that grows with the evidence. The legend draws its samples with the same rules.
 * Deliberately no opacity and no effects: each forces an offscreen buffer per edge.
 */
public final class EdgeStyles {

    /** Widest an edge gets, however much evidence it has (the exports' rule). */
    public static final double MAX_WIDTH = org.actorgraph.render.EdgeStyles.MAX_WIDTH;

    private static final String DENIED_GREY = "#9E9E9E";
    private static final double DENIED_GREY_SHARE = 0.6;

    private EdgeStyles() {
    }

    /** Stroke width for an edge backed by {@code evidenceCount} distinct sentences. */
    public static double width(int evidenceCount) {
        return org.actorgraph.render.EdgeStyles.width(evidenceCount);
    }

    /**
     * The dash pattern for a certainty at a given stroke width, or an empty string for a solid
     * line. Gaps grow with the width so that round caps do not close them.
     */
    public static String dashArray(Certainty certainty, double width) {
        return switch (certainty) {
            case REPORTED -> "";
            case INTENDED -> format(10 + 2 * width) + " " + format(6 + 1.5 * width);
            case SPECULATIVE -> "0.1 " + format(4 + 1.5 * width);
            case DENIED -> format(12 + 2 * width) + " " + format(5 + 1.5 * width) + " 0.1 "
                    + format(5 + 1.5 * width);
        };
    }

    /** The stroke colour: the type's colour, greyed for denied relations. */
    public static String color(String typeColor, Certainty certainty) {
        return certainty == Certainty.DENIED ? mix(typeColor, DENIED_GREY, DENIED_GREY_SHARE) : typeColor;
    }

    /** Inline CSS for the line of an edge. */
    public static String edgeStyle(AggregatedRelation relation) {
        return lineStyle(relation.type().color(), relation.certainty(), width(relation.evidenceCount()));
    }

    /** Inline CSS for a line with these properties. */
    public static String lineStyle(String typeColor, Certainty certainty, double width) {
        StringBuilder css = new StringBuilder()
                .append("-fx-stroke: ").append(color(typeColor, certainty)).append(';')
                .append("-fx-stroke-width: ").append(format(width)).append(';');
        String dashes = dashArray(certainty, width);
        if (!dashes.isEmpty()) {
            css.append("-fx-stroke-dash-array: ").append(dashes).append(';');
        }
        return css.toString();
    }

    /** Background the dimmed colours are mixed towards (the graph's background). */
    private static final String BACKGROUND = "#FBFBF8";
    /** How far a dimmed edge's colour moves towards the background. */
    private static final double DIMMED_SHARE = 0.78;

    /** Inline CSS for an edge off an emphasised path: pale and thin, its pattern kept. */
    public static String dimmedStyle(AggregatedRelation relation) {
        return dimmedStyle(relation, BACKGROUND);
    }

    /**
     * Inline CSS for an edge off an emphasised path on a given background: its colour mixed
     * towards the background (lighter on light themes, darker on dark ones), thin, its pattern kept.
     */
    public static String dimmedStyle(AggregatedRelation relation, String background) {
        return lineStyle(dimmedColor(relation, background), relation.certainty(), org.actorgraph.render.EdgeStyles.BASE_WIDTH);
    }

    /** Inline CSS for the arrow head of a dimmed edge. */
    public static String dimmedArrowStyle(AggregatedRelation relation) {
        return dimmedArrowStyle(relation, BACKGROUND);
    }

    /** Inline CSS for the arrow head of a dimmed edge on a given background. */
    public static String dimmedArrowStyle(AggregatedRelation relation, String background) {
        return "-fx-stroke: " + dimmedColor(relation, background) + ";-fx-stroke-width: " + format(arrowWidth(relation, true)) + ';';
    }

    // On a dark background the type colour keeps a little more of itself, or it vanishes.
    private static String dimmedColor(AggregatedRelation relation, String background) {
        boolean dark = luminance(background) < 0.5;
        return mix(color(relation.type().color(), relation.certainty()), background,
                dark ? DIMMED_SHARE - 0.33 : DIMMED_SHARE);
    }

    /** Relative brightness of a {@code #RRGGBB} colour, 0 (black) to 1 (white). */
    static double luminance(String hex) {
        int c = parse(hex);
        return (0.2126 * (c >> 16 & 0xFF) + 0.7152 * (c >> 8 & 0xFF) + 0.0722 * (c & 0xFF)) / 255.0;
    }

    /** Inline CSS for an edge on an emphasised path: its usual look, a little wider. */
    public static String emphasisedStyle(AggregatedRelation relation) {
        return lineStyle(relation.type().color(), relation.certainty(), width(relation.evidenceCount()) + 1.5);
    }

    /** Inline CSS for the arrow head of an edge: always solid, in the edge's colour. */
    public static String arrowStyle(AggregatedRelation relation) {
        return "-fx-stroke: " + color(relation.type().color(), relation.certainty()) + ';'
                + "-fx-stroke-width: " + format(arrowWidth(relation, false)) + ';';
    }

    /**
     * The stroke width of an edge's arrow head at its base size: the base width on a dimmed edge,
     * else the edge's width by evidence up to 3.5 (an emphasised edge is wider, its arrow head not).
     */
    public static double arrowWidth(AggregatedRelation relation, boolean dimmed) {
        return dimmed ? org.actorgraph.render.EdgeStyles.BASE_WIDTH : Math.min(3.5, width(relation.evidenceCount()));
    }

    /** How much larger than its base size an arrow head is drawn on an edge of this width. */
    public static double arrowScale(double width) {
        return Math.max(1.0, Math.min(1.8, 0.8 + 0.15 * width));
    }

    /** Blends two {@code #RRGGBB} colours; {@code share} is the weight of the second. */
    static String mix(String first, String second, double share) {
        int a = parse(first);
        int b = parse(second);
        int r = blend(a >> 16 & 0xFF, b >> 16 & 0xFF, share);
        int g = blend(a >> 8 & 0xFF, b >> 8 & 0xFF, share);
        int bl = blend(a & 0xFF, b & 0xFF, share);
        return hex(r << 16 | g << 8 | bl);
    }

    private static int blend(int x, int y, double share) {
        return (int) Math.round(x * (1 - share) + y * share);
    }

    private static int parse(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            return 0x777777; // the reader validates colours; this only guards hand-built corpora
        }
    }

    // Styles are made for thousands of edges on every restyle; String.format was a visible share
    // of a filter change, so both formats are written by hand.
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String hex(int rgb) {
        char[] out = new char[7];
        out[0] = '#';
        for (int i = 6; i >= 1; i--) {
            out[i] = HEX[rgb & 0xF];
            rgb >>= 4;
        }
        return new String(out);
    }

    /** One decimal, rounded half up, as {@code %.1f} in the root locale would write it. */
    static String format(double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        String sign = value < 0 && tenths != 0 ? "-" : "";
        return sign + tenths / 10 + "." + tenths % 10;
    }
}

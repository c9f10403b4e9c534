package org.actorgraph.ui.graph;

/**
 * How much of the drawing is worth drawing at a zoom. Zoomed out on a large graph, names are a
 * few pixels high and arrow heads smaller than the line they sit on: drawing them costs frame
 * time (text and arrow heads are about a quarter of it) and shows nothing. Then only the names of
 * the actors that matter at that moment (the most connected, the selected, the hovered) are
 * drawn, enlarged so they stay readable, and arrow heads only on emphasised lines.
 *
 * @param allLabels whether every actor's name is drawn
 * @param arrows whether every line has its arrow head
 * @param labelEnlargement how much the names still drawn are enlarged, 1 when not at all
 */
record LevelOfDetail(boolean allLabels, boolean arrows, double labelEnlargement) {

    /** Up to this many actors, every name is drawn at any zoom. */
    static final int FEW_ACTORS = 60;
    /** Up to this many lines, every arrow head is drawn at any zoom. */
    static final int FEW_LINES = 300;
    /** From this zoom on, names are large enough to read (13 px text drawn at 7 px or more). */
    static final double LABEL_ZOOM = 0.55;
    /** From this zoom on, arrow heads are larger than a few pixels. */
    static final double ARROW_ZOOM = 0.4;
    /** The zoom at which an enlarged name is drawn at its normal size on screen. */
    static final double READABLE_ZOOM = 0.9;
    /** How many of the most connected actors may keep their names when zoomed out (if they fit). */
    static final int TOP_LABELS = 20;

    /** Everything drawn, names at their size: small graphs and close views. */
    static final LevelOfDetail FULL = new LevelOfDetail(true, true, 1);

    /** What to draw at this zoom for a drawing with this many shown actors and lines. */
    static LevelOfDetail at(double zoom, int actors, int lines) {
        boolean allLabels = actors <= FEW_ACTORS || zoom >= LABEL_ZOOM;
        boolean arrows = lines <= FEW_LINES || zoom >= ARROW_ZOOM;
        double enlargement = allLabels ? 1 : Math.max(1, READABLE_ZOOM / Math.max(zoom, 0.01));
        return new LevelOfDetail(allLabels, arrows, enlargement);
    }
}

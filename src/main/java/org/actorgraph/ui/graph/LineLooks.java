package org.actorgraph.ui.graph;

import org.actorgraph.analysis.AggregatedRelation;

/**
 * What each line of a drawing was last styled for, by the line's place: its relation as shown (the
 * very object, whose evidence may be a part of the base relation's), its place in the story, its
 * emphasis and the background its dimmed colours are mixed with. Arrays rather than an object per
 * line: a large drawing keeps them as long as it is shown, and 90,000 small objects made each young
 * collection longer.
 */
final class LineLooks {

    private static final int EMPHASISED = 4;
    private static final int DIMMED = 8;
    private static final int STORY = 3;

    private final AggregatedRelation[] shown;
    private final byte[] marks;
    private final String[] backgrounds;

    LineLooks(int lines) {
        shown = new AggregatedRelation[lines];
        marks = new byte[lines];
        backgrounds = new String[lines];
    }

    /** Whether line {@code line} was last styled for exactly this look. */
    boolean same(int line, AggregatedRelation shownNow, int story, boolean emphasised, boolean dimmed,
                 String background) {
        return shown[line] == shownNow && marks[line] == marks(story, emphasised, dimmed)
                && background.equals(backgrounds[line]);
    }

    void set(int line, AggregatedRelation shownNow, int story, boolean emphasised, boolean dimmed,
             String background) {
        shown[line] = shownNow;
        marks[line] = marks(story, emphasised, dimmed);
        backgrounds[line] = background;
    }

    /** Whether the line has been styled at all. */
    boolean styled(int line) {
        return shown[line] != null;
    }

    /** The relation as shown when the line was last styled, or null before the first. */
    AggregatedRelation shown(int line) {
        return shown[line];
    }

    /** Whether the line was last styled dimmed (off a path, or not new in a story step). */
    boolean dimmed(int line) {
        return (marks[line] & DIMMED) != 0;
    }

    // story is 0 (no story), 1 (hidden by it) or 2 (shown by it).
    private static byte marks(int story, boolean emphasised, boolean dimmed) {
        return (byte) ((story & STORY) | (emphasised ? EMPHASISED : 0) | (dimmed ? DIMMED : 0));
    }
}

package org.actorgraph.ui.dialog;

import java.util.List;

/**
 * A titled table of the help dialog: what to press or do, and what it does.
 *
 * @param heading e.g. "Keyboard"
 * @param rows pairs of (keys or gesture, effect)
 */
public record HelpSection(String heading, List<Row> rows) {

    public HelpSection {
        rows = List.copyOf(rows);
    }

    /** One line: "Ctrl+O" — "Open". */
    public record Row(String keys, String effect) { }
}

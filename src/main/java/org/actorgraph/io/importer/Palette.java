package org.actorgraph.io.importer;

import java.util.List;

/** Colours for relation types an import creates from labels the mapping does not know. */
final class Palette {

    private static final List<String> COLORS = List.of("#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2",
            "#EDC948", "#FF9DA7", "#9C755F", "#E15759", "#BAB0AC", "#1B9E77", "#D95F02", "#7570B3", "#E7298A",
            "#66A61E", "#E6AB02");

    private Palette() {
    }

    static String color(int index) {
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }
}

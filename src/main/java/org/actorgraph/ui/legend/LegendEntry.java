package org.actorgraph.ui.legend;

import org.actorgraph.model.Certainty;

/** One row of the legend. */
public sealed interface LegendEntry {

    /** The label shown next to the sample. */
    String label();

    /**
     * A relation type: its colour swatch and label.
     *
     * @param label the type's label
     * @param color its colour as {@code #RRGGBB}
     * @param description what the type means, for the tooltip (may be empty)
     */
    record TypeEntry(String label, String color, String description) implements LegendEntry { }

    /**
     * A certainty group: a sample of its line style and what it stands for.
     *
     * @param certainty the group
     * @param label its description, e.g. "planned / expected / proposed"
     */
    record CertaintyEntry(Certainty certainty, String label) implements LegendEntry { }
}

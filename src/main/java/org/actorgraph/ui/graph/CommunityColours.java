package org.actorgraph.ui.graph;

import java.util.List;

/**
 * Fill colours for communities, light enough for the dark vertex labels (ColorBrewer Set3).
 * Beyond ten communities the colours repeat.
 */
public final class CommunityColours {

    public static final List<String> PALETTE = List.of("#8DD3C7", "#FFED6F", "#BEBADA", "#FB8072", "#80B1D3",
            "#FDB462", "#B3DE69", "#FCCDE5", "#D9D9D9", "#BC80BD");

    private CommunityColours() {
    }

    /** The fill of community {@code index} (0-based). */
    public static String of(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }
}

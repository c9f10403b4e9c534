package org.actorgraph.ui.graph;

/**
 * Which lane each of several parallel edges between the same two actors takes. SmartGraph draws a
 * lane by its "multiplicity index": 0 is the straight line, odd indices bend to one side and even
 * ones to the other, further out as the index grows. Its own numbering keeps the first edge
 * straight, which leaves two parallel edges hugging each other; spreading them symmetrically
 * keeps them clearly apart.
 */
public final class EdgeLanes {

    private EdgeLanes() {
    }

    /** The multiplicity indices for {@code count} parallel edges, in order. */
    public static int[] indices(int count) {
        int[] lanes = new int[count];
        if (count == 2) {
            lanes[0] = 1;
            lanes[1] = 2;
            return lanes;
        }
        for (int i = 0; i < count; i++) {
            lanes[i] = i;
        }
        return lanes;
    }

    /** The lane on the other side at the same distance: 1 and 2 swap, 3 and 4, and so on; 0 stays. */
    public static int mirror(int lane) {
        if (lane == 0) {
            return 0;
        }
        return lane % 2 != 0 ? lane + 1 : lane - 1;
    }
}

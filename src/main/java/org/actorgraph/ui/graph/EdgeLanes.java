package org.actorgraph.ui.graph;

/**
 * Which lane each of several parallel edges between the same two actors takes. SmartGraph draws a
 * lane by its "multiplicity index": 0 is the straight line, odd indices bend to one side and even
 * ones to the other, further out as the index grows (1 and 2 first, then 3 and 4). The lanes are
 * spread as an exported figure spreads them: position {@code i} of {@code n} sits
 * {@code i - (n - 1) / 2} lanes from the straight line, so two edges bend apart and none is left
 * straight, three keep the middle one straight, and so on.
 */
public final class EdgeLanes {

    private EdgeLanes() {
    }

    /**
     * The multiplicity indices for {@code count} parallel edges, from one side to the other: the
     * first ones on the side of the even indices, the last ones on the side of the odd ones.
     */
    public static int[] indices(int count) {
        int[] lanes = new int[count];
        for (int i = 0; i < count; i++) {
            int twiceOffset = 2 * i - (count - 1); // in half lanes, so that it stays whole
            if (twiceOffset == 0) {
                lanes[i] = 0;
                continue;
            }
            int pair = (Math.abs(twiceOffset) + 1) / 2;
            lanes[i] = twiceOffset > 0 ? 2 * pair - 1 : 2 * pair;
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

package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EdgeLanesTest {

    @Test
    void singleEdgeIsStraight() {
        assertArrayEquals(new int[] {0}, EdgeLanes.indices(1));
    }

    @Test
    void twoParallelEdgesBendToOppositeSides() {
        int[] lanes = EdgeLanes.indices(2);
        assertEquals(1, lanes[0] % 2);
        assertEquals(0, lanes[1] % 2);
        assertEquals(0, Arrays.stream(lanes).filter(i -> i == 0).count());
    }

    @Test
    void manyParallelEdgesEachGetTheirOwnLane() {
        int[] lanes = EdgeLanes.indices(5);
        assertEquals(5, Arrays.stream(lanes).distinct().count());
    }
}

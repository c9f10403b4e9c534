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

    @Test
    void theMirrorOfALaneIsTheOneAtTheSameDistanceOnTheOtherSide() {
        org.junit.jupiter.api.Assertions.assertEquals(0, EdgeLanes.mirror(0), "the straight lane stays");
        org.junit.jupiter.api.Assertions.assertEquals(2, EdgeLanes.mirror(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, EdgeLanes.mirror(2));
        org.junit.jupiter.api.Assertions.assertEquals(4, EdgeLanes.mirror(3));
        org.junit.jupiter.api.Assertions.assertEquals(3, EdgeLanes.mirror(4));
    }
}

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
        assertEquals(0, lanes[0] % 2, "the first on the side of the even indices");
        assertEquals(1, lanes[1] % 2, "the second on the other");
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

    @Test
    void lanesSpreadFromOneSideToTheOtherAsInAnExportedFigure() {
        // Offsets in lanes: -1, 0, +1 for three; -1.5, -0.5, +0.5, +1.5 for four. Odd indices are
        // on the positive side, and 1 and 2 are nearer the straight line than 3 and 4.
        assertArrayEquals(new int[] {2, 0, 1}, EdgeLanes.indices(3));
        assertArrayEquals(new int[] {4, 2, 1, 3}, EdgeLanes.indices(4));
        assertArrayEquals(new int[] {4, 2, 0, 1, 3}, EdgeLanes.indices(5));
    }
}

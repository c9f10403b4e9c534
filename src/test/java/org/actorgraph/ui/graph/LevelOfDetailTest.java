package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LevelOfDetailTest {

    @Test
    void aSmallGraphKeepsEverythingAtAnyZoom() {
        assertEquals(LevelOfDetail.FULL, LevelOfDetail.at(0.1, 11, 22));
    }

    @Test
    void zoomedOutOnALargeGraphNamesAndArrowHeadsGo() {
        LevelOfDetail overview = LevelOfDetail.at(0.2, 200, 959);

        assertFalse(overview.allLabels());
        assertFalse(overview.arrows());
        // The names still drawn appear at 0.9 of their size on screen: 13 px text stays readable.
        assertEquals(4.5, overview.labelEnlargement(), 1e-9);
    }

    @Test
    void closerInTheyComeBackArrowsFirst() {
        LevelOfDetail middle = LevelOfDetail.at(0.45, 200, 959);
        assertTrue(middle.arrows());
        assertFalse(middle.allLabels());

        assertEquals(LevelOfDetail.FULL, LevelOfDetail.at(0.6, 200, 959));
    }
}

package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.model.Certainty;
import org.junit.jupiter.api.Test;

class EdgeStylesTest {

    @Test
    void widthGrowsWithEvidenceUpToACap() {
        assertEquals(1.5, EdgeStyles.width(1), 1e-9);
        assertEquals(2.7, EdgeStyles.width(2), 1e-9);
        assertTrue(EdgeStyles.width(4) > EdgeStyles.width(3));
        assertEquals(EdgeStyles.MAX_WIDTH, EdgeStyles.width(50), 1e-9);
    }

    @Test
    void reportedIsSolidAndEveryOtherCertaintyHasItsOwnPattern() {
        assertEquals("", EdgeStyles.dashArray(Certainty.REPORTED, 2));
        Set<String> patterns = EnumSet.allOf(Certainty.class).stream()
                .map(c -> EdgeStyles.dashArray(c, 2)).collect(Collectors.toSet());
        assertEquals(4, patterns.size());
        assertFalse(EdgeStyles.lineStyle("#D62728", Certainty.REPORTED, 2).contains("dash"));
        assertTrue(EdgeStyles.lineStyle("#D62728", Certainty.INTENDED, 2).contains("-fx-stroke-dash-array"));
    }

    @Test
    void deniedIsDashDotInAGreyedColour() {
        assertEquals(4, EdgeStyles.dashArray(Certainty.DENIED, 2).split(" ").length);
        String denied = EdgeStyles.color("#D62728", Certainty.DENIED);
        assertNotEquals("#D62728", denied);
        assertEquals("#D62728", EdgeStyles.color("#D62728", Certainty.SPECULATIVE));
    }

    @Test
    void gapsWidenWithTheLineSoRoundCapsDoNotCloseThem() {
        double thinGap = Double.parseDouble(EdgeStyles.dashArray(Certainty.SPECULATIVE, 1.5).split(" ")[1]);
        double wideGap = Double.parseDouble(EdgeStyles.dashArray(Certainty.SPECULATIVE, 7.5).split(" ")[1]);
        assertTrue(wideGap - 7.5 > 2, "gap must stay visible beside round caps: " + wideGap);
        assertTrue(wideGap > thinGap);
    }

    @Test
    void noStyleUsesOpacityOrEffects() {
        for (Certainty certainty : Certainty.values()) {
            String css = EdgeStyles.lineStyle("#1F77B4", certainty, 3);
            assertFalse(css.contains("opacity") || css.contains("effect"), css);
        }
    }

    @Test
    void mixesColoursComponentWise() {
        assertEquals("#808080", EdgeStyles.mix("#000000", "#FFFFFF", 0.5));
        assertEquals("#FF0000", EdgeStyles.mix("#FF0000", "#00FF00", 0));
        assertEquals("#00FF00", EdgeStyles.mix("#FF0000", "#00FF00", 1));
    }

    @Test
    void writesWidthsAndPatternsWithOneDecimalPoint() {
        assertEquals("1.5", EdgeStyles.format(1.5));
        assertEquals("2.0", EdgeStyles.format(1.96));
        assertEquals("12.3", EdgeStyles.format(12.34));
        assertEquals("0.1", EdgeStyles.format(0.1));
        assertEquals("0.0", EdgeStyles.format(0.0));
        assertEquals("-3.5", EdgeStyles.format(-3.46));
    }
}

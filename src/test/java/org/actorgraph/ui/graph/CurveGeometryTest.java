package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurveGeometryTest {

    @Test
    void straightCurveMeasuresPerpendicularDistance() {
        double d = CurveGeometry.distanceToCubic(0, 0, 33, 0, 66, 0, 100, 0, 50, 7);
        assertEquals(7, d, 1e-6);
    }

    @Test
    void bentCurvePassesThroughItsMiddleNotTheChord() {
        // Both control points at (50, 40): the curve's middle is at (50, 30).
        double onCurve = CurveGeometry.distanceToCubic(0, 0, 50, 40, 50, 40, 100, 0, 50, 30);
        double onChord = CurveGeometry.distanceToCubic(0, 0, 50, 40, 50, 40, 100, 0, 50, 0);
        assertTrue(onCurve < 0.5, "middle of the curve: " + onCurve);
        assertTrue(onChord > 25, "the chord is far from a bent curve: " + onChord);
    }

    @Test
    void distanceBeyondTheEndIsToTheEndPoint() {
        assertEquals(5, CurveGeometry.distanceToCubic(0, 0, 33, 0, 66, 0, 100, 0, 104, 3), 1e-6);
    }
}

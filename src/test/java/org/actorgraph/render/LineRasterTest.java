package org.actorgraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.render.LineRaster.Pixels;
import org.actorgraph.render.LineRaster.Shape;
import org.actorgraph.render.LineRaster.Stroke;
import org.junit.jupiter.api.Test;

class LineRasterTest {

    private static final int RED = 0xD32F2F;
    private static final int BLUE = 0x1565C0;

    // A straight "curve" from (10, 50) to (90, 50): its control points lie on the line.
    private static Stroke horizontal(int rgb, double width, float... dash) {
        return new Stroke(Shape.CUBIC, new double[] {10, 50, 30, 50, 70, 50, 90, 50}, new int[0], rgb, width, dash);
    }

    private static int rgb(int argb) {
        return argb & 0xFFFFFF;
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    @Test
    void aSolidLineCoversItsPixelsInItsColourAndLeavesTheRestTransparent() {
        Pixels pixels = LineRaster.paint(List.of(horizontal(RED, 4)), 0, 0, 1, 100, 100, () -> false);

        assertEquals(100, pixels.width());
        assertEquals(100, pixels.height());
        assertEquals(0xFF000000 | RED, pixels.at(50, 50), "on the line");
        assertEquals(0xFF000000 | RED, pixels.at(50, 48), "within its width");
        assertEquals(0, pixels.at(50, 40), "beyond its width");
        assertEquals(0, pixels.at(5, 50), "before its start (the round cap reaches 2 px)");
    }

    @Test
    void laterStrokesArePaintedOverEarlierOnes() {
        Stroke vertical = new Stroke(Shape.CUBIC, new double[] {50, 10, 50, 30, 50, 70, 50, 90}, new int[0], BLUE, 4,
                new float[0]);

        Pixels pixels = LineRaster.paint(List.of(horizontal(RED, 4), vertical), 0, 0, 1, 100, 100, () -> false);

        assertEquals(0xFF000000 | BLUE, pixels.at(50, 50));
        assertEquals(0xFF000000 | RED, pixels.at(30, 50));
    }

    @Test
    void aDashedLineLeavesGaps() {
        // Dashes of 10 then gaps of 10 from x = 10: x = 15 is in a dash, x = 25 in a gap (the
        // round caps reach 1 px into it).
        Pixels pixels = LineRaster.paint(List.of(horizontal(RED, 2, 10f, 10f)), 0, 0, 1, 100, 100, () -> false);

        assertEquals(0xFF000000 | RED, pixels.at(15, 50));
        assertEquals(0, pixels.at(25, 50));
        assertEquals(0xFF000000 | RED, pixels.at(35, 50));
    }

    @Test
    void theAreaAndScaleChooseWhichPartOfTheDrawingLandsOnThePixels() {
        // The drawing from (40, 40), twice as large: the line at y = 50 lands on row 20, and its
        // start at x = 10 lies left of the picture.
        Pixels pixels = LineRaster.paint(List.of(horizontal(RED, 4)), 40, 40, 2, 120, 60, () -> false);

        assertEquals(120, pixels.width());
        assertEquals(0xFF000000 | RED, pixels.at(0, 20));
        assertEquals(0xFF000000 | RED, pixels.at(100, 17), "the width grows with the scale: 8 px");
        assertEquals(0, pixels.at(100, 12));
        assertEquals(0, pixels.at(110, 20), "past the line's end at x = 90, pixel 100");
    }

    @Test
    void aPolylineStartsANewPieceWhereItsStartsSay() {
        // Two pieces: (10, 10) to (90, 10), then (10, 90) to (90, 90); nothing joins them.
        Stroke twoPieces = new Stroke(Shape.POLYLINE, new double[] {10, 10, 90, 10, 10, 90, 90, 90}, new int[] {0, 2},
                BLUE, 2, new float[0]);

        Pixels pixels = LineRaster.paint(List.of(twoPieces), 0, 0, 1, 100, 100, () -> false);

        assertEquals(BLUE, rgb(pixels.at(50, 10)));
        assertEquals(BLUE, rgb(pixels.at(50, 90)));
        assertEquals(0, alpha(pixels.at(50, 50)), "no line from the end of one piece to the start of the next");
        assertEquals(0, alpha(pixels.at(90, 50)));
    }

    @Test
    void aCancelledPaintingStopsAndGivesNothing() {
        int[] asked = {0};

        Pixels pixels = LineRaster.paint(List.of(horizontal(RED, 4), horizontal(BLUE, 4)), 0, 0, 1, 100, 100,
                () -> ++asked[0] > 1);

        assertNull(pixels);
        assertTrue(asked[0] == 2, "asked before each stroke until told to stop");
    }

    @Test
    void paintingInPartsGivesTheSamePictureAsPaintingInOne() {
        // 400 crossing strokes of four colours, some dashed: later ones cover earlier ones.
        java.util.Random random = new java.util.Random(7);
        List<Stroke> strokes = new java.util.ArrayList<>();
        int[] colours = {RED, BLUE, 0x2E7D32, 0xF9A825};
        for (int i = 0; i < 400; i++) {
            double[] points = new double[8];
            for (int j = 0; j < 8; j++) {
                points[j] = random.nextDouble() * 200;
            }
            strokes.add(new Stroke(Shape.CUBIC, points, new int[0], colours[i % 4], 1 + i % 3,
                    i % 5 == 0 ? new float[] {6, 4} : new float[0]));
        }

        Pixels whole = LineRaster.paint(strokes, 0, 0, 1, 200, 200, () -> false, 1);
        Pixels inParts = LineRaster.paint(strokes, 0, 0, 1, 200, 200, () -> false, 3);

        int worst = 0;
        for (int i = 0; i < whole.argb().length; i++) {
            for (int shift = 0; shift < 32; shift += 8) {
                worst = Math.max(worst, Math.abs((whole.argb()[i] >>> shift & 0xFF) - (inParts.argb()[i] >>> shift & 0xFF)));
            }
        }
        assertTrue(worst <= 4, "differs by rounding at most, 4 of 255 (invisible): " + worst);
        long painted = java.util.Arrays.stream(whole.argb()).filter(argb -> argb != 0).count();
        assertTrue(painted > 10_000, painted + " pixels painted");
    }
}

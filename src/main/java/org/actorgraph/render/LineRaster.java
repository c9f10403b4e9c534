package org.actorgraph.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Paints the lines of a graph (curves and arrow heads) into pixels, on any thread. A window that
 * draws thousands of lines as scene nodes rasterises them all on its own threads whenever they
 * change or the view moves; painted here, away from the window, they become one picture the
 * window only places.
 */
public final class LineRaster {

    private LineRaster() {
    }

    /** How a stroke's points are joined. */
    public enum Shape {
        /** A cubic curve: start, first control, second control, end (eight coordinates). */
        CUBIC,
        /** Straight pieces: {@link Stroke#starts()} lists where each new piece begins. */
        POLYLINE
    }

    /**
     * One stroked line with round caps, in drawing coordinates.
     *
     * @param points x and y coordinates, alternating
     * @param starts for a polyline, the indices of the points (not coordinates) where a piece
     *     begins; ignored for a curve
     * @param rgb the colour, 0xRRGGBB
     * @param width the stroke width in drawing units
     * @param dash dash lengths in drawing units, or an empty array for a solid line
     */
    public record Stroke(Shape shape, double[] points, int[] starts, int rgb, double width, float[] dash) {
    }

    /**
     * Painted pixels: {@code width × height} premultiplied ARGB values, row by row.
     */
    public record Pixels(int width, int height, int[] argb) {

        /** The colour at a pixel, 0xAARRGGBB premultiplied. */
        public int at(int x, int y) {
            return argb[y * width + x];
        }
    }

    /** Fewest strokes worth painting in parts on several threads. */
    static final int STROKES_PER_PART = 200;
    /** Most pixels of all parts together (4 bytes each). */
    static final long PIXELS_IN_PARTS = 24_000_000;

    /**
     * Paints {@code strokes} in order. Drawing point (x, y) lands on pixel
     * ((x - minX) · scale, (y - minY) · scale). Many strokes may be painted in consecutive parts on
     * up to {@code threads} threads, each part on a picture of its own, then the parts are laid
     * over each other in order: the same picture, sooner.
     *
     * @param threads how many threads may paint at once (at least 1)
     * @param cancelled asked between strokes; when it says yes, painting stops and null is returned
     * @return the pixels, or null when cancelled
     */
    public static Pixels paint(List<Stroke> strokes, double minX, double minY, double scale, int width, int height,
                               int threads, BooleanSupplier cancelled) {
        // Each part is a picture of its own: their number is kept to what memory allows.
        long pixels = (long) Math.max(1, width) * Math.max(1, height);
        int affordable = (int) Math.max(1, PIXELS_IN_PARTS / pixels);
        int parts = Math.max(1, Math.min(Math.min(threads, affordable), strokes.size() / STROKES_PER_PART));
        return paint(strokes, minX, minY, scale, width, height, cancelled, parts);
    }

    /** Paints {@code strokes} in order on this thread (see the method above). */
    public static Pixels paint(List<Stroke> strokes, double minX, double minY, double scale, int width, int height,
                               BooleanSupplier cancelled) {
        return paint(strokes, minX, minY, scale, width, height, cancelled, 1);
    }

    static Pixels paint(List<Stroke> strokes, double minX, double minY, double scale, int width, int height,
                        BooleanSupplier cancelled, int parts) {
        List<BufferedImage> painted = java.util.stream.IntStream.range(0, parts).parallel()
                .mapToObj(part -> paintPart(strokes.subList(part * strokes.size() / parts,
                        (part + 1) * strokes.size() / parts), minX, minY, scale, width, height, cancelled))
                .toList();
        if (painted.contains(null)) {
            return null;
        }
        BufferedImage image = painted.get(0);
        if (parts > 1) {
            Graphics2D g = image.createGraphics();
            try {
                painted.subList(1, parts).forEach(above -> g.drawImage(above, 0, 0, null));
            } finally {
                g.dispose();
            }
        }
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new Pixels(image.getWidth(), image.getHeight(), argb);
    }

    private static BufferedImage paintPart(List<Stroke> strokes, double minX, double minY, double scale, int width,
                                           int height, BooleanSupplier cancelled) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            AffineTransform toPixels = new AffineTransform(scale, 0, 0, scale, -minX * scale, -minY * scale);
            g.transform(toPixels);
            for (Stroke stroke : strokes) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                paint(stroke, g);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Paints a few small lines nowhere: the first painting in a run loads and compiles the code
     * every painting uses, which takes longer than a painting of a thousand lines.
     */
    public static void warmUp() {
        List<Stroke> sample = List.of(
                new Stroke(Shape.CUBIC, new double[] {1, 1, 10, 30, 20, 1, 31, 31}, new int[0], 0x336699, 2, new float[0]),
                new Stroke(Shape.CUBIC, new double[] {1, 31, 10, 1, 20, 31, 31, 1}, new int[0], 0x993366, 1.5f,
                        new float[] {4, 3}),
                new Stroke(Shape.POLYLINE, new double[] {5, 5, 10, 10, 5, 15}, new int[] {0}, 0x669933, 1, new float[0]));
        for (int i = 0; i < 20; i++) {
            paint(sample, 0, 0, 1, 32, 32, () -> false);
        }
    }

    private static void paint(Stroke stroke, Graphics2D g) {
        g.setColor(new Color(stroke.rgb()));
        float width = (float) stroke.width();
        g.setStroke(stroke.dash().length == 0
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, stroke.dash(), 0f));
        double[] p = stroke.points();
        if (stroke.shape() == Shape.CUBIC) {
            g.draw(new CubicCurve2D.Double(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
            return;
        }
        Path2D.Double path = new Path2D.Double();
        int next = 0;
        for (int i = 0; i < p.length / 2; i++) {
            boolean starts = next < stroke.starts().length && stroke.starts()[next] == i;
            if (starts || i == 0) {
                path.moveTo(p[2 * i], p[2 * i + 1]);
                if (starts) {
                    next++;
                }
            } else {
                path.lineTo(p[2 * i], p[2 * i + 1]);
            }
        }
        g.draw(path);
    }
}

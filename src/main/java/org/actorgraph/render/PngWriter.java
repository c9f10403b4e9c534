package org.actorgraph.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a drawing as a PNG at a resolution: the image is {@code width × dpi / 72} pixels wide and
 * its pHYs chunk records the DPI, so word processors place it at the drawing's physical size.
 */
public final class PngWriter {

    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;
    /** The most pixels a PNG may have: 16,000 × 16,000 (about 1 GB while it is drawn). */
    public static final long MAX_PIXELS = 16_000L * 16_000L;

    /*
     * What the three steps of a PNG export roughly cost, to share the progress bar between them:
     * making the image grows with its pixels (the JVM clears them), painting with the elements
     * (Java2DPainter's weights), compressing with the pixels. Measured for 1,000 actors and about
     * 4,800 relations from 1000 × 700 pt at 150 DPI (3 million pixels, painting the most of it) to
     * 1900 × 1300 pt at 600 DPI (171 million pixels: 2 s making the image, 1 s painting, 5.5 s
     * compressing).
     */
    private static final double MAKING_MS_PER_MEGAPIXEL = 12;
    private static final double PAINTING_MS_PER_ELEMENT = 0.05;
    private static final double COMPRESSING_MS_PER_MEGAPIXEL = 32;

    private final Java2DPainter painter;

    public PngWriter(FontSet fonts) {
        this.painter = new Java2DPainter(fonts);
    }

    /** The pixel size of a drawing at a DPI: {width, height}. */
    public static int[] pixelSize(Drawing drawing, int dpi) {
        double scale = dpi / 72.0;
        return new int[] {(int) Math.round(drawing.width() * scale), (int) Math.round(drawing.height() * scale)};
    }

    /** Renders the drawing into an image at a DPI. */
    public BufferedImage render(Drawing drawing, int dpi) {
        return render(drawing, dpi, ExportMonitor.NONE);
    }

    /**
     * Renders the drawing into an image at a DPI, reporting every element painted to {@code monitor}.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public BufferedImage render(Drawing drawing, int dpi, ExportMonitor monitor) {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("DPI must be between " + MIN_DPI + " and " + MAX_DPI + ", got " + dpi);
        }
        int[] size = pixelSize(drawing, dpi);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new IllegalArgumentException("the PNG would be " + size[0] + " × " + size[1]
                    + " pixels, more than " + MAX_PIXELS / 1_000_000 + " million; lower the size or the DPI");
        }
        double[] cost = cost(drawing, dpi);
        double made = cost[0] / (cost[0] + cost[1]);
        monitor.progress(0, null);
        BufferedImage image = new BufferedImage(size[0], size[1],
                drawing.background() == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        monitor.throwIfCancelled();
        monitor.progress(made, null);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(dpi / 72.0, dpi / 72.0);
            painter.paint(drawing, g, monitor.part(made, 1));
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Drawing drawing, int dpi, OutputStream out) throws IOException {
        write(drawing, dpi, out, ExportMonitor.NONE);
    }

    /**
     * Writes the drawing as a PNG, reporting to {@code monitor} as the elements are painted and then
     * as the rows of pixels are compressed, and stopping at either when it says so.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so; nothing more is
     *     written to {@code out} then
     */
    public void write(Drawing drawing, int dpi, OutputStream out, ExportMonitor monitor) throws IOException {
        double painted = renderingShare(drawing, dpi);
        BufferedImage image = render(drawing, dpi, monitor.part(0, painted));
        ExportMonitor encoding = monitor.part(painted, 1);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.addIIOWriteProgressListener(new RowProgress(encoding));
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), param);
            // An aborted writer returns normally with half an image written.
            encoding.throwIfCancelled();
        } finally {
            writer.dispose();
        }
        encoding.progress(1, null);
    }

    /** The estimated cost in milliseconds of making the image, painting it and compressing it. */
    private static double[] cost(Drawing drawing, int dpi) {
        int[] size = pixelSize(drawing, dpi);
        double megapixels = (double) size[0] * size[1] / 1e6;
        long elements = drawing.edges().size()
                + (Java2DPainter.VERTEX_WEIGHT + Java2DPainter.LABEL_WEIGHT) * drawing.vertices().size() + 1;
        return new double[] {MAKING_MS_PER_MEGAPIXEL * megapixels, PAINTING_MS_PER_ELEMENT * elements,
            COMPRESSING_MS_PER_MEGAPIXEL * megapixels};
    }

    /** The share of the progress bar for making and painting the image; compressing it takes the rest. */
    static double renderingShare(Drawing drawing, int dpi) {
        double[] cost = cost(drawing, dpi);
        return (cost[0] + cost[1]) / (cost[0] + cost[1] + cost[2]);
    }

    /**
     * Hands the PNG encoder's progress (it reports every row of pixels) to the monitor, every half
     * percent, and aborts the encoder once the monitor is cancelled; the encoder asks before every row.
     */
    private static final class RowProgress implements IIOWriteProgressListener {
        private final ExportMonitor monitor;
        private float reported;

        RowProgress(ExportMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void imageProgress(ImageWriter source, float percentageDone) {
            if (monitor.isCancelled()) {
                source.abort();
            } else if (percentageDone - reported >= 0.5f) {
                reported = percentageDone;
                monitor.progress(percentageDone / 100, null);
            }
        }

        @Override
        public void imageStarted(ImageWriter source, int imageIndex) {
            if (monitor.isCancelled()) {
                source.abort();
            }
        }

        @Override
        public void imageComplete(ImageWriter source) {
        }

        @Override
        public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageWriter source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageWriter source) {
        }

        @Override
        public void writeAborted(ImageWriter source) {
        }
    }

    private static void setDpi(IIOMetadata metadata, int dpi) throws IOException {
        String format = "javax_imageio_png_1.0";
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        String pixelsPerMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(physical);
        try {
            metadata.mergeTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot record the DPI in the PNG: " + e.getMessage(), e);
        }
    }
}

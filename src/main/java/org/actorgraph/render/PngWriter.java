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
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("DPI must be between " + MIN_DPI + " and " + MAX_DPI + ", got " + dpi);
        }
        int[] size = pixelSize(drawing, dpi);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new IllegalArgumentException("the PNG would be " + size[0] + " × " + size[1]
                    + " pixels, more than " + MAX_PIXELS / 1_000_000 + " million; lower the size or the DPI");
        }
        BufferedImage image = new BufferedImage(size[0], size[1],
                drawing.background() == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(dpi / 72.0, dpi / 72.0);
            painter.paint(drawing, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Drawing drawing, int dpi, OutputStream out) throws IOException {
        BufferedImage image = render(drawing, dpi);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
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

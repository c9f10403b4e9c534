package org.actorgraph.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * Writes a drawing as standalone SVG 1.1 through JFreeSVG: vector shapes and real {@code <text>}
 * elements, whose font-family names the bundled font first and common look-alikes after it.
 * The output is byte-for-byte the same for the same drawing: no timestamps, and fixed id prefixes
 * instead of JFreeSVG's time-based ones.
 */
public final class SvgWriter {

    private final Java2DPainter painter;

    public SvgWriter(FontSet fonts) {
        this.painter = new Java2DPainter(fonts);
    }

    /** The SVG document as text. */
    public String toSvg(Drawing drawing) {
        SVGGraphics2D g = new SVGGraphics2D(drawing.width(), drawing.height(), SVGUnits.PX);
        g.setDefsKeyPrefix("ag");
        g.setFontFunction(SvgWriter::cssFamilies);
        // Two decimals are finer than any screen or printer, and keep the file small.
        g.setGeomDoubleConverter(SvgWriter::number);
        painter.paint(drawing, g);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    public void write(Drawing drawing, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(toSvg(drawing));
        writer.flush();
    }

    private static String cssFamilies(String javaFamily) {
        for (FontSet.Face face : FontSet.Face.values()) {
            if (face.cssFamilies().replace("\"", "").startsWith(javaFamily)) {
                return face.cssFamilies();
            }
        }
        return javaFamily;
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }
}

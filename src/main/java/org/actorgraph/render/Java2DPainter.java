package org.actorgraph.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.actorgraph.model.Point;
import org.actorgraph.render.Drawing.Anchor;
import org.actorgraph.render.Drawing.LineStyle;
import org.actorgraph.render.Drawing.Text;

/**
 * Paints a {@link Drawing} on any Java2D {@link Graphics2D}: an image for PNG, JFreeSVG's
 * SVGGraphics2D for SVG, and later the window's clipboard copy. Text is drawn as text, run by run
 * in the bundled font that has the glyphs ({@link FontSet}), so SVG keeps real, selectable text.
 */
public final class Java2DPainter {

    /**
     * How many edges painting a vertex's disc, and its name, are worth for the progress bar: a disc
     * fills many more pixels than a line (at 300 DPI, 1,000 discs took three times as long as
     * 4,871 edges), a name is several glyphs.
     */
    static final long VERTEX_WEIGHT = 4;
    static final long LABEL_WEIGHT = 2;

    private final FontSet fonts;

    public Java2DPainter(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Paints the drawing in drawing units; scale the graphics first for another resolution. */
    public void paint(Drawing drawing, Graphics2D g) {
        paint(drawing, g, ExportMonitor.NONE);
    }

    /**
     * Paints the drawing and reports every edge, vertex and name painted to {@code monitor}, which
     * can stop the painting between two of them.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void paint(Drawing drawing, Graphics2D g, ExportMonitor monitor) {
        // The legend, title and caption together count as one element: a handful of lines.
        ExportMonitor.Counter counter = monitor.count(drawing.edges().size()
                + (VERTEX_WEIGHT + LABEL_WEIGHT) * drawing.vertices().size() + 1);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (drawing.background() != null) {
            g.setColor(color(drawing.background()));
            g.fill(new Rectangle2D.Double(0, 0, drawing.width(), drawing.height()));
        }
        Shape oldClip = g.getClip();
        if (drawing.clip() != null) {
            Drawing.Box box = drawing.clip();
            g.clip(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
        }
        for (Drawing.Edge edge : drawing.edges()) {
            paintEdge(edge, g);
            counter.step();
        }
        for (Drawing.Vertex vertex : drawing.vertices()) {
            Ellipse2D circle = new Ellipse2D.Double(vertex.center().x() - vertex.radius(),
                    vertex.center().y() - vertex.radius(), 2 * vertex.radius(), 2 * vertex.radius());
            g.setColor(color(vertex.fill()));
            g.fill(circle);
            g.setColor(color(vertex.stroke()));
            g.setStroke(new BasicStroke((float) vertex.strokeWidth()));
            g.draw(circle);
            counter.step(VERTEX_WEIGHT);
        }
        for (Drawing.Vertex vertex : drawing.vertices()) {
            paintText(vertex.label(), g);
            counter.step(LABEL_WEIGHT);
        }
        if (drawing.clip() != null) {
            g.setClip(oldClip);
        }
        if (drawing.legend() != null) {
            paintLegend(drawing.legend(), g);
        }
        if (drawing.title() != null) {
            paintText(drawing.title(), g);
        }
        for (Text line : drawing.caption()) {
            paintText(line, g);
        }
        counter.finish();
    }

    private void paintEdge(Drawing.Edge edge, Graphics2D g) {
        g.setColor(color(edge.style().color()));
        g.setStroke(stroke(edge.style()));
        g.draw(new QuadCurve2D.Double(edge.start().x(), edge.start().y(), edge.control().x(), edge.control().y(),
                edge.end().x(), edge.end().y()));
        Path2D arrow = new Path2D.Double();
        List<Point> corners = edge.arrow();
        arrow.moveTo(corners.get(0).x(), corners.get(0).y());
        for (int i = 1; i < corners.size(); i++) {
            arrow.lineTo(corners.get(i).x(), corners.get(i).y());
        }
        arrow.closePath();
        g.fill(arrow);
    }

    private void paintLegend(Drawing.Legend legend, Graphics2D g) {
        RoundRectangle2D box = new RoundRectangle2D.Double(legend.x(), legend.y(), legend.width(), legend.height(), 8, 8);
        g.setColor(color(legend.fill()));
        g.fill(box);
        g.setColor(color(legend.border()));
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        legend.headings().forEach(t -> paintText(t, g));
        for (Drawing.LegendEntry entry : legend.entries()) {
            g.setColor(color(entry.style().color()));
            g.setStroke(stroke(entry.style()));
            Path2D line = new Path2D.Double();
            line.moveTo(entry.from().x(), entry.from().y());
            line.lineTo(entry.to().x(), entry.to().y());
            g.draw(line);
            paintText(entry.label(), g);
        }
        legend.notes().forEach(t -> paintText(t, g));
    }

    private void paintText(Text text, Graphics2D g) {
        List<FontSet.Run> runs = fonts.runs(text.text());
        double width = 0;
        for (FontSet.Run run : runs) {
            width += fonts.width(run, text.size());
        }
        double x = text.anchor() == Anchor.MIDDLE ? text.x() - width / 2 : text.x();
        if (text.backdrop() != null) {
            g.setColor(color(text.backdrop()));
            g.fill(new RoundRectangle2D.Double(x - 3, text.baseline() - text.size() * 0.95, width + 6,
                    text.size() * 1.25, 4, 4));
        }
        g.setColor(color(text.color()));
        for (FontSet.Run run : runs) {
            g.setFont(fonts.font(run.face(), text.size()));
            g.drawString(run.text(), (float) x, (float) text.baseline());
            x += fonts.width(run, text.size());
        }
    }

    private static BasicStroke stroke(LineStyle style) {
        if (style.solid()) {
            return new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[style.dash().size()];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = style.dash().get(i).floatValue();
        }
        return new BasicStroke((float) style.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha());
    }
}

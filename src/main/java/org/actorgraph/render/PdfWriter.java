package org.actorgraph.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.model.Point;
import org.actorgraph.render.Drawing.Anchor;
import org.actorgraph.render.Drawing.LineStyle;
import org.actorgraph.render.Drawing.Text;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a drawing as a one-page vector PDF with PDFBox, one point per drawing unit. It paints the
 * same {@link Drawing} as {@link Java2DPainter}, primitive by primitive, because PDFBox has no
 * Graphics2D: text is real PDF text in the bundled fonts (embedded as subsets, with a Unicode map,
 * so it can be selected, searched and copied), shapes are vector paths. A font is embedded only when
 * the drawing uses it.
 */
public final class PdfWriter {

    /** Circles are four cubic arcs; this is the control-point distance for a unit circle. */
    private static final double KAPPA = 0.5522847498;

    /**
     * The share of the export that saving the document takes: PDFBox compresses the pages and
     * embeds the fonts' subsets only then, without telling how far it has got (a third of the time
     * for 1,000 actors and 4,871 relations).
     */
    static final double SAVING_SHARE = 0.35;

    private final FontSet fonts;

    public PdfWriter(FontSet fonts) {
        this.fonts = fonts;
    }

    public void write(Drawing drawing, String title, OutputStream out) throws IOException {
        write(List.of(drawing), title, out, ExportMonitor.NONE);
    }

    /**
     * Writes a one-page PDF, reporting every element painted to {@code monitor}.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void write(Drawing drawing, String title, OutputStream out, ExportMonitor monitor) throws IOException {
        write(List.of(drawing), title, out, monitor);
    }

    /**
     * Writes drawings as the pages of one PDF, in order, each page the size of its drawing. The
     * fonts are embedded once for the whole document.
     */
    public void write(List<Drawing> pages, String title, OutputStream out) throws IOException {
        write(pages, title, out, ExportMonitor.NONE);
    }

    /**
     * Writes drawings as the pages of one PDF and reports to {@code monitor} as each element of each
     * page is painted; a document of several pages says which page it is at ("Writing page 3 of
     * 12…"). Saving the document (embedding the fonts) is the last third of the export; the
     * monitor can stop the export at any element and before the document is saved.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void write(List<Drawing> pages, String title, OutputStream out, ExportMonitor monitor) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreator("ActorGraph");
            if (title != null) {
                info.setTitle(title);
            }
            Map<FontSet.Face, PDType0Font> loaded = new EnumMap<>(FontSet.Face.class);
            double share = (1 - SAVING_SHARE) / Math.max(1, pages.size());
            for (int i = 0; i < pages.size(); i++) {
                Drawing drawing = pages.get(i);
                ExportMonitor pageMonitor = monitor.part(i * share, (i + 1) * share);
                if (pages.size() > 1) {
                    pageMonitor.progress(0, "Writing page " + (i + 1) + " of " + pages.size() + "…");
                }
                PDPage page = new PDPage(new PDRectangle((float) drawing.width(), (float) drawing.height()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // Flip to the drawing's y-down coordinates; text flips back in its own matrix.
                    content.transform(new Matrix(1, 0, 0, -1, 0, (float) drawing.height()));
                    new Painter(document, content, loaded).paint(drawing, pageMonitor);
                }
            }
            monitor.throwIfCancelled();
            document.save(out);
        }
        monitor.progress(1, null);
    }

    private final class Painter {
        private final PDDocument document;
        private final PDPageContentStream content;
        private final Map<FontSet.Face, PDType0Font> loaded;
        private final Map<Integer, PDExtendedGraphicsState> alphaStates = new java.util.HashMap<>();

        Painter(PDDocument document, PDPageContentStream content, Map<FontSet.Face, PDType0Font> loaded) {
            this.document = document;
            this.content = content;
            this.loaded = loaded;
        }

        void paint(Drawing drawing, ExportMonitor monitor) throws IOException {
            // Weighed as in Java2DPainter; the legend, title and caption together count as one element.
            ExportMonitor.Counter counter = monitor.count(drawing.edges().size()
                    + (Java2DPainter.VERTEX_WEIGHT + Java2DPainter.LABEL_WEIGHT) * drawing.vertices().size() + 1);
            if (drawing.background() != null) {
                fillColor(drawing.background());
                content.addRect(0, 0, (float) drawing.width(), (float) drawing.height());
                content.fill();
            }
            content.saveGraphicsState();
            if (drawing.clip() != null) {
                Drawing.Box box = drawing.clip();
                content.addRect((float) box.x(), (float) box.y(), (float) box.width(), (float) box.height());
                content.clip();
            }
            for (Drawing.Edge edge : drawing.edges()) {
                strokeStyle(edge.style());
                Point p0 = edge.start();
                Point c = edge.control();
                Point p2 = edge.end();
                content.moveTo((float) p0.x(), (float) p0.y());
                // A quadratic curve is the cubic with control points 2/3 of the way to its control.
                content.curveTo((float) (p0.x() + 2.0 / 3 * (c.x() - p0.x())), (float) (p0.y() + 2.0 / 3 * (c.y() - p0.y())),
                        (float) (p2.x() + 2.0 / 3 * (c.x() - p2.x())), (float) (p2.y() + 2.0 / 3 * (c.y() - p2.y())),
                        (float) p2.x(), (float) p2.y());
                content.stroke();
                content.setLineDashPattern(new float[0], 0);
                fillColor(edge.style().color());
                List<Point> corners = edge.arrow();
                content.moveTo((float) corners.get(0).x(), (float) corners.get(0).y());
                for (int i = 1; i < corners.size(); i++) {
                    content.lineTo((float) corners.get(i).x(), (float) corners.get(i).y());
                }
                content.closePath();
                content.fill();
                counter.step();
            }
            for (Drawing.Vertex vertex : drawing.vertices()) {
                fillColor(vertex.fill());
                strokeColor(vertex.stroke());
                content.setLineWidth((float) vertex.strokeWidth());
                circle(vertex.center(), vertex.radius());
                content.fillAndStroke();
                counter.step(Java2DPainter.VERTEX_WEIGHT);
            }
            for (Drawing.Vertex vertex : drawing.vertices()) {
                text(vertex.label());
                counter.step(Java2DPainter.LABEL_WEIGHT);
            }
            content.restoreGraphicsState();
            if (drawing.legend() != null) {
                legend(drawing.legend());
            }
            if (drawing.title() != null) {
                text(drawing.title());
            }
            for (Text line : drawing.caption()) {
                text(line);
            }
            counter.finish();
        }

        private void legend(Drawing.Legend legend) throws IOException {
            fillColor(legend.fill());
            strokeColor(legend.border());
            content.setLineWidth(1);
            content.setLineDashPattern(new float[0], 0);
            content.addRect((float) legend.x(), (float) legend.y(), (float) legend.width(), (float) legend.height());
            content.fillAndStroke();
            for (Text heading : legend.headings()) {
                text(heading);
            }
            for (Drawing.LegendEntry entry : legend.entries()) {
                strokeStyle(entry.style());
                content.moveTo((float) entry.from().x(), (float) entry.from().y());
                content.lineTo((float) entry.to().x(), (float) entry.to().y());
                content.stroke();
                content.setLineDashPattern(new float[0], 0);
                text(entry.label());
            }
            for (Text note : legend.notes()) {
                text(note);
            }
        }

        private void text(Text text) throws IOException {
            List<FontSet.Run> runs = fonts.runs(text.text());
            double width = 0;
            for (FontSet.Run run : runs) {
                width += fonts.width(run, text.size());
            }
            double x = text.anchor() == Anchor.MIDDLE ? text.x() - width / 2 : text.x();
            if (text.backdrop() != null) {
                fillColor(text.backdrop());
                content.addRect((float) (x - 3), (float) (text.baseline() - text.size() * 0.95), (float) (width + 6),
                        (float) (text.size() * 1.25));
                content.fill();
            }
            fillColor(text.color());
            for (FontSet.Run run : runs) {
                content.beginText();
                content.setFont(font(run.face()), (float) text.size());
                content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) text.baseline()));
                content.showText(run.text());
                content.endText();
                x += fonts.width(run, text.size());
            }
        }

        private PDType0Font font(FontSet.Face face) throws IOException {
            PDType0Font font = loaded.get(face);
            if (font == null) {
                try (InputStream in = face.open()) {
                    font = PDType0Font.load(document, in, true);
                }
                loaded.put(face, font);
            }
            return font;
        }

        private void circle(Point center, double r) throws IOException {
            float cx = (float) center.x();
            float cy = (float) center.y();
            float k = (float) (KAPPA * r);
            float rr = (float) r;
            content.moveTo(cx + rr, cy);
            content.curveTo(cx + rr, cy + k, cx + k, cy + rr, cx, cy + rr);
            content.curveTo(cx - k, cy + rr, cx - rr, cy + k, cx - rr, cy);
            content.curveTo(cx - rr, cy - k, cx - k, cy - rr, cx, cy - rr);
            content.curveTo(cx + k, cy - rr, cx + rr, cy - k, cx + rr, cy);
            content.closePath();
        }

        private void strokeStyle(LineStyle style) throws IOException {
            strokeColor(style.color());
            content.setLineWidth((float) style.width());
            content.setLineCapStyle(0);
            float[] dash = new float[style.dash().size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = style.dash().get(i).floatValue();
            }
            content.setLineDashPattern(dash, 0);
        }

        private void fillColor(Rgb rgb) throws IOException {
            alpha(rgb.alpha(), false);
            content.setNonStrokingColor(rgb.red() / 255f, rgb.green() / 255f, rgb.blue() / 255f);
        }

        private void strokeColor(Rgb rgb) throws IOException {
            alpha(rgb.alpha(), true);
            content.setStrokingColor(rgb.red() / 255f, rgb.green() / 255f, rgb.blue() / 255f);
        }

        /** Sets the stroking or filling opacity, sharing one graphics state object per value. */
        private void alpha(int alpha, boolean stroking) throws IOException {
            int key = stroking ? alpha : 256 + alpha;
            PDExtendedGraphicsState state = alphaStates.get(key);
            if (state == null) {
                state = new PDExtendedGraphicsState();
                if (stroking) {
                    state.setStrokingAlphaConstant(alpha / 255f);
                } else {
                    state.setNonStrokingAlphaConstant(alpha / 255f);
                }
                alphaStates.put(key, state);
            }
            content.setGraphicsStateParameters(state);
        }
    }
}

package org.actorgraph.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.io.AtomicFiles;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.render.data.CsvExporter;
import org.actorgraph.render.data.DotExporter;
import org.actorgraph.render.data.GexfExporter;
import org.actorgraph.render.data.GraphData;
import org.actorgraph.render.data.GraphMlExporter;
import org.actorgraph.render.data.JsonExporter;

/**
 * Exports a graph in any {@link ExportFormat}, for the command line and the window alike. The
 * window passes its own {@link Drawing} (its positions, its current view); the command line lets
 * {@link DrawingBuilder#layOutAndBuild} place the vertices. Files are written atomically: a failed
 * or cancelled export leaves an existing file untouched and no half-written file behind. An
 * {@link ExportMonitor} follows the export element by element and can stop it.
 */
public final class Exporter {

    private final FontSet fonts;

    public Exporter(FontSet fonts) {
        this.fonts = fonts;
    }

    public Exporter() {
        this(FontSet.bundled());
    }

    /** The figure of a graph with the seeded layout. */
    public Drawing drawing(AggregatedGraph graph, ImageOptions options, long seed) {
        return new DrawingBuilder(fonts).layOutAndBuild(graph, options, seed);
    }

    /**
     * Writes a graph in a format to a stream. Data formats take positions, sizes and colours from
     * the drawing, so the data and the picture agree.
     *
     * @param dpi the resolution of a PNG; ignored by other formats
     */
    public void write(AggregatedGraph graph, Drawing drawing, ImageOptions options, ExportFormat format, int dpi,
                      OutputStream out) throws IOException {
        write(graph, drawing, options, format, dpi, out, ExportMonitor.NONE);
    }

    /**
     * Writes a graph in a format to a stream, reporting to {@code monitor} as the elements are
     * painted or written ({@link ExportMonitor}); the fraction reaches 1 when the last byte is written.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so; what was written
     *     to {@code out} until then is incomplete
     */
    public void write(AggregatedGraph graph, Drawing drawing, ImageOptions options, ExportFormat format, int dpi,
                      OutputStream out, ExportMonitor monitor) throws IOException {
        GraphData data = new GraphData(graph, drawing, options.theme());
        switch (format) {
            case PNG -> new PngWriter(fonts).write(drawing, dpi, out, monitor);
            case SVG -> new SvgWriter(fonts).write(drawing, out, monitor);
            case PDF -> new PdfWriter(fonts).write(drawing, options.title(), out, monitor);
            case GRAPHML -> new GraphMlExporter().write(data, out, monitor);
            case GEXF -> new GexfExporter().write(data, out, monitor);
            case DOT -> new DotExporter().write(data, out, monitor);
            case CSV -> new CsvExporter().write(graph.corpus(), graph.claims(), out, monitor);
            case JSON -> new JsonExporter().write(data, out, monitor);
        }
    }

    /** Writes to a file atomically; see the class comment. */
    public void export(AggregatedGraph graph, Drawing drawing, ImageOptions options, ExportFormat format, int dpi,
                       Path file) throws IOException {
        export(graph, drawing, options, format, dpi, file, ExportMonitor.NONE);
    }

    /**
     * Writes to a file atomically, reporting progress to {@code monitor}, and stops as soon as it
     * says so, before or while the bytes are written: the target is then left as it was and no
     * temporary file stays behind.
     *
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public void export(AggregatedGraph graph, Drawing drawing, ImageOptions options, ExportFormat format, int dpi,
                       Path file, ExportMonitor monitor) throws IOException {
        monitor.throwIfCancelled();
        try {
            AtomicFiles.write(file, out -> {
                write(graph, drawing, options, format, dpi, new CancellableStream(out, monitor), monitor);
                monitor.throwIfCancelled(); // the last chance before the file is moved into place
            });
        } catch (IOException | RuntimeException e) {
            throwIfCancelled(e, monitor);
            throw e;
        }
    }

    /**
     * Throws a cancellation caused by {@code failure} if the monitor was cancelled. A stream that
     * stops in the middle of a library's work (ImageIO's cache, PDFBox's save) can make the
     * library fail in its own way; the user asked to stop, and that is what happened.
     */
    static void throwIfCancelled(Exception failure, ExportMonitor monitor) {
        if (!(failure instanceof CancellationException) && monitor.isCancelled()) {
            CancellationException cancelled = new CancellationException("cancelled");
            cancelled.initCause(failure);
            throw cancelled;
        }
    }

    /**
     * Checks the token before every write, so that a phase that does not report, such as saving a
     * PDF, still stops between chunks.
     */
    private static final class CancellableStream extends FilterOutputStream {
        private final CancellationToken cancel;

        CancellableStream(OutputStream out, CancellationToken cancel) {
            super(out);
            this.cancel = cancel;
        }

        @Override
        public void write(int b) throws IOException {
            cancel.throwIfCancelled();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            cancel.throwIfCancelled();
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            // AtomicFiles closes the underlying stream itself.
            flush();
        }
    }
}

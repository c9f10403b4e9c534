package org.actorgraph.bench;

import java.io.OutputStream;
import java.util.Arrays;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.Exporter;
import org.actorgraph.render.ImageOptions;
import org.actorgraph.render.Theme;

/**
 * Measures exporting the seed after start-up: a 300-DPI A4 landscape PNG (842 × 595 pt, 3508 ×
 * 2480 px), and SVG and PDF of the same page. Layout, drawing and encoding are included; writing to
 * disk is not (the bytes go to a null stream). Run it as docs/performance.md says; not a test.
 */
public final class ExportBenchmark {

    private static final int WARM_UP = 3;
    private static final int MEASURED = 10;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AggregatedGraph graph = new GraphAggregator().aggregate(
                new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus(),
                PersonGrouping.ROLLED_UP);
        ImageOptions a4 = new ImageOptions(842, 595, Theme.LIGHT, graph.corpus().title(), true, true, false, null);
        Exporter exporter = new Exporter();
        for (ExportFormat format : new ExportFormat[] {ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF}) {
            for (int i = 0; i < WARM_UP; i++) {
                export(exporter, graph, a4, format);
            }
            double[] ms = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                export(exporter, graph, a4, format);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("A4 %s%s: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n", format.cliName(),
                    format == ExportFormat.PNG ? " at 300 DPI" : "", ms[MEASURED / 2], ms[0], ms[MEASURED - 1], MEASURED);
        }
    }

    private static void export(Exporter exporter, AggregatedGraph graph, ImageOptions options, ExportFormat format)
            throws Exception {
        Drawing drawing = exporter.drawing(graph, options, 1);
        exporter.write(graph, drawing, options, format, 300, OutputStream.nullOutputStream());
    }
}

package org.actorgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.FontSet;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.export.ExportScope;
import org.actorgraph.ui.export.ExportViewModel;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.OverviewViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;

/**
 * How long an export holds the calling thread, which in the window is the FX thread: the time of
 * {@link ExportViewModel#export}, {@link ExportViewModel#exportData} and
 * {@link ExportViewModel#copyCurrentView} with an executor that only queues the work, then the time
 * of that work (the background part). The very first export of the run is printed apart: it loads
 * the fonts and initialises classes. The window's view models run
 * without a window (their properties need no toolkit), on the generated corpus as it opens (a
 * community overview from 400 actors on), with every actor drawn, and with people drawn separately
 * as well (every actor of the corpus a vertex). Pictures are of the current view (a 1100 × 720 graph
 * pane) unless "-whole"; PNG at the dialog's 150 DPI; "clipboard" is Edit › Copy image (the
 * clipboard itself is left out: it needs a window). Writing goes to a temporary folder. Not a test.
 *
 * <p>{@code ./mvnw -q -o test-compile exec:java -Dexec.mainClass=org.actorgraph.bench.ExportThreadBenchmark
 * -Dexec.args="CORPUS.actorgraph.json ..."}
 */
public final class ExportThreadBenchmark {

    private static final int WARM_UP = 3;
    private static final int MEASURED = 10;

    private ExportThreadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createTempDirectory("export-bench");
        System.out.printf(Locale.ROOT, "%-22s %-9s %-9s %22s %22s%n", "corpus", "drawn", "format",
                "calling thread ms", "background ms");
        for (String arg : args) {
            Path corpus = Path.of(arg);
            RecordingDialogService dialogs = new RecordingDialogService();
            ImmediateTaskExecutor immediate = new ImmediateTaskExecutor();
            CorpusSession session = new CorpusSession(new CorpusLoader(new CorpusReader(), CorpusLoader.SEED_RESOURCE),
                    new GraphAggregator(), immediate, dialogs);
            GraphViewModel graph = new GraphViewModel(session, new SelectionModel(), immediate, new ForceLayout(),
                    dialogs);
            OverviewViewModel overview = new OverviewViewModel(session, dialogs);
            session.open(CorpusSource.ofFile(corpus));
            // The graph pane of a 1440 × 920 window.
            graph.viewport().viewportWidthProperty().set(1100);
            graph.viewport().viewportHeightProperty().set(720);
            ManualTaskExecutor queue = new ManualTaskExecutor();
            ExportViewModel export = new ExportViewModel(session, graph, queue, dialogs, FontSet::bundled);
            export.prepare();
            boolean first = true;
            for (int mode = 0; mode < 3; mode++) {
                if (mode == 1) {
                    overview.showAll();
                } else if (mode == 2) {
                    session.peopleSeparatelyProperty().set(true);
                    overview.showAll();
                }
                String drawn = graph.layoutProperty().get().graph().actors().size() + "/"
                        + graph.layoutProperty().get().graph().relations().size();
                for (String what : List.of("png", "png-whole", "svg", "pdf", "graphml", "clipboard")) {
                    ExportFormat format = what.equals("clipboard") ? ExportFormat.PNG
                            : ExportFormat.fromName(what.replace("-whole", "")).orElseThrow();
                    export.scopeProperty().set(what.endsWith("-whole") ? ExportScope.WHOLE_GRAPH
                            : ExportScope.CURRENT_VIEW);
                    double[] calling = new double[MEASURED];
                    double[] background = new double[MEASURED];
                    for (int run = -WARM_UP; run < MEASURED; run++) {
                        Path file = out.resolve("figure." + format.cliName());
                        long t0 = System.nanoTime();
                        if (what.equals("clipboard")) {
                            export.copyCurrentView(png -> png, png -> { });
                        } else if (format.isImage()) {
                            export.formatProperty().set(format);
                            export.export(file, format);
                        } else {
                            export.exportData(file, format);
                        }
                        long t1 = System.nanoTime();
                        queue.runAll();
                        long t2 = System.nanoTime();
                        if (first) {
                            System.out.printf(Locale.ROOT, "first export (fonts loaded, classes initialised): "
                                    + "calling thread %.1f ms, background %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
                            first = false;
                        }
                        if (run >= 0) {
                            calling[run] = (t1 - t0) / 1e6;
                            background[run] = (t2 - t1) / 1e6;
                        }
                    }
                    System.out.printf(Locale.ROOT, "%-22s %-9s %-9s %22s %22s%n", corpus.getFileName(), drawn,
                            what, summary(calling), summary(background));
                }
            }
            if (!dialogs.errors.isEmpty()) {
                System.out.println("errors: " + dialogs.errors);
            }
        }
    }

    private static String summary(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}

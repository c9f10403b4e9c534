package org.actorgraph.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Point;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.FontSet;
import org.actorgraph.render.ImageOptions;
import org.actorgraph.render.Theme;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.task.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export from the window: what the user chose, and exactly what is on screen. */
class ExportViewModelTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final GraphViewModel graph = new GraphViewModel(session, new SelectionModel(), new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs);

    private ExportViewModel exporter(TaskExecutor executor) {
        session.open(CorpusSource.bundledSeed());
        graph.viewport().viewportWidthProperty().set(900);
        graph.viewport().viewportHeightProperty().set(600);
        return new ExportViewModel(session, graph, executor, dialogs, FontSet::bundled);
    }

    private String exportSvg(ExportViewModel export) throws IOException {
        Path file = dir.resolve("figure.svg");
        export.formatProperty().set(ExportFormat.SVG);
        export.export(file, ExportFormat.SVG);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private Actor actor(String id) {
        return session.getFullGraph().actor(id).orElseThrow();
    }

    @Test
    void theDialogsChoicesBecomeTheFiguresOptions() {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        export.prepare();
        assertEquals(session.getCorpus().corpus().title(), export.titleProperty().get(), "the corpus title first");

        export.formatProperty().set(ExportFormat.SVG);
        export.widthProperty().set(1200);
        export.heightProperty().set(800);
        export.titleProperty().set("Arms talks");
        export.legendProperty().set(false);
        export.captionProperty().set(false);
        export.themeProperty().set(Theme.DARK);
        export.transparentProperty().set(true);
        export.scopeProperty().set(ExportScope.WHOLE_GRAPH);
        ImageOptions options = export.imageOptions();
        assertEquals(new ImageOptions(1200, 800, Theme.DARK, "Arms talks", false, false, false, null), options,
                "transparency is a PNG option");

        export.formatProperty().set(ExportFormat.PNG);
        assertTrue(export.imageOptions().transparent());

        // The current view: the part of the drawing the window shows after zooming and panning.
        export.scopeProperty().set(ExportScope.CURRENT_VIEW);
        graph.viewport().zoomIn();
        graph.viewport().panBy(50, -30);
        ImageOptions.Viewport view = export.imageOptions().viewport();
        double scale = graph.viewport().getScale();
        assertEquals(1.25, scale, 1e-9);
        assertEquals(-graph.viewport().translateXProperty().get() / scale, view.x(), 1e-9);
        assertEquals(-graph.viewport().translateYProperty().get() / scale, view.y(), 1e-9);
        assertEquals(900 / scale, view.width(), 1e-9);
        assertEquals(600 / scale, view.height(), 1e-9);
    }

    @Test
    void dpiIsKeptWithin72And600AndAPosterIsMoreThan8000PixelsWide() {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        export.formatProperty().set(ExportFormat.PNG);
        export.dpiProperty().set(600);
        assertEquals("1000 × 700 pt = 8333 × 5833 px at 600 DPI", export.sizeText().get());
        export.dpiProperty().set(5000);
        assertEquals(600, export.effectiveDpi());
        export.dpiProperty().set(10);
        assertEquals(72, export.effectiveDpi());
        export.formatProperty().set(ExportFormat.PDF);
        assertEquals("1000 × 700 pt", export.sizeText().get());
    }

    @Test
    void aHiddenTypeAndTheActorItLeftAloneAreNotExported() throws IOException {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        String warning = session.getFullGraph().corpus().relationType("warning").orElseThrow().label();
        String all = exportSvg(export);
        assertTrue(all.contains("United States"));
        assertTrue(all.contains(">" + warning + "<"), "the legend lists the warning type");

        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenTypeIds(Set.of("warning", "aid"))
                .withHideIsolated(true));
        String filtered = exportSvg(export);

        assertFalse(filtered.contains("United States"), "the United States only warn and aid: not drawn");
        assertFalse(filtered.contains(">" + warning + "<"), "no warning in the legend");
        for (String shown : List.of("North Korea", "Russia", "Iran", "Ukraine")) {
            assertTrue(filtered.contains(shown), shown);
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aDraggedActorIsExportedWhereItWasDroppedWithTheWindowsSizes() {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        export.scopeProperty().set(ExportScope.WHOLE_GRAPH);
        Map<String, Point> before = graph.positionsById();
        Point drop = new Point(before.get("RUS").x() - 700, before.get("RUS").y() + 350);
        graph.moved(actor("IRN"), before.get("IRN"), drop);
        graph.vertexSizeMetricProperty().set(Metric.PAGERANK);

        Drawing drawing = export.snapshot(export.imageOptions()).drawing();

        // The whole graph is scaled uniformly: the drawing keeps the window's proportions.
        Map<String, Point> window = graph.positionsById();
        Map<String, Drawing.Vertex> drawn = new java.util.HashMap<>();
        drawing.vertices().forEach(v -> drawn.put(v.actorId(), v));
        double windowRatio = (window.get("IRN").x() - window.get("RUS").x())
                / (window.get("PRK").x() - window.get("RUS").x());
        double drawnRatio = (drawn.get("IRN").center().x() - drawn.get("RUS").center().x())
                / (drawn.get("PRK").center().x() - drawn.get("RUS").center().x());
        assertEquals(windowRatio, drawnRatio, 1e-6);
        double windowSlope = (window.get("IRN").y() - window.get("RUS").y())
                / (window.get("IRN").x() - window.get("RUS").x());
        double drawnSlope = (drawn.get("IRN").center().y() - drawn.get("RUS").center().y())
                / (drawn.get("IRN").center().x() - drawn.get("RUS").center().x());
        assertEquals(windowSlope, drawnSlope, 1e-6);
        assertEquals(drawing.vertices().stream().mapToDouble(v -> v.center().x()).min().orElseThrow(),
                drawn.get("IRN").center().x(), 1e-9, "dropped far to the left");

        graph.vertexRadii().forEach((actor, radius) ->
                assertEquals(radius, drawn.get(actor.id()).radius(), 1e-9, "size by PageRank: " + actor.name()));
    }

    @Test
    void cancellingLeavesNoFileBehind() throws IOException {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ExportViewModel export = exporter(executor);
        Path file = dir.resolve("poster.png");
        export.dpiProperty().set(300);
        export.export(file, ExportFormat.PNG);
        assertTrue(export.runningProperty().get());

        export.cancel();
        executor.runAll();

        assertFalse(export.runningProperty().get());
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary file either");
        }
        assertTrue(export.statusProperty().get().startsWith("Cancelled"), export.statusProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void anExportAskedForWhileAnotherIsWrittenSaysSoAndTheFirstIsStillWritten() throws IOException {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ExportViewModel export = exporter(executor);
        Path first = dir.resolve("first.svg");
        export.formatProperty().set(ExportFormat.SVG);
        export.export(first, ExportFormat.SVG);
        dialogs.exportFileToChoose = dir.resolve("second.graphml");

        export.chooseAndExportData();
        export.exportData(dir.resolve("third.csv"), ExportFormat.CSV);
        executor.runAll();

        assertTrue(Files.size(first) > 0, "the first export is written");
        assertFalse(Files.exists(dir.resolve("second.graphml")));
        assertFalse(Files.exists(dir.resolve("third.csv")));
        assertEquals(2, dialogs.errors.size(), "each refused export says why: " + dialogs.errors);
        assertTrue(dialogs.errors.get(0).contains("first.svg is still being written"), dialogs.errors.get(0));
        assertEquals("Exported first.svg", export.statusProperty().get());

        export.exportData(dir.resolve("third.csv"), ExportFormat.CSV);
        executor.runAll();
        assertTrue(Files.exists(dir.resolve("third.csv")), "once it is done, the next export runs");
    }

    /** Every value the progress shows while one export runs, until the export ends. */
    private static List<Double> progressOf(ExportViewModel export) {
        List<Double> seen = new ArrayList<>();
        export.progressProperty().addListener((obs, old, now) -> {
            if (export.runningProperty().get()) {
                seen.add(now.doubleValue());
            }
        });
        return seen;
    }

    private static void assertRisesFromZeroToOne(List<Double> seen) {
        assertFalse(seen.isEmpty(), "no progress shown");
        assertEquals(0, seen.get(0), 1e-9, "starts at 0: " + seen);
        assertEquals(1, seen.get(seen.size() - 1), 1e-9, "ends at 1: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "only rises: " + seen);
        }
        assertTrue(seen.stream().filter(p -> p > 0.1 && p < 0.9).count() >= 3, "moves in steps: " + seen);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "SVG", "PDF"})
    void anImageExportShowsItsProgressRisingFromZeroToOne(ExportFormat format) throws IOException {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        List<Double> seen = progressOf(export);
        Path file = dir.resolve("figure." + format.cliName());
        export.formatProperty().set(format);

        export.export(file, format);

        assertRisesFromZeroToOne(seen);
        assertTrue(Files.size(file) > 0);
        assertEquals("Exported figure." + format.cliName(), export.statusProperty().get());
        assertEquals("Exported figure." + format.cliName(), export.activity().outcomeProperty().get(),
                "the status bar says so too");
        assertFalse(export.runningProperty().get());
    }

    @Test
    void aDataExportShowsItsProgressRisingFromZeroToOne() throws IOException {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        List<Double> seen = progressOf(export);
        List<String> messages = new ArrayList<>();
        export.activity().messageProperty().addListener((obs, old, now) -> messages.add(now));
        dialogs.exportFileToChoose = dir.resolve("graph.gexf");

        export.chooseAndExportData();

        assertRisesFromZeroToOne(seen);
        assertEquals("Exporting graph.gexf…", messages.get(0), "the status bar names the file");
        assertTrue(Files.readString(dir.resolve("graph.gexf")).contains("Russia"));
        assertEquals("Exported graph.gexf", export.activity().outcomeProperty().get());
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"PNG", "SVG", "PDF", "GRAPHML"})
    void cancelInTheMiddleLeavesTheOldFileByteForByteAndSaysNothingWasWritten(ExportFormat format)
            throws IOException {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ExportViewModel export = exporter(executor);
        Path file = dir.resolve("figure." + format.cliName());
        byte[] before = "last week's figure".getBytes(StandardCharsets.UTF_8);
        Files.write(file, before);
        // The user clicks Cancel while the bar moves.
        List<Double> seen = progressOf(export);
        export.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0.2) {
                export.cancel();
            }
        });

        if (format.isImage()) {
            export.formatProperty().set(format);
            export.export(file, format);
        } else {
            export.exportData(file, format);
        }
        assertTrue(export.runningProperty().get());
        executor.runAll();

        assertTrue(seen.stream().anyMatch(p -> p > 0.2 && p < 1), "cancelled in the middle: " + seen);
        assertEquals(1, executor.failures.size(), "the work stopped");
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file");
        }
        assertFalse(export.runningProperty().get());
        assertEquals("Cancelled; nothing was written", export.statusProperty().get());
        assertEquals("Exporting figure." + format.cliName() + " cancelled; nothing was written",
                export.activity().outcomeProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void whileACancelledExportStopsTheDialogSaysCancellingAndCancelIsGone() throws IOException {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ExportViewModel export = exporter(executor);
        List<String> statuses = new ArrayList<>();
        List<Boolean> cancellable = new ArrayList<>();
        export.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0.2 && export.activity().cancellableProperty().get()) {
                export.cancel();
                statuses.add(export.statusProperty().get());
                cancellable.add(export.activity().cancellableProperty().get());
            }
        });

        export.export(dir.resolve("figure.svg"), ExportFormat.SVG);
        executor.runAll();

        assertEquals(List.of("Cancelling…"), statuses);
        assertEquals(List.of(false), cancellable);
        assertEquals("Cancelled; nothing was written", export.statusProperty().get());
    }

    @Test
    void theUiThreadOnlyTakesWhatIsOnScreenAndTheFigureIsBuiltInTheBackground() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        int[] fontsAsked = {0};
        session.open(CorpusSource.bundledSeed());
        ExportViewModel export = new ExportViewModel(session, graph, executor, dialogs, () -> {
            fontsAsked[0]++;
            return FontSet.bundled();
        });

        export.export(dir.resolve("figure.pdf"), ExportFormat.PDF);
        export.exportData(dir.resolve("graph.json"), ExportFormat.JSON);
        export.copyCurrentView(png -> png, png -> { });

        // Building a figure measures text in the bundled fonts; none was built yet.
        assertEquals(0, fontsAsked[0], "nothing is drawn on the UI thread");
        executor.runAll();
        assertTrue(fontsAsked[0] > 0);
    }

    @Test
    void aFailedExportSaysWhyAndKeepsTheOldFile() throws IOException {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        Path file = dir.resolve("poster.png");
        Files.writeString(file, "the previous figure");
        export.widthProperty().set(20000);
        export.heightProperty().set(20000);
        export.dpiProperty().set(600);

        export.export(file, ExportFormat.PNG);

        assertEquals("the previous figure", Files.readString(file));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("lower the size or the DPI"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("left as it was"), dialogs.errors.get(0));
        assertFalse(export.runningProperty().get());
    }

    @Test
    void dataExportDescribesTheVisibleGraph() throws IOException {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenActorIds(Set.of("IRN")));
        Path file = dir.resolve("graph.graphml");
        dialogs.exportFileToChoose = dir.resolve("graph");

        export.chooseAndExportData();

        String graphml = Files.readString(file);
        assertTrue(graphml.contains("Russia"));
        assertFalse(graphml.contains("Iran"));
    }

    @Test
    void copyingTheCurrentViewGivesAPngOfTheWindowsSize() throws IOException {
        ExportViewModel export = exporter(new ImmediateTaskExecutor());
        byte[][] copied = new byte[1][];
        export.copyCurrentView(png -> png, png -> copied[0] = png);
        byte[] png = copied[0];
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
    }
}

package org.actorgraph.ui.export;

import java.io.ByteArrayOutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.StringBinding;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Point;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.DrawingBuilder;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.ExportMonitor;
import org.actorgraph.render.Exporter;
import org.actorgraph.render.FontSet;
import org.actorgraph.render.ImageOptions;
import org.actorgraph.render.PngWriter;
import org.actorgraph.render.Theme;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.graph.GraphLayout;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.ViewportModel;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.CancellableJob;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskProgress;

/**
 * File › Export image…, Export data… and Edit › Copy image: exactly what the window shows — the
 * filtered graph, the actors where they are drawn (dragged ones included), the window's vertex
 * sizes and colours — as PNG, SVG or PDF, or as data. The UI thread only takes what is on screen
 * (the drawn graph, its positions, sizes and colours, the view); the figure is built, painted and
 * written in the background, with its progress in the status bar and the dialog, and can be
 * cancelled. The file is replaced atomically, so a failed or cancelled export leaves an existing
 * file as it was.
 */
public final class ExportViewModel {

    /** The picture formats the dialog offers. */
    public static final List<ExportFormat> IMAGE_FORMATS = List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF);
    /** The data formats of Export data…. */
    public static final List<ExportFormat> DATA_FORMATS = List.of(ExportFormat.GRAPHML, ExportFormat.GEXF,
            ExportFormat.DOT, ExportFormat.CSV, ExportFormat.JSON);
    /** The resolution of an image copied to the clipboard: one pixel per pixel of the window. */
    public static final int CLIPBOARD_DPI = 72;
    /** What the dialog says once a cancelled export has stopped. */
    public static final String CANCELLED = "Cancelled; nothing was written";
    /**
     * The share of the progress bar for building the figure from what is on screen; painting and
     * writing take the rest (building took a tenth to a fifth of the time for 1,000 actors and
     * 4,871 relations).
     */
    private static final double DRAWING_SHARE = 0.15;

    private final CorpusSession session;
    private final GraphViewModel graph;
    private final DialogService dialogs;
    private final Supplier<FontSet> fonts;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", (int) ImageOptions.DEFAULT_WIDTH);
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height", (int) ImageOptions.DEFAULT_HEIGHT);
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", 150);
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final BooleanProperty caption = new SimpleBooleanProperty(this, "caption", true);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<ExportScope> scope =
            new SimpleObjectProperty<>(this, "scope", ExportScope.CURRENT_VIEW);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringProperty said = new SimpleStringProperty(this, "said", "");
    private final StringBinding sizeText;
    // Files are exported one at a time; a copy to the clipboard runs beside an export, not instead.
    private final CancellableJob exports;
    private final CancellableJob copies;

    private Object titleFor;
    private Path lastDirectory;
    // The name of the file an export is writing, for as long as it runs.
    private String writing;

    /**
     * @param fonts the fonts pictures are drawn with, asked for only when the first picture is made
     */
    public ExportViewModel(CorpusSession session, GraphViewModel graph, TaskExecutor executor, DialogService dialogs,
                           Supplier<FontSet> fonts) {
        this.session = Objects.requireNonNull(session);
        this.graph = Objects.requireNonNull(graph);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.fonts = Objects.requireNonNull(fonts);
        this.exports = new CancellableJob(Objects.requireNonNull(executor));
        this.copies = new CancellableJob(executor);
        sizeText = Bindings.createStringBinding(this::describeSize, format, width, height, dpi);
        // While an export runs the dialog says what the status bar says ("Exporting graph.png…",
        // "Cancelling…"), afterwards what it came to.
        Activity activity = exports.activity();
        status.bind(Bindings.createStringBinding(
                () -> activity.isRunning() ? activity.messageProperty().get() : said.get(),
                activity.runningProperty(), activity.messageProperty(), said));
    }

    /** Called when the dialog opens: the title starts as the corpus title, once per corpus. */
    public void prepare() {
        if (session.getCorpus() != null && titleFor != session.getCorpus().corpus()) {
            titleFor = session.getCorpus().corpus();
            title.set(session.getCorpus().corpus().title());
        }
        said.set("");
    }

    /** Whether there is a graph to export. */
    public boolean canExport() {
        return graph.layoutProperty().get() != null && session.getGraph() != null;
    }

    // ---- options

    /** The options of the picture as chosen in the dialog. */
    public ImageOptions imageOptions() {
        return new ImageOptions(clampSize(width.get()), clampSize(height.get()), theme.get(), title.get(),
                legend.get(), caption.get(), transparent.get() && format.get() == ExportFormat.PNG,
                scope.get() == ExportScope.CURRENT_VIEW ? currentViewport() : null);
    }

    /** The resolution of a PNG, within 72–600. */
    public int effectiveDpi() {
        return Math.max(PngWriter.MIN_DPI, Math.min(PngWriter.MAX_DPI, dpi.get()));
    }

    private static double clampSize(int value) {
        return Math.max(ImageOptions.MIN_SIZE, Math.min(ImageOptions.MAX_SIZE, value));
    }

    /** The part of the drawing the window shows, or null when the window has no size yet. */
    ImageOptions.Viewport currentViewport() {
        ViewportModel viewport = graph.viewport();
        double scale = viewport.getScale();
        double w = viewport.viewportWidthProperty().get();
        double h = viewport.viewportHeightProperty().get();
        if (!(w > 0 && h > 0 && scale > 0)) {
            return null;
        }
        return new ImageOptions.Viewport(-viewport.translateXProperty().get() / scale,
                -viewport.translateYProperty().get() / scale, w / scale, h / scale);
    }

    private String describeSize() {
        String points = width.get() + " × " + height.get() + " pt";
        if (format.get() != ExportFormat.PNG) {
            return points;
        }
        double factor = effectiveDpi() / 72.0;
        long pxWidth = Math.round(clampSize(width.get()) * factor);
        long pxHeight = Math.round(clampSize(height.get()) * factor);
        return points + " = " + pxWidth + " × " + pxHeight + " px at " + effectiveDpi() + " DPI";
    }

    // ---- what is on screen

    /**
     * The picture of what the window shows with these options: the drawn graph at the window's
     * positions, with its vertex sizes and colours. Built on the calling thread; the exports take
     * only {@link #onScreen()} on the UI thread and build the picture in the background.
     *
     * @throws IllegalStateException when no graph is drawn yet
     */
    public Snapshot snapshot(ImageOptions options) {
        return onScreen().draw(options, fonts.get());
    }

    /**
     * What the window shows, taken on the UI thread: the drawn graph (immutable), its positions (an
     * immutable copy) and the vertex sizes and colours (maps made for this call), so that the
     * picture can be built on another thread while the window goes on.
     *
     * @throws IllegalStateException when no graph is drawn yet
     */
    OnScreen onScreen() {
        GraphLayout layout = graph.layoutProperty().get();
        if (layout == null) {
            throw new IllegalStateException("nothing is drawn yet");
        }
        return new OnScreen(layout.graph(), layout.positions(), graph.vertexRadii(), graph.vertexFills());
    }

    /** What the window shows, enough to build its picture anywhere. */
    record OnScreen(AggregatedGraph graph, Map<Actor, Point> positions, Map<Actor, Double> radii,
                    Map<Actor, String> fills) {

        Snapshot draw(ImageOptions options, FontSet fonts) {
            var looks = WindowLook.looks(graph.actors(), radii, fills);
            return new Snapshot(graph, new DrawingBuilder(fonts).build(graph, positions, options, looks), options);
        }
    }

    /** A picture ready to be written, and what it was made from. */
    public record Snapshot(AggregatedGraph graph, Drawing drawing, ImageOptions options) { }

    // ---- exporting

    /** Asks where, then exports the picture in the chosen format. */
    public void chooseAndExport() {
        if (!canExport() || refusedWhileWriting()) {
            return;
        }
        ExportFormat chosen = format.get();
        List<ExportFormat> formats = new java.util.ArrayList<>(List.of(chosen));
        dialogs.chooseExportFile(directory(), suggestedName(chosen), formats)
                .ifPresent(file -> export(withExtension(file, chosen), chosen));
    }

    /** Asks where and in which data format, then exports the drawn graph as data. */
    public void chooseAndExportData() {
        if (!canExport() || refusedWhileWriting()) {
            return;
        }
        dialogs.chooseExportFile(directory(), suggestedName(ExportFormat.GRAPHML), DATA_FORMATS).ifPresent(file -> {
            ExportFormat chosen = formatOf(file).filter(f -> !f.isImage()).orElse(ExportFormat.GRAPHML);
            exportData(withExtension(file, chosen), chosen);
        });
    }

    /** Exports the picture with the dialog's options to {@code file} in the background. */
    public void export(Path file, ExportFormat chosenFormat) {
        ImageOptions options;
        OnScreen shown;
        try {
            options = imageOptions();
            shown = onScreen();
        } catch (RuntimeException e) {
            dialogs.showError("Could not export", describe(e));
            return;
        }
        write(shown, options, chosenFormat, file);
    }

    /**
     * Exports the drawn graph as data (positions and colours as on screen) to {@code file} in the
     * background.
     */
    public void exportData(Path file, ExportFormat dataFormat) {
        OnScreen shown;
        try {
            shown = onScreen();
        } catch (RuntimeException e) {
            dialogs.showError("Could not export", describe(e));
            return;
        }
        ImageOptions options = new ImageOptions(ImageOptions.DEFAULT_WIDTH, ImageOptions.DEFAULT_HEIGHT,
                Theme.LIGHT, title.get(), false, false, false, null);
        write(shown, options, dataFormat, file);
    }

    // One file export at a time. Starting another used to stop the one under way without a word,
    // leaving the user to believe both were written.
    private boolean refusedWhileWriting() {
        if (!exports.isRunning()) {
            return false;
        }
        boolean stopping = !exports.activity().cancellableProperty().get();
        dialogs.showError("An export is under way", stopping
                ? "The export of " + writing + " is being cancelled. Export again in a moment."
                : writing + " is still being written. Export again once it is done, or cancel that export first.");
        return true;
    }

    private void write(OnScreen shown, ImageOptions options, ExportFormat chosenFormat, Path file) {
        if (refusedWhileWriting()) {
            return;
        }
        int resolution = effectiveDpi();
        String name = file.getFileName().toString();
        writing = name;
        lastDirectory = file.toAbsolutePath().getParent();
        exports.start("Exporting " + name + "…", task -> {
            ExportMonitor monitor = ExportMonitor.of(task, task::progress);
            monitor.progress(0, null);
            Snapshot snapshot = shown.draw(options, fonts.get());
            monitor.progress(DRAWING_SHARE, null);
            new Exporter(fonts.get()).export(snapshot.graph(), snapshot.drawing(), snapshot.options(), chosenFormat,
                    resolution, file, monitor.part(DRAWING_SHARE, 1));
            return file;
        }, new CancellableJob.Outcome<>() {
            @Override
            public String succeeded(Path done) {
                said.set("Exported " + done.getFileName());
                return "Exported " + done.getFileName();
            }

            @Override
            public String cancelled() {
                said.set(CANCELLED);
                return "Exporting " + name + " cancelled; nothing was written";
            }

            @Override
            public String failed(Throwable error) {
                said.set("Export failed");
                dialogs.showError("Could not export " + name, file + ": " + describe(error)
                        + ". An existing file of that name was left as it was.");
                return "";
            }
        });
    }

    /**
     * Stops a running export; once it has stopped, the dialog and the status bar say that nothing
     * was written and an existing file stays as it was.
     */
    public void cancel() {
        exports.cancel();
    }

    // ---- clipboard

    /**
     * Makes a PNG of the current view in the background — legend and title as chosen, no caption —
     * and hands it to {@code deliver} on the UI thread, after {@code prepare} has turned it into
     * what the clipboard takes (also in the background). Shown in the status bar, with Cancel.
     */
    public <T> void copyCurrentView(Function<byte[], T> prepare, Consumer<T> deliver) {
        OnScreen shown;
        ImageOptions options;
        try {
            shown = onScreen();
            options = clipboardOptions();
        } catch (RuntimeException e) {
            dialogs.showError("Could not copy the image", describe(e));
            return;
        }
        copies.start("Copying the image…", task -> {
            ExportMonitor monitor = ExportMonitor.of(task, task::progress);
            monitor.progress(0, null);
            Snapshot snapshot = shown.draw(options, fonts.get());
            monitor.progress(DRAWING_SHARE, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PngWriter(fonts.get()).write(snapshot.drawing(), CLIPBOARD_DPI, out, monitor.part(DRAWING_SHARE, 1));
            return prepare.apply(out.toByteArray());
        }, new CancellableJob.Outcome<T>() {
            @Override
            public String succeeded(T image) {
                deliver.accept(image);
                return "Copied the image";
            }

            @Override
            public String cancelled() {
                return "Copying the image cancelled";
            }

            @Override
            public String failed(Throwable error) {
                dialogs.showError("Could not copy the image", describe(error));
                return "";
            }
        });
    }

    // The window's shape, so the copy shows what is on screen and no more.
    private ImageOptions clipboardOptions() {
        ImageOptions chosen = imageOptions();
        ImageOptions.Viewport view = currentViewport();
        double w = chosen.width();
        double h = chosen.height();
        if (view != null) {
            w = Math.max(ImageOptions.MIN_SIZE, Math.min(2000, view.width() * graph.viewport().getScale()));
            h = Math.max(ImageOptions.MIN_SIZE, Math.min(2000, view.height() * graph.viewport().getScale()));
        }
        return new ImageOptions(w, h, Theme.LIGHT, null, false, false, false, view);
    }

    // ---- helpers

    private Path directory() {
        if (lastDirectory != null) {
            return lastDirectory;
        }
        return session.getCorpus() == null ? null
                : session.getCorpus().source().path().map(p -> p.toAbsolutePath().getParent()).orElse(null);
    }

    private String suggestedName(ExportFormat chosen) {
        String base = session.getCorpus() == null ? "actorgraph"
                : session.getCorpus().source().displayName().replaceFirst("(\\.actorgraph)?\\.json$", "")
                .replaceAll("[\\\\/:*?\"<>|]", "_");
        return base + "." + chosen.cliName();
    }

    static Optional<ExportFormat> formatOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ExportFormat.fromName(name.substring(dot + 1));
    }

    static Path withExtension(Path file, ExportFormat chosen) {
        if (formatOf(file).filter(f -> f == chosen).isPresent()) {
            return file;
        }
        return file.resolveSibling(file.getFileName() + "." + chosen.cliName());
    }

    private static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.toLowerCase(Locale.ROOT).startsWith("no such directory") ? "the folder does not exist" : message;
    }

    // ---- properties

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** Width of the picture in points (pixels at 72 DPI). */
    public IntegerProperty widthProperty() {
        return width;
    }

    /** Height of the picture in points (pixels at 72 DPI). */
    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty dpiProperty() {
        return dpi;
    }

    public BooleanProperty transparentProperty() {
        return transparent;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    public BooleanProperty captionProperty() {
        return caption;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    /** Whether an export is being written (also while it stops after Cancel). */
    public ReadOnlyBooleanProperty runningProperty() {
        return exports.activity().runningProperty();
    }

    /**
     * How far the export has got, 0 to 1, or {@link TaskProgress#UNKNOWN} until the first report
     * (an indeterminate bar). Never goes back while one export runs.
     */
    public ReadOnlyDoubleProperty progressProperty() {
        return exports.activity().progressProperty();
    }

    /** Exporting files, for the status bar: what is written, how far it has got, Cancel. */
    public Activity activity() {
        return exports.activity();
    }

    /** Copying the image, for the status bar. */
    public Activity copyActivity() {
        return copies.activity();
    }

    /** What the last export did, for the dialog. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "1000 × 700 pt = 2083 × 1458 px at 150 DPI". */
    public StringBinding sizeText() {
        return sizeText;
    }
}

package org.actorgraph.ui;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.actorgraph.analysis.ActorSearch;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.render.FontSet;
import org.actorgraph.ui.export.ClipboardCopy;
import org.actorgraph.ui.export.ExportDialog;
import org.actorgraph.ui.export.ExportViewModel;
import org.actorgraph.ui.imports.ImportDialog;
import org.actorgraph.ui.imports.ImportViewModel;
import org.actorgraph.ui.shell.Command;
import org.actorgraph.io.ViewFileReader;
import org.actorgraph.io.ViewFileWriter;
import org.actorgraph.ui.analysis.AnalysisView;
import org.actorgraph.ui.analysis.AnalysisViewModel;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.details.DetailsView;
import org.actorgraph.ui.details.DetailsViewModel;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.dialog.FxDialogService;
import org.actorgraph.ui.graph.GraphView;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.OverviewViewModel;
import org.actorgraph.ui.graph.SmartGraphAdapter;
import org.actorgraph.ui.filter.FilterPanel;
import org.actorgraph.ui.filter.FilterViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.search.SearchField;
import org.actorgraph.ui.search.SearchViewModel;
import org.actorgraph.ui.views.SavedViewsViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.settings.SettingsModel;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.reader.CentreTabs;
import org.actorgraph.ui.reader.ReaderViewModel;
import org.actorgraph.ui.shell.ExplorePanels;
import org.actorgraph.ui.shell.MainViewModel;
import org.actorgraph.ui.shell.MainWindow;
import org.actorgraph.ui.status.StatusBarView;
import org.actorgraph.ui.status.StatusBarViewModel;
import org.actorgraph.ui.task.FxTaskExecutor;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.story.CaptionView;
import org.actorgraph.ui.story.GraphArea;
import org.actorgraph.ui.story.HandoutViewModel;
import org.actorgraph.ui.story.PresentationViewModel;
import org.actorgraph.ui.story.StoryPanel;
import org.actorgraph.ui.story.StoryViewModel;
import org.actorgraph.ui.theme.ThemeViewModel;
import org.actorgraph.ui.theme.Themes;
import org.actorgraph.ui.timeline.TimelineBar;
import org.actorgraph.ui.timeline.TimelineViewModel;

/**
 * The composition root: the one place that creates the application's objects and wires them
 * together by constructor. Tests build it with their own executor, dialogs or seed.
 */
public final class AppComposition {

    /** The application stylesheet, on the class path. */
    public static final String STYLESHEET = "/org/actorgraph/ui/actorgraph.css";

    private final Stage stage;
    private final TaskExecutor executor;
    private final TaskExecutor quickExecutor;
    private final CorpusSession session;
    private final SelectionModel selection;
    private final SettingsModel settings;
    private final MainViewModel mainViewModel;
    private final GraphViewModel graphViewModel;
    private final OverviewViewModel overviewViewModel;
    private final UndoHistory history;
    private final FilterViewModel filterViewModel;
    private final SearchViewModel searchViewModel;
    private final SavedViewsViewModel savedViews;
    private final DetailsViewModel detailsViewModel;
    private final StatusBarViewModel statusViewModel;
    private final GraphView graphView;
    private final ReaderViewModel readerViewModel;
    private final AnalysisViewModel analysisViewModel;
    private CentreTabs centreTabs;
    private MainWindow mainWindow;
    private final ThemeViewModel themeViewModel;
    private final StoryViewModel storyViewModel;
    private final PresentationViewModel presentationViewModel;
    private final TimelineViewModel timelineViewModel;
    private GraphArea graphArea;
    private final HandoutViewModel handoutViewModel;
    private final ExportViewModel exportViewModel;
    private final DialogService dialogService;
    private final ImportViewModel importViewModel;
    private ExportDialog exportDialog;

    /**
     * @param stage the main window
     * @param seedResource class-path name of the corpus opened when no file is given
     * @param executor where background work runs
     * @param dialogs makes the dialog service for the main window
     * @param settingsStore where preferences are kept between runs
     */
    public AppComposition(Stage stage, String seedResource, TaskExecutor executor,
                          Function<Stage, DialogService> dialogs, SettingsStore settingsStore) {
        this(stage, seedResource, executor, executor, dialogs, settingsStore);
    }

    /**
     * @param quickExecutor where short work that the user waits for runs (a busy actor's relations
     *                      sorted for the details), so that it never waits behind a layout or an
     *                      analysis that holds the workers of {@code executor} for seconds
     */
    public AppComposition(Stage stage, String seedResource, TaskExecutor executor, TaskExecutor quickExecutor,
                          Function<Stage, DialogService> dialogs, SettingsStore settingsStore) {
        this.stage = Objects.requireNonNull(stage);
        this.executor = Objects.requireNonNull(executor);
        this.quickExecutor = Objects.requireNonNull(quickExecutor);
        DialogService dialogService = dialogs.apply(stage);
        CorpusLoader loader = new CorpusLoader(new CorpusReader(), seedResource);
        this.session = new CorpusSession(loader, new GraphAggregator(), executor, dialogService);
        this.selection = new SelectionModel();
        this.settings = new SettingsModel(settingsStore, executor);
        this.mainViewModel = new MainViewModel(session, dialogService, settings);
        this.history = new UndoHistory();
        this.graphViewModel = new GraphViewModel(session, selection, executor, new ForceLayout(), dialogService,
                history);
        this.overviewViewModel = new OverviewViewModel(session, dialogService, history);
        graphViewModel.setGroupExpander(overviewViewModel::expand);
        session.prepareInBackground(graphViewModel::prepareFirstLayout);
        this.filterViewModel = new FilterViewModel(session, selection, history, executor);
        session.prepareInBackground(filterViewModel::prepare);
        this.searchViewModel = new SearchViewModel(session, graphViewModel, new ActorSearch());
        this.savedViews = new SavedViewsViewModel(session, graphViewModel, selection, history, dialogService,
                new ViewFileReader(), new ViewFileWriter());
        session.whenAnotherCorpus(history::clear);
        this.detailsViewModel = new DetailsViewModel(selection, session, graphViewModel.metrics(), quickExecutor);
        this.readerViewModel = new ReaderViewModel(selection, session);
        this.analysisViewModel = new AnalysisViewModel(session, selection, graphViewModel);
        // Closed until the pane is first shown; its view keeps this in step from then on.
        analysisViewModel.activeProperty().set(false);
        detailsViewModel.setArticleOpener(readerViewModel::openSelection);
        this.importViewModel = new ImportViewModel(session, executor, dialogService, new CorpusWriter());
        this.graphView = new GraphView(graphViewModel, new SmartGraphAdapter());
        this.themeViewModel = new ThemeViewModel(settings);
        graphViewModel.backgroundProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> themeViewModel.getShown().background(), themeViewModel.shownProperty()));
        this.storyViewModel = new StoryViewModel(session, selection, graphViewModel);
        session.prepareInBackground(storyViewModel::prepare);
        this.presentationViewModel = new PresentationViewModel(storyViewModel, themeViewModel, session,
                graphViewModel);
        this.timelineViewModel = new TimelineViewModel(session);
        session.prepareInBackground(timelineViewModel::prepare);
        this.handoutViewModel = new HandoutViewModel(session, storyViewModel, graphViewModel, dialogService, executor,
                org.actorgraph.render.HandoutWriter::new);
        this.exportViewModel = new ExportViewModel(session, graphViewModel, executor, dialogService, FontSet::bundled);
        // Imports and exports come before the layout in the status bar; a file export before a copy.
        this.statusViewModel = new StatusBarViewModel(session, graphViewModel, importViewModel.activity(),
                exportViewModel.activity(), handoutViewModel.activity(), exportViewModel.copyActivity());
        savedViews.keepStory(() -> storyViewModel.steps().isEmpty() ? null : storyViewModel.story(),
                storyViewModel::restore);
        this.dialogService = dialogService;
    }

    // The window around the graph view. Built by start() after the corpus has begun to open, so
    // that reading and laying it out overlap with building and showing the window.
    private void composeWindow() {
        graphArea = new GraphArea(graphView, storyViewModel, presentationViewModel,
                () -> new CaptionView(storyViewModel), new TimelineBar(timelineViewModel));
        centreTabs = new CentreTabs(readerViewModel, graphArea);
        mainWindow = new MainWindow(mainViewModel, graphViewModel, graphView, new FilterPanel(filterViewModel),
                new DetailsView(detailsViewModel), new StatusBarView(statusViewModel), stage::close,
                new MainWindow.Explore(filterViewModel, new SearchField(searchViewModel), history, savedViews),
                new ExplorePanels(centreTabs, () -> new AnalysisView(analysisViewModel),
                        readerViewModel::openSelection));
        exportDialog = new ExportDialog(exportViewModel, stage, stylesheets());
        ImportDialog importDialog = new ImportDialog(importViewModel, stage, stylesheets());
        mainWindow.addFileCommands(List.of(
                new Command("Import…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                        importDialog::show),
                new Command("Save corpus as…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        importViewModel::saveCorpusAs)));
        mainWindow.addFileCommands(List.of(
                new Command("Export image…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        exportDialog::show),
                new Command("Export data…", null, exportViewModel::chooseAndExportData)));
        mainWindow.addEditCommands(List.of(new Command("Copy image",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                new ClipboardCopy(exportViewModel)::copy)));
        mainWindow.installOverview(overviewViewModel);
        mainViewModel.setDropImporter(ImportViewModel::isImportable, importViewModel::importPaths);
        // After the export commands, so that the story's exports sit with them above Quit.
        mainWindow.installTeaching(new MainWindow.Teaching(presentationViewModel, themeViewModel, storyViewModel,
                () -> new StoryPanel(storyViewModel), centreTabs::takeGraph, centreTabs::returnGraph,
                handoutViewModel::exportPdf, handoutViewModel::exportFrames));
        Themes.bind(mainWindow, themeViewModel.shownProperty());
    }

    /**
     * The application as installed: the bundled seed, a pool of two workers, one worker for quick
     * work, and JavaFX dialogs.
     */
    public static AppComposition standard(Stage stage) {
        Path settingsFile = SettingsStore.defaultLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
        return new AppComposition(stage, CorpusLoader.SEED_RESOURCE, new FxTaskExecutor(),
                new FxTaskExecutor(1, "actorgraph-quick"), owner -> new FxDialogService(owner, stylesheets()),
                new SettingsStore(settingsFile));
    }

    /** The stylesheets every window of the application uses. */
    public static List<String> stylesheets() {
        URL css = AppComposition.class.getResource(STYLESHEET);
        return css == null ? List.of() : List.of(css.toExternalForm());
    }

    /**
     * Opens the corpus named by the arguments, or the seed, and shows the window once that corpus is
     * drawn in it (or once the opening has taken a moment, with its progress).
     */
    public void start(List<String> arguments) {
        if (StartupProbe.requested()) {
            new StartupProbe(System.out, stage::isShowing).watch(graphViewModel.layoutProperty());
        }
        // Reading and laying out the corpus runs in the background while the window is built and
        // shown; its result reaches the window once this method has returned.
        mainViewModel.openInitial(arguments);
        composeWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = settings.windowSize().orElse(new double[] {1440, 920});
        Scene scene = new Scene(mainWindow, Math.min(size[0], screen.getWidth() * 0.95),
                Math.min(size[1], screen.getHeight() * 0.92));
        scene.getStylesheets().addAll(stylesheets());
        stage.setScene(scene);
        stage.titleProperty().bind(mainViewModel.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setMaximized(settings.wasMaximized());
        stage.setOnHiding(e -> settings.closing(scene.getWidth(), scene.getHeight(), stage.isMaximized()));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        presentationViewModel.presentingProperty().addListener((obs, was, now) -> present(now));
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                presentationViewModel.leave();
            }
        });
        // Shown once its first graph is drawn in it (or the opening takes long): see WindowReveal.
        // The renderer is warmed up only for a long opening, whose window shows before its graph
        // and whose progress bar waits for that window's first paint: for a quick one, the warm-up
        // took a core from the opening, and its graph came 50-100 ms later (decision 16).
        Runnable warmUp = mainViewModel.initialOpeningLooksLong(arguments) ? () -> RendererWarmUp.paintOnce(mainWindow)
                : () -> { };
        reveal = new WindowReveal(stage, mainWindow, graphView::placedUnseen, graphView::whenDrawn,
                WindowReveal.DEADLINE, warmUp);
        reveal.showWhenReady(graphViewModel.layoutProperty(), session.busyProperty());
    }

    private Rectangle2D windowed;
    private WindowReveal reveal;

    // Full screen, and the window covering the screen as well: without a window manager (a
    // projector laptop's kiosk session, a virtual display) full screen alone may not resize it.
    private void present(boolean presenting) {
        if (presenting) {
            windowed = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            Rectangle2D screen = Screen.getScreensForRectangle(windowed).stream().findFirst()
                    .orElse(Screen.getPrimary()).getBounds();
            stage.setFullScreen(true);
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        } else {
            stage.setFullScreen(false);
            if (windowed != null) {
                stage.setX(windowed.getMinX());
                stage.setY(windowed.getMinY());
                stage.setWidth(windowed.getWidth());
                stage.setHeight(windowed.getHeight());
            }
        }
    }

    /** Stops background work; called when the application exits. */
    public void stop() {
        if (reveal != null) {
            reveal.cancel();
        }
        executor.shutdown();
        if (quickExecutor != executor) {
            quickExecutor.shutdown();
        }
    }

    public CorpusSession session() {
        return session;
    }

    public SelectionModel selection() {
        return selection;
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    public GraphViewModel graphViewModel() {
        return graphViewModel;
    }

    /** View › Overview: all actors, top K, or communities. */
    public OverviewViewModel overviewViewModel() {
        return overviewViewModel;
    }

    public UndoHistory history() {
        return history;
    }

    public FilterViewModel filterViewModel() {
        return filterViewModel;
    }

    public SearchViewModel searchViewModel() {
        return searchViewModel;
    }

    public SavedViewsViewModel savedViews() {
        return savedViews;
    }

    public DetailsViewModel detailsViewModel() {
        return detailsViewModel;
    }

    public StatusBarViewModel statusViewModel() {
        return statusViewModel;
    }

    public GraphView graphView() {
        return graphView;
    }

    public ReaderViewModel readerViewModel() {
        return readerViewModel;
    }

    public AnalysisViewModel analysisViewModel() {
        return analysisViewModel;
    }

    /** The graph and article tabs in the middle of the window. */
    public CentreTabs centreTabs() {
        return centreTabs;
    }

    public ThemeViewModel themeViewModel() {
        return themeViewModel;
    }

    public HandoutViewModel handoutViewModel() {
        return handoutViewModel;
    }

    public StoryViewModel storyViewModel() {
        return storyViewModel;
    }

    public PresentationViewModel presentationViewModel() {
        return presentationViewModel;
    }

    public TimelineViewModel timelineViewModel() {
        return timelineViewModel;
    }

    /** The graph with its legend overlay, story caption and timeline bar. */
    public GraphArea graphArea() {
        return graphArea;
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** File › Export image…, Export data… and Edit › Copy image. */
    public ExportViewModel exportViewModel() {
        return exportViewModel;
    }

    /** The export dialog, created on first use. */
    public ExportDialog exportDialog() {
        return exportDialog;
    }

    /** File › Import… and Save corpus as…. */
    public ImportViewModel importViewModel() {
        return importViewModel;
    }
}

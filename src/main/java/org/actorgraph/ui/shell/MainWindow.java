package org.actorgraph.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.actorgraph.ui.details.DetailsView;
import org.actorgraph.ui.graph.GraphView;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.OverviewViewModel;
import org.actorgraph.ui.filter.FilterPanel;
import org.actorgraph.ui.filter.FilterViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.lazy.OnFirst;
import org.actorgraph.ui.search.SearchField;
import org.actorgraph.ui.views.SavedViewsViewModel;
import org.actorgraph.ui.graph.VertexColouring;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.analysis.Metric;
import org.actorgraph.ui.status.StatusBarView;

/**
 * The main window's content: menus and toolbar on top; the filter panel (which is also the
 * legend), the graph and article tabs with the analysis pane, and the details panel side by side;
 * the status bar below. Files dropped on it are opened.
 */
public final class MainWindow extends BorderPane {

    private final List<Command> commands = new ArrayList<>();
    private final CheckMenuItem peopleSeparately = new CheckMenuItem("Show people separately");
    private final CheckMenuItem showAnalysis = new CheckMenuItem("Analysis pane");
    private Menu fileMenu;
    private Menu viewMenu;
    private VBox sidePanel;
    private ScrollPane analysis;
    private final GraphViewModel graphModel;
    private Menu editMenu;

    public MainWindow(MainViewModel main, GraphViewModel graph, GraphView graphView, FilterPanel filterPanel,
                      DetailsView details, StatusBarView status, Runnable quit, Explore explore,
                      ExplorePanels panels) {
        getStyleClass().add("main-window");
        this.graphModel = graph;
        Command open = add("Open…", shortcut(KeyCode.O), main::openFile);
        Command openSeed = add("Open seed corpus", null, main::openSeed);
        Command quitCommand = add("Quit", shortcut(KeyCode.Q), quit);
        Command zoomIn = add("Zoom in", shortcut(KeyCode.EQUALS), graph.viewport()::zoomIn);
        Command zoomOut = add("Zoom out", shortcut(KeyCode.MINUS), graph.viewport()::zoomOut);
        Command fit = add("Fit to window", shortcut(KeyCode.DIGIT0), graph.viewport()::fit);
        Command people = add("Show people separately", shortcut(KeyCode.P),
                () -> main.peopleSeparatelyProperty().set(!main.peopleSeparatelyProperty().get()));
        Command relayout = add("Re-run layout", shortcut(KeyCode.L), graph::rerunLayout);
        Command unpin = add("Unpin all actors", shortcut(KeyCode.U), graph::unpinAll);
        Command clear = add("Clear selection", new KeyCodeCombination(KeyCode.ESCAPE), graph::clearSelection);
        Command saveView = add("Save view…", shortcutShift(KeyCode.S), explore.views()::saveView);
        Command openView = add("Open view…", shortcutShift(KeyCode.O), explore.views()::openView);
        Command undo = add("Undo", shortcut(KeyCode.Z), explore.history()::undo);
        Command redo = add("Redo", shortcutShift(KeyCode.Z), explore.history()::redo);
        Command find = add("Find actor…", shortcut(KeyCode.F), explore.search()::focus);
        Command reset = add("Reset filters", shortcutShift(KeyCode.R), explore.filters()::reset);
        Command focus = add("Focus on the selected actor", shortcutShift(KeyCode.F),
                explore.filters()::focusOnSelected);
        Command openInArticle = add("Open in article", shortcut(KeyCode.R), panels.openInArticle());
        Command analysisPane = add("Show analysis pane", shortcutShift(KeyCode.A),
                () -> showAnalysis.setSelected(!showAnalysis.isSelected()));
        Command help = add("About and keyboard shortcuts", new KeyCodeCombination(KeyCode.F1),
                () -> main.showHelp(List.copyOf(commands)));

        peopleSeparately.selectedProperty().bindBidirectional(main.peopleSeparatelyProperty());
        peopleSeparately.setAccelerator(people.shortcut());

        Menu recent = new Menu("Open recent");
        main.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, main));
        fillRecent(recent, main);
        Menu file = fileMenu = new Menu("_File", null, item(open), recent, item(openSeed), new SeparatorMenuItem(),
                item(openView), item(saveView), new SeparatorMenuItem(), item(quitCommand));
        fileMenu = file;
        MenuItem undoItem = item(undo);
        undoItem.textProperty().bind(explore.history().undoTextProperty());
        undoItem.disableProperty().bind(explore.history().canUndoProperty().not());
        MenuItem redoItem = item(redo);
        redoItem.textProperty().bind(explore.history().redoTextProperty());
        redoItem.disableProperty().bind(explore.history().canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undoItem, redoItem, new SeparatorMenuItem(), item(find));
        editMenu = edit;
        CheckMenuItem hideIsolated = new CheckMenuItem("Hide actors without relations");
        hideIsolated.selectedProperty().bindBidirectional(explore.filters().hideIsolatedProperty());
        MenuItem resetItem = item(reset);
        resetItem.disableProperty().bind(explore.filters().filteredProperty().not());
        Menu filtersMenu = new Menu("F_ilters", null, resetItem, new SeparatorMenuItem(), item(focus), hideIsolated);
        Menu view = viewMenu = new Menu("_View", null, item(zoomIn), item(zoomOut), item(fit), new SeparatorMenuItem(),
                peopleSeparately, new SeparatorMenuItem(), item(relayout), item(unpin), item(clear));
        view.getItems().addAll(new SeparatorMenuItem(), sizeMenu(graph), colourByCommunity(graph), showAnalysis,
                new SeparatorMenuItem(), item(openInArticle));
        showAnalysis.setAccelerator(analysisPane.shortcut());
        Menu helpMenu = new Menu("_Help", null, item(help));
        MenuBar menuBar = new MenuBar(file, edit, view, filtersMenu, helpMenu);

        ToggleButton peopleButton = new ToggleButton("People separately");
        peopleButton.selectedProperty().bindBidirectional(main.peopleSeparatelyProperty());
        peopleButton.setTooltip(new Tooltip(people.tooltip()));
        peopleButton.setFocusTraversable(false);
        peopleButton.setId("people-toggle");
        ToolBar toolBar = new ToolBar(button(open, "Open…"), new Separator(),
                button(zoomIn, "+"), button(zoomOut, "−"), button(fit, "Fit"), new Separator(),
                peopleButton, button(relayout, "Re-layout"), new Separator(),
                button(undo, "Undo"), button(redo, "Redo"), new Separator(), explore.searchField(),
                new Separator(), button(openInArticle, "Open in article"));
        explore.searchField().setShortcutText(find.tooltip());
        filterPanel.setResetTooltip(reset.tooltip());
        toolBar.getStyleClass().add("main-toolbar");

        VBox side = sidePanel = new VBox(details);
        side.getStyleClass().add("side-panel");
        VBox.setVgrow(details, javafx.scene.layout.Priority.ALWAYS);
        side.setMinWidth(260);
        side.setPrefWidth(390);
        filterPanel.setMinWidth(220);
        filterPanel.setPrefWidth(300);
        SplitPane centre = new SplitPane(panels.centre());
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // Hidden until asked for, and only built then: the graph comes first.
        showAnalysis.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && analysis == null) {
                analysis = analysisScroll(panels.analysis().get());
            }
            if (shown && !centre.getItems().contains(analysis)) {
                centre.getItems().add(analysis);
                // After the next layout pass: set now, the divider would be placed against a
                // height of zero and the pane would open closed.
                javafx.application.Platform.runLater(() -> centre.setDividerPositions(0.62));
            } else if (!shown && analysis != null) {
                centre.getItems().remove(analysis);
            }
        });
        SplitPane split = new SplitPane(filterPanel, centre, side);
        split.setDividerPositions(0.215, 0.77);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(filterPanel, false);

        setTop(new VBox(menuBar, toolBar));
        setCenter(split);
        setBottom(status);
        enableDrop(main);
        enableKeypadZoom(graph);
        enableRedoAlias(explore.history());
    }

    // The analysis pane scrolls sideways rather than widening the window's middle, which would
    // push the details panel out of a small window.
    private static ScrollPane analysisScroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToHeight(true);
        pane.setFitToWidth(true);
        pane.setMinWidth(0);
        pane.setMinHeight(170);
        pane.getStyleClass().add("analysis-scroll");
        SplitPane.setResizableWithParent(pane, false);
        return pane;
    }

    // Ctrl+Y redoes too, as on Windows; a menu item has one accelerator.
    private void enableRedoAlias(UndoHistory history) {
        KeyCombination ctrlY = shortcut(KeyCode.Y);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ctrlY.match(event)) {
                history.redo();
                event.consume();
            }
        });
    }

    /**
     * What the window needs for exploring: filters, search, undo and saved views.
     *
     * @param filters the filter state, for reset and focus
     * @param search the search field in the toolbar
     * @param history undo and redo
     * @param views saving and opening views
     */
    public record Explore(FilterViewModel filters, SearchField search, UndoHistory history,
                          SavedViewsViewModel views) {
        SearchField searchField() {
            return search;
        }
    }

    // Menu items take one accelerator each; Ctrl with "+" (shifted "=") or the keypad also zooms.
    private void enableKeypadZoom(GraphViewModel graph) {
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown()) {
                return;
            }
            if (event.getCode() == KeyCode.ADD || event.getCode() == KeyCode.PLUS) {
                graph.viewport().zoomIn();
                event.consume();
            } else if (event.getCode() == KeyCode.SUBTRACT) {
                graph.viewport().zoomOut();
                event.consume();
            }
        });
    }

    // View › Size nodes by: one radio item per metric, bound to the graph's size metric.
    private static Menu sizeMenu(GraphViewModel graph) {
        Menu menu = new Menu("Size nodes by");
        ToggleGroup group = new ToggleGroup();
        for (Metric metric : Metric.values()) {
            RadioMenuItem item = new RadioMenuItem(metric.label());
            item.setToggleGroup(group);
            item.setSelected(graph.vertexSizeMetricProperty().get() == metric);
            item.setOnAction(e -> graph.vertexSizeMetricProperty().set(metric));
            graph.vertexSizeMetricProperty().addListener((obs, old, now) -> item.setSelected(now == metric));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static CheckMenuItem colourByCommunity(GraphViewModel graph) {
        CheckMenuItem item = new CheckMenuItem("Colour by community");
        item.setSelected(graph.vertexColouringProperty().get() == VertexColouring.COMMUNITY);
        item.setOnAction(e -> graph.vertexColouringProperty().set(item.isSelected()
                ? VertexColouring.COMMUNITY : VertexColouring.KIND));
        graph.vertexColouringProperty().addListener((obs, old, now) ->
                item.setSelected(now == VertexColouring.COMMUNITY));
        return item;
    }

    private static void fillRecent(Menu menu, MainViewModel main) {
        menu.getItems().setAll(main.recentFiles().stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> main.openRecent(path));
            return item;
        }).toList());
        menu.setDisable(menu.getItems().isEmpty());
    }

    private Command add(String text, KeyCombination shortcut, Runnable action) {
        Command command = new Command(text, shortcut, action);
        commands.add(command);
        return command;
    }

    private static KeyCombination shortcutShift(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(Command command) {
        MenuItem item = new MenuItem(command.text());
        item.setAccelerator(command.shortcut());
        item.setOnAction(e -> command.action().run());
        return item;
    }

    private static Button button(Command command, String label) {
        Button button = new Button(label);
        button.setTooltip(new Tooltip(command.tooltip()));
        button.setOnAction(e -> command.action().run());
        button.setFocusTraversable(false);
        return button;
    }

    private void enableDrop(MainViewModel main) {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && main.acceptsDrop(event.getDragboard().getFiles())) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles() && main.drop(event.getDragboard().getFiles());
            event.setDropCompleted(done);
            event.consume();
        });
    }

    /**
     * Adds presentation mode, themes, the story panel and the handout export to the window.
     * Presenting shows only the graph area: no menus, toolbar, side panels or status bar.
     */
    public void installTeaching(Teaching teaching) {
        org.actorgraph.ui.story.PresentationViewModel presentation = teaching.presentation();
        Command present = add("Present (full screen; Esc leaves)", new KeyCodeCombination(KeyCode.F5),
                presentation::enter);
        Command storyPanel = add("Story panel", shortcutShift(KeyCode.Y),
                () -> teaching.story().activeProperty().set(!teaching.story().activeProperty().get()));
        Command handout = add("Export story handout (PDF)…", null, teaching.exportHandout());
        Command frames = add("Export story as PNG frames…", null, teaching.exportFrames());

        Menu theme = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (org.actorgraph.ui.theme.Theme t : org.actorgraph.ui.theme.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setToggleGroup(group);
            item.setSelected(teaching.themes().chosenProperty().get() == t);
            item.setOnAction(e -> teaching.themes().chosenProperty().set(t));
            teaching.themes().chosenProperty().addListener((obs, old, now) -> item.setSelected(now == t));
            theme.getItems().add(item);
        }
        CheckMenuItem storyItem = new CheckMenuItem(storyPanel.text());
        storyItem.selectedProperty().bindBidirectional(teaching.story().activeProperty());
        storyItem.setAccelerator(storyPanel.shortcut());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), theme, storyItem, item(present));
        int quitAt = fileMenu.getItems().size() - 2;
        fileMenu.getItems().addAll(Math.max(0, quitAt), List.of(new SeparatorMenuItem(), item(handout), item(frames)));

        // Built the first time the story is switched on.
        OnFirst.whenTrue(teaching.story().activeProperty(), () -> {
            Node panel = teaching.storyPanel().get();
            panel.visibleProperty().bind(teaching.story().activeProperty()
                    .and(presentation.presentingProperty().not()));
            panel.managedProperty().bind(panel.visibleProperty());
            sidePanel.getChildren().add(panel);
        });

        presentation.presentingProperty().addListener((obs, was, now) -> {
            if (now) {
                present(teaching);
            } else {
                endPresentation(teaching);
            }
        });
        // While presenting, the whole window listens: arrows and clicker keys step, S turns the
        // story off and on, Esc leaves. Text fields are hidden then, so nothing loses its keys.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!presentation.presentingProperty().get()) {
                return;
            }
            if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.F5) {
                presentation.leave();
                event.consume();
            } else if (event.getCode() == KeyCode.S) {
                presentation.toggleStory();
                event.consume();
            } else if (teaching.story().activeProperty().get()) {
                org.actorgraph.ui.story.StoryKeys.of(event.getCode()).ifPresent(key -> {
                    key.apply(teaching.story());
                    event.consume();
                });
            }
        });
    }

    private Node savedTop;
    private Node savedCentre;
    private Node savedBottom;
    private Node presentedGraph;

    private void present(Teaching teaching) {
        savedTop = getTop();
        savedCentre = getCenter();
        savedBottom = getBottom();
        setTop(null);
        setBottom(null);
        presentedGraph = teaching.takeGraph().get();
        setCenter(presentedGraph);
        getStyleClass().add("presenting");
        presentedGraph.requestFocus();
        refit();
    }

    // The graph's room changed size: fit it again once the new layout has been done.
    private void refit() {
        javafx.application.Platform.runLater(() -> {
            applyCss();
            layout();
            graphModel.viewport().fit();
        });
    }

    private void endPresentation(Teaching teaching) {
        getStyleClass().remove("presenting");
        if (presentedGraph != null) {
            setCenter(null);
            teaching.returnGraph().accept(presentedGraph);
            presentedGraph = null;
        }
        setTop(savedTop);
        setCenter(savedCentre);
        setBottom(savedBottom);
        refit();
    }

    /**
     * What the window needs for teaching: presentation mode, themes, the story and its panel, and
     * the handout exports.
     *
     * @param presentation presentation mode
     * @param themes the colour themes
     * @param story the story
     * @param storyPanel makes the panel shown in the side panel while the story is on, the first
     *                   time the story is switched on
     * @param takeGraph takes the graph area out of the centre tabs for presentation mode
     * @param returnGraph puts it back
     * @param exportHandout File › Export story handout
     * @param exportFrames File › Export story as PNG frames
     */
    public record Teaching(org.actorgraph.ui.story.PresentationViewModel presentation,
                           org.actorgraph.ui.theme.ThemeViewModel themes,
                           org.actorgraph.ui.story.StoryViewModel story,
                           java.util.function.Supplier<? extends Node> storyPanel,
                           java.util.function.Supplier<Node> takeGraph,
                           java.util.function.Consumer<Node> returnGraph,
                           Runnable exportHandout, Runnable exportFrames) { }

    /**
     * Adds a group of commands to the File menu, above Quit, e.g. import, save and export. They
     * also appear in the help's list of shortcuts.
     */
    public void addFileCommands(List<Command> group) {
        int quit = fileMenu.getItems().size() - 1;
        List<MenuItem> items = new ArrayList<>();
        for (Command command : group) {
            commands.add(command);
            items.add(item(command));
        }
        items.add(new SeparatorMenuItem());
        fileMenu.getItems().addAll(quit, items);
    }

    /** Adds commands at the end of the Edit menu, after a separator. */
    public void addEditCommands(List<Command> group) {
        editMenu.getItems().add(new SeparatorMenuItem());
        for (Command command : group) {
            commands.add(command);
            editMenu.getItems().add(item(command));
        }
    }

    /**
     * Adds View › Overview: show every actor, the top K actors or communities as group vertices, and
     * collapse expanded communities again. Placed after "Show people separately".
     */
    public void installOverview(OverviewViewModel overview) {
        Command all = add("Show all actors", null, overview::showAll);
        Command topK = add("Top K actors…", shortcutShift(KeyCode.K), overview::chooseTopK);
        Command communities = add("Communities", shortcutShift(KeyCode.G), overview::showCommunities);
        Command collapse = add("Collapse communities", null, overview::collapseAll);
        Menu menu = new Menu("Overview");
        menu.setId("overview-menu");
        ToggleGroup group = new ToggleGroup();
        List<GroupingSpec.Mode> modes = List.of(GroupingSpec.Mode.ALL,
                GroupingSpec.Mode.TOP_K, GroupingSpec.Mode.COMMUNITIES);
        List<Command> choices = List.of(all, topK, communities);
        for (int i = 0; i < modes.size(); i++) {
            GroupingSpec.Mode mode = modes.get(i);
            Command command = choices.get(i);
            RadioMenuItem item = new RadioMenuItem(command.text());
            item.setToggleGroup(group);
            item.setAccelerator(command.shortcut());
            item.setSelected(overview.modeProperty().get() == mode);
            // The command decides (the top-K dialog may be cancelled); the mode then marks the item.
            item.setOnAction(e -> {
                command.action().run();
                item.setSelected(overview.modeProperty().get() == mode);
            });
            overview.modeProperty().addListener((obs, old, now) -> item.setSelected(now == mode));
            menu.getItems().add(item);
        }
        MenuItem collapseItem = item(collapse);
        collapseItem.disableProperty().bind(overview.collapsibleProperty().not());
        menu.getItems().addAll(new SeparatorMenuItem(), collapseItem);
        int at = viewMenu.getItems().indexOf(peopleSeparately);
        viewMenu.getItems().add(at + 1, menu);
    }

    /** All commands with their shortcuts, as the help lists them. */
    public List<Command> commands() {
        return List.copyOf(commands);
    }
}

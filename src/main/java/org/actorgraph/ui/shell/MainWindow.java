package org.actorgraph.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
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
import org.actorgraph.ui.graph.VertexColouring;
import org.actorgraph.analysis.Metric;
import org.actorgraph.ui.legend.LegendView;
import org.actorgraph.ui.status.StatusBarView;

/**
 * The main window's content: menus and toolbar on top, the graph with the legend and details
 * beside it, the status bar below. Files dropped on it are opened.
 */
public final class MainWindow extends BorderPane {

    private final List<Command> commands = new ArrayList<>();
    private final CheckMenuItem peopleSeparately = new CheckMenuItem("Show people separately");
    private final CheckMenuItem showAnalysis = new CheckMenuItem("Analysis pane");

    public MainWindow(MainViewModel main, GraphViewModel graph, GraphView graphView, LegendView legend,
                      DetailsView details, StatusBarView status, Runnable quit, ExplorePanels explore) {
        getStyleClass().add("main-window");
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
        Command openInArticle = add("Open in article", shortcut(KeyCode.R), explore.openInArticle());
        Command analysisPane = add("Show analysis pane", new KeyCodeCombination(KeyCode.A,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> showAnalysis.setSelected(!showAnalysis.isSelected()));
        Command help = add("About and keyboard shortcuts", new KeyCodeCombination(KeyCode.F1),
                () -> main.showHelp(List.copyOf(commands)));

        showAnalysis.setSelected(true);
        peopleSeparately.selectedProperty().bindBidirectional(main.peopleSeparatelyProperty());
        peopleSeparately.setAccelerator(people.shortcut());

        Menu recent = new Menu("Open recent");
        main.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, main));
        fillRecent(recent, main);
        Menu file = new Menu("_File", null, item(open), recent, item(openSeed), new SeparatorMenuItem(),
                item(quitCommand));
        Menu view = new Menu("_View", null, item(zoomIn), item(zoomOut), item(fit), new SeparatorMenuItem(),
                peopleSeparately, new SeparatorMenuItem(), item(relayout), item(unpin), item(clear));
        view.getItems().addAll(new SeparatorMenuItem(), sizeMenu(graph), colourByCommunity(graph), showAnalysis,
                new SeparatorMenuItem(), item(openInArticle));
        showAnalysis.setAccelerator(analysisPane.shortcut());
        Menu helpMenu = new Menu("_Help", null, item(help));
        MenuBar menuBar = new MenuBar(file, view, helpMenu);

        ToggleButton peopleButton = new ToggleButton("People separately");
        peopleButton.selectedProperty().bindBidirectional(main.peopleSeparatelyProperty());
        peopleButton.setTooltip(new Tooltip(people.tooltip()));
        peopleButton.setFocusTraversable(false);
        peopleButton.setId("people-toggle");
        ToolBar toolBar = new ToolBar(button(open, "Open…"), new Separator(),
                button(zoomIn, "+"), button(zoomOut, "−"), button(fit, "Fit"), new Separator(),
                peopleButton, button(relayout, "Re-layout"), new Separator(),
                button(openInArticle, "Open in article"));
        toolBar.getStyleClass().add("main-toolbar");

        VBox side = new VBox(legend, details);
        side.getStyleClass().add("side-panel");
        VBox.setVgrow(details, javafx.scene.layout.Priority.ALWAYS);
        side.setMinWidth(260);
        side.setPrefWidth(390);
        SplitPane centre = new SplitPane(explore.centre(), explore.analysis());
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(explore.analysis(), false);
        showAnalysis.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && !centre.getItems().contains(explore.analysis())) {
                centre.getItems().add(explore.analysis());
                centre.setDividerPositions(0.64);
            } else if (!shown) {
                centre.getItems().remove(explore.analysis());
            }
        });
        SplitPane split = new SplitPane(centre, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);

        setTop(new VBox(menuBar, toolBar));
        setCenter(split);
        setBottom(status);
        enableDrop(main);
        enableKeypadZoom(graph);
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

    /** All commands with their shortcuts, as the help lists them. */
    public List<Command> commands() {
        return List.copyOf(commands);
    }
}

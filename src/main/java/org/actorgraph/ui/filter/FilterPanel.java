package org.actorgraph.ui.filter;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.ui.graph.EdgeStyles;
import org.actorgraph.ui.lazy.NextFrame;
import org.actorgraph.ui.lazy.OnFirst;
import org.controlsfx.control.RangeSlider;

/**
 * The filter panel on the left of the window. Its first two sections are also the legend: every
 * relation type with its colour and every certainty with its line style, each with a checkbox and
 * the number of edges drawn. Every control changes the graph at once; it only binds to
 * {@link FilterViewModel}.
 */
public final class FilterPanel extends ScrollPane {

    /** Style class of every legend row (type or certainty), as the old legend had it. */
    public static final String ENTRY_CLASS = "legend-entry";
    /** Colour of the line-style samples, which are about pattern, not colour. */
    static final String SAMPLE_COLOR = "#455A64";
    private static final PseudoClass NONE_DRAWN = PseudoClass.getPseudoClass("none-drawn");

    private final FilterViewModel viewModel;
    private final Button reset = new Button("Reset");
    private RangeSlider period;
    private boolean syncingPeriod;

    public FilterPanel(FilterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("filter-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label("Filters");
        title.getStyleClass().add("panel-title");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        reset.setId("reset-filters");
        reset.setFocusTraversable(false);
        reset.disableProperty().bind(viewModel.filteredProperty().not());
        reset.setOnAction(e -> viewModel.reset());
        HBox header = new HBox(8, title, spring, reset);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("filter-header");

        VBox content = new VBox(header,
                section("Relation types", true, () -> rows(viewModel.types(), this::typeRow)),
                section("Certainty", true, () -> rows(viewModel.certainties(), this::certaintyRow)),
                section("Actors", true, this::actorsSection),
                section("Date", false, this::dateSection),
                section("Evidence", false, this::evidenceSection),
                section("Focus", false, this::focusSection),
                section("Articles", false, () -> plainList(viewModel.articles())),
                section("Outlets", false, () -> plainList(viewModel.outlets())),
                section("Who makes the claim", false, () -> plainList(viewModel.claimants())));
        content.getStyleClass().add("filter-content");
        setContent(content);
    }

    /** The reset button shows the shortcut of the command that also resets. */
    public void setResetTooltip(String text) {
        reset.setTooltip(new Tooltip(text));
    }

    // A section's controls are made when it is first expanded: collapsed, it shows only its title.
    private static TitledPane section(String title, boolean expanded, Supplier<Node> content) {
        TitledPane pane = new TitledPane();
        pane.setText(title);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        pane.getStyleClass().add("filter-section");
        OnFirst.whenTrue(pane.expandedProperty(), () -> pane.setContent(content.get()));
        return pane;
    }

    // The options change when a corpus arrives (or is regrouped): the rows follow a frame after
    // the graph is drawn, once for all the changes of that moment.
    private static <K> VBox rows(ObservableList<FilterOption<K>> options,
                                 java.util.function.Function<FilterOption<K>, Node> row) {
        VBox box = new VBox(3);
        box.getStyleClass().add("filter-rows");
        boolean[] pending = {false};
        Runnable rebuild = () -> {
            pending[0] = false;
            box.getChildren().setAll(options.stream().map(row).toList());
        };
        options.addListener((ListChangeListener<FilterOption<K>>) c -> {
            if (!pending[0]) {
                pending[0] = true;
                NextFrame.run(box, rebuild);
            }
        });
        rebuild.run();
        return box;
    }

    // Nothing until the option is counted, rather than a 0 that would say "none drawn".
    private static javafx.beans.binding.StringBinding countText(FilterOption<?> option) {
        return Bindings.createStringBinding(() -> option.countProperty().get() == FilterOption.NOT_COUNTED ? ""
                : Integer.toString(option.countProperty().get()), option.countProperty());
    }

    private HBox optionRow(FilterOption<?> option, Node sample, String styleClass, String countTip) {
        CheckBox box = new CheckBox(option.label());
        box.setGraphic(sample);
        box.selectedProperty().bindBidirectional(option.shownProperty());
        box.setMnemonicParsing(false);
        // One line per row: in a narrow panel a long label ends in "…" (the tooltip has it whole)
        // rather than breaking inside a word.
        box.setMinWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        Label count = countLabel();
        count.textProperty().bind(countText(option));
        HBox row = new HBox(6, box, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("filter-row");
        row.getStyleClass().addAll(styleClass.split(" "));
        option.countProperty().addListener((obs, was, now) -> row.pseudoClassStateChanged(NONE_DRAWN, now.intValue() == 0));
        row.pseudoClassStateChanged(NONE_DRAWN, option.countProperty().get() == 0);
        // Made when the mouse first comes over the row: most rows never show their tooltip.
        OnFirst.mouseOver(row, () -> {
            String description = option.label()
                    + (option.description().isBlank() ? "" : ": " + option.description()) + "\n";
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(
                    () -> description + (option.countProperty().get() == FilterOption.NOT_COUNTED ? "Counting…"
                            : String.format(countTip, option.countProperty().get())),
                    option.countProperty()));
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            Tooltip.install(row, tip);
        });
        return row;
    }

    // The number is what the row is read for: in a narrow panel the name ends in "…", never it.
    private static Label countLabel() {
        Label count = new Label();
        count.getStyleClass().add("filter-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        return count;
    }

    private Node typeRow(FilterOption<String> option) {
        Line sample = new Line(0, 0, 18, 0);
        sample.getStyleClass().add("legend-sample");
        sample.setStyle("-fx-stroke: " + option.color() + "; -fx-stroke-width: 5;");
        return optionRow(option, sample, ENTRY_CLASS + " legend-type",
                "%d edges of this type drawn. An edge bundles all claims of one type between two actors; "
                        + "untick to hide them.");
    }

    private Node certaintyRow(FilterOption<Certainty> option) {
        Line sample = new Line(0, 0, 36, 0);
        sample.getStyleClass().add("legend-sample");
        sample.setStyle(EdgeStyles.lineStyle(SAMPLE_COLOR, option.key(), 2.5));
        HBox row = optionRow(option, sample, ENTRY_CLASS + " legend-certainty",
                "%d edges drawn with this line style (an edge takes the certainty of its most certain claim); "
                        + "untick to hide claims of this certainty.");
        return row;
    }

    /** How many rows a list of articles, outlets or claimants shows before it scrolls. */
    static final int PLAIN_LIST_ROWS = 8;
    // Fixed, so the list need not measure its rows; the height an actor's row has on its own.
    private static final double ROW_HEIGHT = 20;

    // Articles, outlets and claimants: a corpus may have thousands, so only the rows in view are
    // made (a row each took 3 s to open for 3,000 articles, and every filter change relaid them).
    private Node plainList(ObservableList<FilterOption<String>> options) {
        ListView<FilterOption<String>> list = new ListView<>(options);
        toggleWithSpace(list);
        list.getStyleClass().addAll("filter-option-list", "filter-plain-list");
        Tooltip tip = optionTip();
        list.setCellFactory(v -> new OptionCell("filter-plain", tip, option -> option.label()
                + (option.description().isBlank() || option.description().equals(option.label())
                        ? "" : ": " + option.description())
                + "\nUntick to leave out its claims; the number is how many claims are drawn."));
        list.setFixedCellSize(ROW_HEIGHT);
        // As tall as its rows, up to PLAIN_LIST_ROWS: a corpus of one article gets one row.
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(PLAIN_LIST_ROWS, options.size())) * ROW_HEIGHT + 2, options));
        list.setMinHeight(ROW_HEIGHT + 2);
        return new VBox(list);
    }

    private Node actorsSection() {
        TextField find = new TextField();
        find.setPromptText("Find in the list");
        find.getStyleClass().add("filter-actor-search");
        find.textProperty().bindBidirectional(viewModel.actorQueryProperty());
        ListView<FilterOption<String>> list = new ListView<>(viewModel.actorsFound());
        // A new corpus's actors are listed two frames after its graph is drawn, a frame after the
        // legend's rows: the first rows of an actor list are made then, each a few controls.
        viewModel.actors().addListener((ListChangeListener<FilterOption<String>>) c -> {
            list.setItems(javafx.collections.FXCollections.emptyObservableList());
            NextFrame.run(list, () -> NextFrame.run(list, () -> list.setItems(viewModel.actorsFound())));
        });
        list.getStyleClass().addAll("filter-option-list", "filter-actor-list");
        toggleWithSpace(list);
        Tooltip tip = optionTip();
        list.setCellFactory(v -> new OptionCell("filter-actor-row", tip, option -> "Untick to hide " + option.label()
                + " and its relations; the number is how many relations are drawn"));
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(170);
        list.setMinHeight(90);
        list.setFocusTraversable(true);
        CheckBox isolated = new CheckBox("Hide actors without relations");
        isolated.setId("hide-isolated");
        isolated.selectedProperty().bindBidirectional(viewModel.hideIsolatedProperty());
        isolated.setTooltip(new Tooltip("Leave out actors that have no drawn relation"));
        return new VBox(6, find, list, isolated);
    }

    // From the keyboard: the arrow keys move through the list, Space ticks or unticks the row.
    private static void toggleWithSpace(ListView<FilterOption<String>> list) {
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            FilterOption<String> focused = list.getFocusModel().getFocusedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && e.getTarget() == list && focused != null) {
                focused.setShown(!focused.isShown());
                e.consume();
            }
        });
    }

    /**
     * A row of a long list of options (actors, articles, outlets, claimants): show/hide check box
     * and how many are drawn. Only the rows in view exist; each shows one option after another.
     */
    private static final class OptionCell extends ListCell<FilterOption<String>> {
        private final CheckBox box = new CheckBox();
        private final Label count = countLabel();
        private final HBox row = new HBox(6, box, count);
        private final Tooltip tip;
        private final java.util.function.Function<FilterOption<String>, String> tipText;
        private final javafx.beans.value.ChangeListener<Number> countChanged =
                (obs, was, now) -> row.pseudoClassStateChanged(NONE_DRAWN, now.intValue() == 0);
        private FilterOption<String> bound;

        OptionCell(String rowClass, Tooltip tip, java.util.function.Function<FilterOption<String>, String> tipText) {
            this.tip = tip;
            this.tipText = tipText;
            // A list is as wide as its widest cell wants: without this, one long name scrolls the
            // whole list sideways and its count out of view, instead of ending in "…".
            setPrefWidth(0);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMnemonicParsing(false);
            box.setMinWidth(0);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().addAll("filter-option-row", rowClass);
            setOnMouseEntered(e -> showTipFor(bound));
            // An option may refuse a change (the last ticked article, outlet or claimant stays
            // ticked); the box cannot follow from inside its own change, so it does right after.
            box.selectedProperty().addListener((obs, was, now) -> {
                FilterOption<String> option = bound;
                if (option != null && now != option.isShown()) {
                    javafx.application.Platform.runLater(() -> {
                        if (bound == option) {
                            box.setSelected(option.isShown());
                        }
                    });
                }
            });
        }

        private void showTipFor(FilterOption<String> option) {
            if (option != null) {
                tip.setText(tipText.apply(option));
            }
        }

        @Override
        protected void updateItem(FilterOption<String> item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.shownProperty());
                count.textProperty().unbind();
                bound.countProperty().removeListener(countChanged);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            bound = item;
            box.setText(item.label());
            box.selectedProperty().bindBidirectional(item.shownProperty());
            count.textProperty().bind(countText(item));
            item.countProperty().addListener(countChanged);
            row.pseudoClassStateChanged(NONE_DRAWN, item.countProperty().get() == 0);
            setTooltip(tip);
            if (isHover()) {
                showTipFor(item); // the list moved under the pointer
            }
            setText(null);
            setGraphic(row);
        }
    }

    // The list's one tooltip, its text set for the row the pointer enters: a tooltip each made every
    // row cost a popup window, and a new corpus's first rows are made while the window waits.
    private static Tooltip optionTip() {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        return tip;
    }

    private Node dateSection() {
        period = new RangeSlider(0, 1, 0, 1);
        period.setShowTickLabels(false);
        period.getStyleClass().add("filter-period");
        period.setId("period-slider");
        Label text = new Label();
        text.getStyleClass().add("filter-period-text");
        text.textProperty().bind(viewModel.periodTextProperty());
        CheckBox undated = new CheckBox("Show undated claims");
        undated.selectedProperty().bindBidirectional(viewModel.keepUndatedProperty());
        undated.setTooltip(new Tooltip("With a period set, keep claims that have no date and whose article has none"));
        viewModel.firstDateProperty().addListener((obs, was, now) -> syncPeriod());
        viewModel.lastDateProperty().addListener((obs, was, now) -> syncPeriod());
        viewModel.fromProperty().addListener((obs, was, now) -> syncPeriod());
        viewModel.toProperty().addListener((obs, was, now) -> syncPeriod());
        period.lowValueProperty().addListener((obs, was, now) -> periodMoved(period.isLowValueChanging()));
        period.highValueProperty().addListener((obs, was, now) -> periodMoved(period.isHighValueChanging()));
        period.lowValueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                viewModel.commitPeriod();
            }
        });
        period.highValueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                viewModel.commitPeriod();
            }
        });
        syncPeriod();
        return new VBox(6, period, text, undated);
    }

    private void periodMoved(boolean dragging) {
        if (syncingPeriod) {
            return;
        }
        LocalDate low = LocalDate.ofEpochDay(Math.round(period.getLowValue()));
        LocalDate high = LocalDate.ofEpochDay(Math.round(period.getHighValue()));
        if (dragging) {
            viewModel.previewPeriod(low, high);
        } else {
            viewModel.setPeriod(low, high);
        }
    }

    private void syncPeriod() {
        syncingPeriod = true;
        try {
            LocalDate first = viewModel.firstDateProperty().get();
            LocalDate last = viewModel.lastDateProperty().get();
            boolean usable = first != null && last != null && last.isAfter(first);
            period.setDisable(!usable);
            if (first == null || last == null) {
                return;
            }
            double min = first.toEpochDay();
            double max = Math.max(min + 1, last.toEpochDay());
            period.setMin(min);
            period.setMax(max);
            LocalDate from = viewModel.fromProperty().get();
            LocalDate to = viewModel.toProperty().get();
            period.setHighValue(to == null ? max : to.toEpochDay());
            period.setLowValue(from == null ? min : from.toEpochDay());
            period.setHighValue(to == null ? max : to.toEpochDay());
            period.setMajorTickUnit(Math.max(1, (max - min) / 4));
        } finally {
            syncingPeriod = false;
        }
    }

    private Node evidenceSection() {
        Spinner<Integer> minimum = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
        values.maxProperty().bind(viewModel.maxEvidenceProperty());
        values.setValue(viewModel.minEvidenceProperty().get());
        minimum.setValueFactory(values);
        minimum.setId("min-evidence");
        minimum.setPrefWidth(80);
        values.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != viewModel.minEvidenceProperty().get()) {
                viewModel.minEvidenceProperty().set(now);
            }
        });
        viewModel.minEvidenceProperty().addListener((obs, was, now) -> values.setValue(now.intValue()));
        Label label = new Label("Minimum evidence sentences per edge");
        label.setWrapText(true);
        label.setLabelFor(minimum);
        HBox row = new HBox(8, minimum, label);
        row.setAlignment(Pos.CENTER_LEFT);
        minimum.setTooltip(new Tooltip("Hide edges stated by fewer distinct sentences"));
        return row;
    }

    private Node focusSection() {
        CheckBox on = new CheckBox("Only the neighbourhood of");
        on.setId("focus-toggle");
        on.selectedProperty().bindBidirectional(viewModel.focusOnProperty());
        on.disableProperty().bind(viewModel.canFocusProperty().not());
        Label who = new Label();
        who.getStyleClass().add("filter-focus-actor");
        who.textProperty().bind(viewModel.focusTextProperty());
        who.setWrapText(true);
        Spinner<Integer> depth = new Spinner<>(1, org.actorgraph.model.Focus.MAX_DEPTH,
                viewModel.focusDepthProperty().get());
        depth.setPrefWidth(70);
        depth.getValueFactory().valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != viewModel.focusDepthProperty().get()) {
                viewModel.focusDepthProperty().set(now);
            }
        });
        viewModel.focusDepthProperty().addListener((obs, was, now) -> depth.getValueFactory().setValue(now.intValue()));
        Label steps = new Label("steps, following");
        HBox depthRow = new HBox(8, depth, steps);
        depthRow.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        HBox directions = new HBox(10);
        for (FocusDirection direction : List.of(FocusDirection.BOTH, FocusDirection.OUTGOING, FocusDirection.INCOMING)) {
            RadioButton button = new RadioButton(switch (direction) {
                case BOTH -> "both";
                case OUTGOING -> "outgoing";
                case INCOMING -> "incoming";
            });
            button.setUserData(direction);
            button.setToggleGroup(group);
            button.setSelected(viewModel.focusDirectionProperty().get() == direction);
            directions.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                viewModel.focusDirectionProperty().set((FocusDirection) now.getUserData());
            }
        });
        viewModel.focusDirectionProperty().addListener((obs, was, now) -> group.getToggles().forEach(t -> {
            if (t.getUserData() == now) {
                t.setSelected(true);
            }
        }));
        Button refocus = new Button("Focus on the selected actor");
        refocus.setOnAction(e -> viewModel.focusOnSelected());
        refocus.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, on, who, depthRow, directions, refocus);
    }
}

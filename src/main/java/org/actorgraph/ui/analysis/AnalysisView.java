package org.actorgraph.ui.analysis;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;

/**
 * The analysis pane below the graph: the centrality table, paths between two actors and the
 * communities. Binds only to {@link AnalysisViewModel}.
 */
public final class AnalysisView extends HBox {

    private final AnalysisViewModel viewModel;
    private final TableView<MetricRow> table = new TableView<>();
    private final VBox explanation = new VBox(4);
    private final VBox communityLegend = new VBox(3);

    public AnalysisView(AnalysisViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("analysis");
        setSpacing(14);
        VBox centrality = centralitySection();
        VBox paths = pathSection();
        VBox communities = communitySection();
        HBox.setHgrow(centrality, Priority.SOMETIMES);
        HBox.setHgrow(paths, Priority.ALWAYS);
        getChildren().addAll(centrality, paths, communities);
        setMinHeight(0);
        // The pane leaves the scene when it is closed; its figures are computed only while it is open.
        viewModel.activeProperty().bind(sceneProperty().isNotNull());
    }

    private VBox centralitySection() {
        table.setId("centrality-table");
        table.getColumns().add(column("Actor", MetricRow::name, 112));
        table.getColumns().add(column("Degree", MetricRow::degree, 64));
        table.getColumns().add(column("In", MetricRow::inDegree, 40));
        table.getColumns().add(column("Out", MetricRow::outDegree, 44));
        table.getColumns().add(column("Betweenness", r -> round(r.betweenness()), 104));
        table.getColumns().add(column("PageRank", r -> round(r.pageRank()), 82));
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.missingProperty().isEmpty())
                .then("No graph").otherwise(viewModel.missingProperty()));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.select(row));
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<Metric> size = new ComboBox<>();
        size.getItems().setAll(Metric.values());
        size.setConverter(converter(Metric::label));
        size.valueProperty().bindBidirectional(viewModel.sizeMetricProperty());
        size.setId("size-metric");
        HBox sizeRow = new HBox(6, new Label("Size nodes by"), size);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading("Centrality"), sizeRow, table);
        box.setPrefWidth(470);
        box.setMinWidth(470);
        return box;
    }

    private static Double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static <T extends Comparable<T>> TableColumn<MetricRow, T> column(String title, Function<MetricRow, T> value,
                                                                            double width) {
        TableColumn<MetricRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(true);
        if (!title.equals("Actor")) {
            column.setSortType(TableColumn.SortType.DESCENDING);
            column.setStyle("-fx-alignment: center-right;");
        }
        return column;
    }

    private VBox pathSection() {
        ComboBox<Actor> from = actorChoice("path-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        ComboBox<Actor> to = actorChoice("path-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        Label status = new Label();
        status.getStyleClass().add("path-status");
        status.textProperty().bind(viewModel.pathStatusProperty());
        CheckBox follow = new CheckBox("Follow direction");
        follow.selectedProperty().bindBidirectional(viewModel.followDirectionProperty());
        follow.setId("follow-direction");
        HBox ends = new HBox(6, fixed("From"), from, fixed("To"), to);
        ends.setAlignment(Pos.CENTER_LEFT);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> viewModel.clearPath());
        clear.setFocusTraversable(false);
        clear.setId("clear-path");
        follow.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox options = new HBox(12, follow, clear);
        options.setAlignment(Pos.CENTER_LEFT);
        ListView<PathItem> list = new ListView<>(viewModel.paths());
        list.setId("path-list");
        list.setPrefHeight(96);
        list.setMinHeight(60);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(PathItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                viewModel.selectedPathProperty().set(item);
            }
        });
        viewModel.selectedPathProperty().addListener((obs, old, item) -> {
            if (item != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(item);
            }
        });
        viewModel.explanation().addListener((ListChangeListener<String>) c -> showExplanation());
        ScrollPane explained = new ScrollPane(explanation);
        explained.setFitToWidth(true);
        explained.getStyleClass().add("path-explanation");
        explanation.getStyleClass().add("path-explanation-content");
        VBox.setVgrow(explained, Priority.ALWAYS);
        VBox box = new VBox(6, heading("Paths"), ends, options, status, list, explained);
        box.setMinWidth(330);
        return box;
    }

    private void showExplanation() {
        explanation.getChildren().setAll(viewModel.explanation().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("path-step");
            return label;
        }).toList());
    }

    private ComboBox<Actor> actorChoice(String id) {
        ComboBox<Actor> choice = new ComboBox<>(viewModel.actors());
        choice.setConverter(converter(Actor::name));
        choice.setId(id);
        choice.setPromptText("actor");
        choice.setPrefWidth(150);
        choice.setMinWidth(110);
        return choice;
    }

    private VBox communitySection() {
        CheckBox colour = new CheckBox("Colour by community");
        colour.selectedProperty().bindBidirectional(viewModel.colourByCommunityProperty());
        colour.setId("colour-by-community");
        viewModel.communities().addListener((ListChangeListener<CommunityItem>) c -> showCommunities());
        viewModel.missingProperty().addListener((obs, was, now) -> showCommunities());
        showCommunities();
        ScrollPane legend = new ScrollPane(communityLegend);
        legend.setFitToWidth(true);
        legend.getStyleClass().add("community-legend");
        VBox.setVgrow(legend, Priority.ALWAYS);
        VBox box = new VBox(6, heading("Communities"), colour, legend);
        box.setPrefWidth(210);
        box.setMinWidth(180);
        return box;
    }

    private void showCommunities() {
        if (!viewModel.missingProperty().get().isEmpty()) {
            Label missing = new Label(viewModel.missingProperty().get());
            missing.setWrapText(true);
            communityLegend.getChildren().setAll(missing);
            return;
        }
        communityLegend.getChildren().setAll(viewModel.communities().stream().map(item -> {
            Circle swatch = new Circle(7, Color.web(item.colour()));
            swatch.setStroke(Color.web("#52606D"));
            Label text = new Label(item.name() + ": " + item.members());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(6, swatch, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("community-entry");
            return row;
        }).toList());
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("analysis-heading");
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** The table, for tests. */
    TableView<MetricRow> table() {
        return table;
    }
}

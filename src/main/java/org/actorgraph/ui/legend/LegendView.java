package org.actorgraph.ui.legend;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.actorgraph.ui.graph.EdgeStyles;

/**
 * The legend: a colour sample for every relation type drawn and a line sample for every certainty
 * drawn. Rebuilt whenever the graph on screen changes, so it always matches it.
 */
public final class LegendView extends VBox {

    /** Style class of every row, for styling and tests. */
    public static final String ENTRY_CLASS = "legend-entry";
    /** Colour used for the line-style samples, which are about pattern, not colour. */
    static final String SAMPLE_COLOR = "#455A64";

    private final LegendViewModel viewModel;
    // Two columns: a dozen types would otherwise push the details panel off the screen.
    private final TilePane types = new TilePane(12, 3);
    private final VBox certainties = new VBox(3);
    private final Label typesHeading = heading("Relation types");
    private final Label certaintiesHeading = heading("Certainty");

    public LegendView(LegendViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("legend");
        setSpacing(4);
        Label title = new Label("Legend");
        title.getStyleClass().add("panel-title");
        types.setPrefColumns(2);
        types.setTileAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, typesHeading, types, certaintiesHeading, certainties);
        viewModel.types().addListener((ListChangeListener<LegendEntry.TypeEntry>) c -> rebuild());
        viewModel.certainties().addListener((ListChangeListener<LegendEntry.CertaintyEntry>) c -> rebuild());
        rebuild();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-heading");
        return label;
    }

    private void rebuild() {
        types.getChildren().setAll(viewModel.types().stream().map(LegendView::typeRow).toList());
        certainties.getChildren().setAll(viewModel.certainties().stream().map(LegendView::certaintyRow).toList());
        boolean any = !viewModel.types().isEmpty();
        typesHeading.setVisible(any);
        typesHeading.setManaged(any);
        certaintiesHeading.setVisible(any);
        certaintiesHeading.setManaged(any);
    }

    private static Node typeRow(LegendEntry.TypeEntry entry) {
        Line sample = new Line(0, 0, 18, 0);
        sample.getStyleClass().add("legend-sample");
        sample.setStyle("-fx-stroke: " + entry.color() + "; -fx-stroke-width: 5;");
        HBox row = row(sample, entry.label(), "legend-type");
        if (!entry.description().isBlank()) {
            Tooltip.install(row, new Tooltip(entry.description()));
        }
        return row;
    }

    private static Node certaintyRow(LegendEntry.CertaintyEntry entry) {
        Line sample = sample();
        sample.setStyle(EdgeStyles.lineStyle(SAMPLE_COLOR, entry.certainty(), 2.5));
        return row(sample, entry.label(), "legend-certainty");
    }

    private static Line sample() {
        Line line = new Line(0, 0, 44, 0);
        line.getStyleClass().add("legend-sample");
        return line;
    }

    private static HBox row(Line sample, String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        HBox row = new HBox(8, sample, label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll(ENTRY_CLASS, styleClass);
        return row;
    }
}

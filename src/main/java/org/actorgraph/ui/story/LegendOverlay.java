package org.actorgraph.ui.story;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.actorgraph.ui.graph.EdgeStyles;

/** A compact legend over the graph's corner: the relation types and certainties drawn now. */
public final class LegendOverlay extends VBox {

    public LegendOverlay(PresentationViewModel viewModel) {
        getStyleClass().add("legend-overlay");
        setId("legend-overlay");
        setMouseTransparent(true);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setAlignment(Pos.TOP_LEFT);
        viewModel.legend().addListener((ListChangeListener<PresentationViewModel.LegendItem>) c -> fill(viewModel));
        fill(viewModel);
    }

    private void fill(PresentationViewModel viewModel) {
        getChildren().setAll(viewModel.legend().stream().map(item -> {
            Line sample = new Line(0, 0, 40, 0);
            sample.getStyleClass().add("legend-sample");
            sample.setStyle(item.certainty() == null
                    ? "-fx-stroke: " + item.colour() + "; -fx-stroke-width: 6;"
                    : EdgeStyles.lineStyle("#BDBDBD", item.certainty(), 3.5));
            Label label = new Label(item.label(), sample);
            label.setGraphicTextGap(10);
            return label;
        }).toList());
    }
}

package org.actorgraph.ui.status;

import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar at the bottom of the window: counts, activity, zoom and the open file. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel viewModel) {
        getStyleClass().add("status-bar");
        Label counts = new Label();
        counts.getStyleClass().add("status-counts");
        counts.textProperty().bind(viewModel.countsProperty());
        Label activity = new Label();
        activity.getStyleClass().add("status-activity");
        activity.textProperty().bind(viewModel.activityProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label zoom = new Label();
        zoom.getStyleClass().add("status-zoom");
        zoom.textProperty().bind(viewModel.zoomProperty());
        Label source = new Label();
        source.getStyleClass().add("status-source");
        source.textProperty().bind(viewModel.sourceProperty());
        getChildren().addAll(counts, activity, spring, zoom, new Separator(Orientation.VERTICAL), source);
    }
}

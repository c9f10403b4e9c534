package org.actorgraph.ui.status;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar at the bottom of the window: counts, activity, zoom and the open file. While background
 * work runs, a progress bar follows the activity, and a Cancel button when the work can be stopped.
 * Cancel is a button only: Escape already clears the selection and must not stop a load by accident.
 */
public final class StatusBarView extends HBox {

    public static final String PROGRESS_ID = "status-progress";
    public static final String CANCEL_ID = "status-cancel";

    public StatusBarView(StatusBarViewModel viewModel) {
        getStyleClass().add("status-bar");
        Label counts = new Label();
        counts.getStyleClass().add("status-counts");
        counts.textProperty().bind(viewModel.countsProperty());
        Label activity = new Label();
        activity.getStyleClass().add("status-activity");
        activity.textProperty().bind(viewModel.activityProperty());
        activity.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.getStyleClass().add("status-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.taskRunningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.getStyleClass().add("status-cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        // In a narrow window the counts and the file name give way ("…"), never the button.
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label zoom = new Label();
        zoom.getStyleClass().add("status-zoom");
        zoom.textProperty().bind(viewModel.zoomProperty());
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label();
        source.getStyleClass().add("status-source");
        source.textProperty().bind(viewModel.sourceProperty());
        getChildren().addAll(counts, activity, progress, cancel, spring, zoom, new Separator(Orientation.VERTICAL),
                source);
    }
}

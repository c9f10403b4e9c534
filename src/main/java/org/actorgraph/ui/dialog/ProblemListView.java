package org.actorgraph.ui.dialog;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A scrollable list of problems, one per row: severity tag, place, and the wrapped message. */
public final class ProblemListView extends ListView<ProblemRow> {

    /** Style class of the list, for styling and for finding it in tests. */
    public static final String STYLE_CLASS = "problem-list";

    public ProblemListView(List<ProblemRow> rows) {
        getItems().setAll(rows);
        getStyleClass().add(STYLE_CLASS);
        setPrefSize(680, Math.min(460, 40 + rows.size() * 80.0));
        setFocusTraversable(true);
        setCellFactory(list -> new ProblemCell());
    }

    private static final class ProblemCell extends ListCell<ProblemRow> {
        private final Label severity = new Label();
        private final Label place = new Label();
        private final Label message = new Label();
        private final VBox box;

        ProblemCell() {
            severity.getStyleClass().add("problem-severity");
            place.getStyleClass().add("problem-place");
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            HBox heading = new HBox(8, severity, place);
            box = new VBox(2, heading, message);
            // Wrap the message at the list's width instead of scrolling sideways.
            box.maxWidthProperty().bind(widthProperty().subtract(24));
            message.maxWidthProperty().bind(box.maxWidthProperty());
            HBox.setHgrow(place, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            severity.setText(row.severity());
            severity.getStyleClass().removeAll("error", "warning");
            severity.getStyleClass().add(row.isError() ? "error" : "warning");
            place.setText(row.place());
            message.setText(row.message());
            setText(null);
            setGraphic(box);
        }
    }
}

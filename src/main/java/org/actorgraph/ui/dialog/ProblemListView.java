package org.actorgraph.ui.dialog;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A scrollable list of problems, one row each: severity tag, place, and the wrapped message.
 * Rows are plain labels in a scroll pane rather than ListView cells, whose heights come out wrong
 * for wrapped text and hide rows.
 */
public final class ProblemListView extends ScrollPane {

    /** Style class of the list, for styling and for finding it in tests. */
    public static final String STYLE_CLASS = "problem-list";

    private final List<ProblemRow> rows;

    public ProblemListView(List<ProblemRow> rows) {
        this.rows = List.copyOf(rows);
        getStyleClass().add(STYLE_CLASS);
        VBox content = new VBox();
        content.getStyleClass().add("problem-rows");
        rows.forEach(row -> content.getChildren().add(row(row)));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefSize(680, Math.min(460, 30 + rows.size() * 64.0));
    }

    private static Region row(ProblemRow row) {
        Label severity = new Label(row.severity());
        severity.getStyleClass().addAll("problem-severity", row.isError() ? "error" : "warning");
        severity.setMinWidth(Region.USE_PREF_SIZE);
        Label place = new Label(row.place());
        place.getStyleClass().add("problem-place");
        place.setWrapText(true);
        Label message = new Label(row.message());
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, new HBox(8, severity, place), message);
        box.getStyleClass().add("problem-row");
        return box;
    }

    /** The problems listed, in order. */
    public List<ProblemRow> rows() {
        return rows;
    }
}

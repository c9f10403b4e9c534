package org.actorgraph.ui.story;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The caption under the graph while a story is shown: "Step 3 of 27" and the step's title, the
 * evidence quote, its citation and the step's note. It takes its own room below the graph rather
 * than covering it.
 */
public final class CaptionView extends VBox {

    public CaptionView(StoryViewModel story) {
        getStyleClass().add("story-caption");
        setId("story-caption");
        Label counter = label("story-counter", story.counterProperty());
        counter.setId("story-counter");
        Label title = label("story-step-title", story.titleProperty());
        title.setId("story-title");
        Region gap = new Region();
        gap.setMinWidth(16);
        HBox head = new HBox(12, counter, title);
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label quote = label("story-quote", story.captionProperty());
        quote.setId("story-quote");
        Label citation = label("story-citation", story.citationProperty());
        citation.setId("story-citation");
        Label note = label("story-note", story.noteProperty());
        note.visibleProperty().bind(story.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(head, quote, citation, note);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label label(String styleClass, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}

package org.actorgraph.ui.story;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The graph with what belongs to it: the legend overlay in its corner (presentation mode), and
 * below it — in room of their own, so they never cover actors — the story caption and the
 * timeline bar. While the graph has the focus, the story keys move through the story.
 */
public final class GraphArea extends BorderPane {

    public GraphArea(Node graph, StoryViewModel story, PresentationViewModel presentation, Node caption,
                     Node timeline) {
        getStyleClass().add("graph-area");
        LegendOverlay legend = new LegendOverlay(presentation);
        legend.visibleProperty().bind(presentation.presentingProperty());
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(16));
        StackPane middle = new StackPane(graph, legend);
        middle.setMinSize(0, 0);
        caption.visibleProperty().bind(story.activeProperty());
        caption.managedProperty().bind(caption.visibleProperty());
        timeline.visibleProperty().bind(presentation.timelineShownProperty());
        timeline.managedProperty().bind(timeline.visibleProperty());
        setCenter(middle);
        setBottom(new VBox(caption, timeline));
        graph.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (!story.activeProperty().get() || event.getTarget() instanceof TextInputControl
                    || event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            StoryKeys.of(event.getCode()).ifPresent(key -> {
                key.apply(story);
                event.consume();
            });
        });
    }
}

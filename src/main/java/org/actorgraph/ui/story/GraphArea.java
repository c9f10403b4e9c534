package org.actorgraph.ui.story;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.actorgraph.ui.lazy.OnFirst;

/**
 * The graph with what belongs to it: the legend overlay in its corner (presentation mode), and
 * below it — in room of their own, so they never cover actors — the story caption and the
 * timeline bar. While the graph has the focus, the story keys move through the story.
 */
public final class GraphArea extends BorderPane {

    /**
     * @param caption makes the story caption, the first time the story is switched on
     */
    public GraphArea(Node graph, StoryViewModel story, PresentationViewModel presentation,
                     Supplier<? extends Node> caption, Node timeline) {
        getStyleClass().add("graph-area");
        StackPane middle = new StackPane(graph);
        middle.setMinSize(0, 0);
        timeline.visibleProperty().bind(presentation.timelineShownProperty());
        timeline.managedProperty().bind(timeline.visibleProperty());
        VBox below = new VBox(timeline);
        setCenter(middle);
        setBottom(below);
        // The legend overlay and the caption are hidden until presenting or a story: built then.
        OnFirst.whenTrue(presentation.presentingProperty(), () -> {
            LegendOverlay legend = new LegendOverlay(presentation);
            legend.visibleProperty().bind(presentation.presentingProperty());
            StackPane.setAlignment(legend, Pos.TOP_LEFT);
            StackPane.setMargin(legend, new Insets(16));
            middle.getChildren().add(legend);
        });
        OnFirst.whenTrue(story.activeProperty(), () -> {
            Node shown = caption.get();
            shown.visibleProperty().bind(story.activeProperty());
            shown.managedProperty().bind(shown.visibleProperty());
            below.getChildren().add(0, shown);
        });
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

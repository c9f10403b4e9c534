package org.actorgraph.ui.graph;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A clipped viewport that shows its content scaled and moved as the {@link ViewportModel} says.
 * The mouse wheel zooms around the pointer; dragging the empty background pans. (Presses on
 * vertices never get here: SmartGraph consumes them to drag the vertex.)
 */
final class ZoomPane extends Pane {

    private final ViewportModel model;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale();
    private double lastX;
    private double lastY;
    private boolean panning;

    ZoomPane(ViewportModel model) {
        this.model = model;
        getStyleClass().add("graph-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        translate.xProperty().bind(model.translateXProperty());
        translate.yProperty().bind(model.translateYProperty());
        scale.xProperty().bind(model.scaleProperty());
        scale.yProperty().bind(model.scaleProperty());
        model.viewportWidthProperty().bind(widthProperty());
        model.viewportHeightProperty().bind(heightProperty());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /**
     * Shows {@code content}, a region of fixed size in drawing coordinates, instead of what was
     * shown. Content put in by {@link #stage} is kept where it is: taking a node out of the window
     * and back would make JavaFX style it all again.
     */
    void setContent(Region content) {
        if (content.getParent() == this) {
            getChildren().removeIf(child -> child != content);
            content.setVisible(true);
            return;
        }
        place(content);
        getChildren().setAll(content);
    }

    /**
     * Puts {@code next} in the window, invisible, behind what is shown: JavaFX styles invisible
     * nodes too but does not paint them, so a large drawing can be styled unseen before
     * {@link #setContent} shows it.
     */
    void stage(Region next) {
        place(next);
        next.setVisible(false);
        getChildren().add(0, next);
    }

    /** Takes out content put in by {@link #stage} that will not be shown after all. */
    void unstage(Region next) {
        if (next.getParent() == this && !next.isVisible()) {
            getChildren().remove(next);
        }
    }

    private void place(Region content) {
        content.setManaged(false);
        content.relocate(0, 0);
        content.getTransforms().setAll(translate, scale);
    }

    void clearContent() {
        getChildren().clear();
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        double notches = event.getDeltaY() / 40;
        model.zoomAt(Math.pow(ViewportModel.STEP, notches), event.getX(), event.getY());
        event.consume();
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY || event.getButton() == MouseButton.MIDDLE) {
            panning = true;
            lastX = event.getX();
            lastY = event.getY();
        }
    }

    private void dragged(MouseEvent event) {
        if (!panning) {
            return;
        }
        setCursor(Cursor.CLOSED_HAND);
        model.panBy(event.getX() - lastX, event.getY() - lastY);
        lastX = event.getX();
        lastY = event.getY();
    }

    private void released(MouseEvent event) {
        if (panning) {
            panning = false;
            setCursor(Cursor.DEFAULT);
        }
    }
}

package org.actorgraph.ui.graph;

import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.actorgraph.model.ViewportState;

/**
 * Zoom and pan of the drawing inside the window: a point {@code p} of the drawing appears at
 * {@code translate + scale · p} in the viewport. Unlike SmartGraph's own zoom pane it can zoom out
 * as well as in, and it can fit the drawing to the window.
 *
 * <p>While the drawing was last fitted and the user has not zoomed or panned since, a change of
 * the window's size fits it again.
 */
public final class ViewportModel {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    /** Scale change of one zoom step (menu, key or mouse-wheel notch). */
    public static final double STEP = 1.25;
    /** Fitting never enlarges a small drawing beyond this. */
    static final double MAX_FIT_SCALE = 1.6;
    /** Free space kept around the drawing when fitting, in viewport pixels. */
    static final double FIT_PADDING = 24;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewportWidth");
    private final DoubleProperty viewportHeight = new SimpleDoubleProperty(this, "viewportHeight");
    private Supplier<Rect> contentBounds = () -> null;
    private boolean fitted;

    public ViewportModel() {
        viewportWidth.addListener((obs, was, now) -> refitIfFitted());
        viewportHeight.addListener((obs, was, now) -> refitIfFitted());
    }

    /** Tells the model where the drawing's content lies, for {@link #fit()}. */
    public void setContentBounds(Supplier<Rect> bounds) {
        this.contentBounds = bounds == null ? () -> null : bounds;
    }

    public void zoomIn() {
        zoomAt(STEP, viewportWidth.get() / 2, viewportHeight.get() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / STEP, viewportWidth.get() / 2, viewportHeight.get() / 2);
    }

    /** Zooms by {@code factor}, keeping the drawing point under viewport point (x, y) in place. */
    public void zoomAt(double factor, double x, double y) {
        double old = scale.get();
        double next = clamp(old * factor, MIN_SCALE, MAX_SCALE);
        double worldX = (x - translateX.get()) / old;
        double worldY = (y - translateY.get()) / old;
        scale.set(next);
        translateX.set(x - worldX * next);
        translateY.set(y - worldY * next);
        fitted = false;
    }

    /** Moves the drawing by (dx, dy) viewport pixels. */
    public void panBy(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
        fitted = false;
    }

    /** Scales and centres the drawing so that all of it shows in the viewport. */
    public void fit() {
        Rect bounds = contentBounds.get();
        double width = viewportWidth.get();
        double height = viewportHeight.get();
        if (bounds == null || width <= 0 || height <= 0) {
            return;
        }
        double usableWidth = Math.max(1, width - 2 * FIT_PADDING);
        double usableHeight = Math.max(1, height - 2 * FIT_PADDING);
        double next = Math.min(usableWidth / Math.max(1, bounds.width()),
                usableHeight / Math.max(1, bounds.height()));
        next = clamp(next, MIN_SCALE, MAX_FIT_SCALE);
        scale.set(next);
        translateX.set(width / 2 - bounds.centerX() * next);
        translateY.set(height / 2 - bounds.centerY() * next);
        fitted = true;
    }

    /** Moves the drawing so that drawing point (x, y) is at the centre of the viewport; the zoom stays. */
    public void centreOn(double x, double y) {
        translateX.set(viewportWidth.get() / 2 - x * scale.get());
        translateY.set(viewportHeight.get() / 2 - y * scale.get());
        fitted = false;
    }

    /** The zoom and the drawing point at the centre of the viewport, for a saved view. */
    public ViewportState state() {
        double s = scale.get();
        return new ViewportState(s, (viewportWidth.get() / 2 - translateX.get()) / s,
                (viewportHeight.get() / 2 - translateY.get()) / s);
    }

    /** Shows the drawing as a saved view had it: same zoom, same point at the centre. */
    public void restore(ViewportState state) {
        scale.set(clamp(state.scale(), MIN_SCALE, MAX_SCALE));
        centreOn(state.centreX(), state.centreY());
    }

    private void refitIfFitted() {
        if (fitted) {
            fit();
        }
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    /** Set by the view to the size of the visible area. */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    /** Set by the view to the size of the visible area. */
    public DoubleProperty viewportHeightProperty() {
        return viewportHeight;
    }

    public double getScale() {
        return scale.get();
    }

    /** Whether the drawing is as last fitted, not zoomed or panned since. */
    public boolean isFitted() {
        return fitted;
    }
}

package org.actorgraph.ui.graph;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.util.Duration;
import org.actorgraph.model.Actor;

/**
 * Decides when the drawing is shown as a still picture instead of its nodes: while the view pans
 * or zooms in quick succession, and while an actor is dragged (then everything but the actor and
 * its edges). Software rendering redraws every curve of every frame in which the view moves,
 * which on a thousand edges takes a few hundred milliseconds; a picture takes a few.
 *
 * <p>A single change of the view (fit, centring on an actor, one zoom step) is drawn directly:
 * taking a picture would cost a frame of its own. The second change within {@link #SETTLE} takes
 * one; when the view has been still for that long and a few frames, or the mouse button is
 * released, the nodes are shown again, sharp at the new zoom.
 */
final class MotionStill {

    /** How long the view must stay still before the nodes are drawn again. */
    static final Duration SETTLE = Duration.millis(200);
    /** Share of the visible width and height pictured beyond each side, so a pan can go on a while. */
    static final double MARGIN = 0.5;
    /** How far the zoom may grow past the picture's before it is retaken, to keep it sharp enough. */
    static final double MAX_ENLARGEMENT = 2.0;
    /**
     * When the whole drawing at the current zoom is at most this many times the window's area, the
     * picture covers all of it: zooming out or panning then never needs a new one.
     */
    static final double WHOLE_DRAWING_AREAS = 3;

    private final ViewportModel viewport;
    private final Supplier<GraphDrawing> drawing;
    /** Frames that must pass without a change, too: a slow frame alone is not stillness. */
    static final int QUIET_FRAMES = 3;

    private final AnimationTimer settle = new AnimationTimer() {
        @Override
        public void handle(long now) {
            quietFrames++;
            frames++;
            if (quietFrames > QUIET_FRAMES && now - lastChange >= SETTLE.toMillis() * 1_000_000) {
                MotionStill.this.stop();
            }
        }
    };
    private long lastChange;
    private int quietFrames;
    private int frames;
    private boolean moving;
    private Actor dragged;

    MotionStill(ViewportModel viewport, Supplier<GraphDrawing> drawing) {
        this.viewport = viewport;
        this.drawing = drawing;
        viewport.translateXProperty().addListener((obs, old, now) -> viewChanged());
        viewport.translateYProperty().addListener((obs, old, now) -> viewChanged());
        viewport.scaleProperty().addListener((obs, old, now) -> viewChanged());
    }

    private void viewChanged() {
        GraphDrawing current = drawing.get();
        if (current == null || !current.isInitialised() || dragged != null) {
            return;
        }
        // Changes before the first frame of a motion belong to one step (a fit sets the zoom and
        // both offsets); only a change after a frame has been drawn shows that the view is moving.
        if (moving && frames > 0) {
            Rect visible = visibleArea(current, 0);
            Rect frozen = current.frozenArea();
            boolean blurred = frozen != null && viewport.getScale() > current.frozenScale() * MAX_ENLARGEMENT;
            if (visible != null && (frozen == null || blurred || !contains(frozen, visible))) {
                current.freeze(pictureArea(current), null);
            }
        }
        if (!moving) {
            frames = 0;
        }
        moving = true;
        lastChange = System.nanoTime();
        quietFrames = 0;
        settle.start();
    }

    /** An actor is being dragged: everything else is shown as a picture until {@link #stop()}. */
    void dragging(Actor actor) {
        GraphDrawing current = drawing.get();
        if (current == null || !current.isInitialised() || actor.equals(dragged)) {
            return;
        }
        dragged = actor;
        Rect visible = visibleArea(current, 0);
        if (visible != null) {
            current.freeze(visible, actor);
        }
    }

    /** The motion is over (the button released, or the view still): the nodes are drawn again. */
    void stop() {
        settle.stop();
        moving = false;
        dragged = null;
        GraphDrawing current = drawing.get();
        if (current != null) {
            current.thaw();
        }
    }

    // What a picture for a moving view covers: the whole drawing when that is not much larger on
    // screen than the window, else what is in view with a margin.
    private Rect pictureArea(GraphDrawing current) {
        if (wholeFitsInAPicture(current, viewport)) {
            return new Rect(0, 0, current.panel().getWidth(), current.panel().getHeight());
        }
        return visibleArea(current, MARGIN);
    }

    /**
     * Whether the whole drawing at the viewport's zoom is small enough for one picture: at most
     * {@link #WHOLE_DRAWING_AREAS} times the window's area.
     */
    static boolean wholeFitsInAPicture(GraphDrawing current, ViewportModel viewport) {
        return wholeFits(current.panel().getWidth(), current.panel().getHeight(), viewport);
    }

    /** Whether a drawing of this size fits in one picture at the viewport's zoom (see above). */
    static boolean wholeFits(double drawingWidth, double drawingHeight, ViewportModel viewport) {
        double scale = viewport.getScale();
        double drawing = drawingWidth * scale * drawingHeight * scale;
        double window = viewport.viewportWidthProperty().get() * viewport.viewportHeightProperty().get();
        return drawing <= WHOLE_DRAWING_AREAS * window;
    }

    private Rect visibleArea(GraphDrawing current, double margin) {
        return visibleArea(viewport, current.panel().getWidth(), current.panel().getHeight(), margin, 0);
    }

    /**
     * The part of a drawing of this size in the window, grown by a share of its size on every
     * side, within the drawing and {@code pad} units around it; null when none of that is in view.
     */
    static Rect visibleArea(ViewportModel viewport, double panelWidth, double panelHeight, double margin,
                            double pad) {
        double scale = viewport.getScale();
        double minX = -viewport.translateXProperty().get() / scale;
        double minY = -viewport.translateYProperty().get() / scale;
        double width = viewport.viewportWidthProperty().get() / scale;
        double height = viewport.viewportHeightProperty().get() / scale;
        Rect area = new Rect(Math.max(-pad, minX - margin * width), Math.max(-pad, minY - margin * height),
                Math.min(panelWidth + pad, minX + width + margin * width),
                Math.min(panelHeight + pad, minY + height + margin * height));
        return area.width() <= 0 || area.height() <= 0 ? null : area;
    }

    private static boolean contains(Rect outer, Rect inner) {
        return outer.minX() <= inner.minX() && outer.minY() <= inner.minY()
                && outer.maxX() >= inner.maxX() && outer.maxY() >= inner.maxY();
    }
}

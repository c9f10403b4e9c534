package org.actorgraph.ui.graph;

import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import org.actorgraph.render.LineRaster;

/**
 * The lines of a large drawing as one picture behind its vertices, painted away from the window.
 * As scene nodes, a thousand curves and their arrow heads are styled, laid out and rasterised on
 * the window's own threads: a few hundred milliseconds when a drawing arrives, again whenever the
 * view moves. Here the lines are no nodes at all ({@link PaintedLine}): the drawing sets their
 * style, lane and visibility, their curves follow the vertices, and this layer paints them in the
 * background whenever something changed, then shows the result.
 *
 * <p>The picture covers the whole drawing when it is not much larger on screen than the window,
 * else what is in view with a margin; it is painted again when the view leaves it, or when the
 * zoom has settled at another scale.
 */
final class LineLayer {

    /** Largest picture, in pixels: beyond, its scale is lowered (it is then slightly blurred). */
    static final double MAX_PIXELS = 8_000_000;
    /** Longest side of a picture (a texture). */
    static final int MAX_SIDE = 8192;
    /** How long the view must stay put before a picture enlarged, reduced or off the pixels is painted again. */
    static final Duration VIEW_SETTLE = Duration.millis(150);
    /**
     * Share of the visible width and height beyond each side that must stay painted while the
     * view pans: when less is left, the next picture is painted, ahead of the view.
     */
    static final double LEAD = 0.25;
    /**
     * Drawing units painted around the drawing's own area: self-loops and outer lanes of actors at
     * its border reach out of it.
     */
    static final double PAD = 150;

    // Line looks as the stylesheet's .edge rule gives them, for a line without an inline style.
    private static final Look EDGE_DEFAULT = new Look(0x78909C, 1.5, new float[0]);

    /** An action waiting for a picture that shows every change made before it was asked for. */
    private record Waiting(long change, Runnable action) {
    }

    private final ImageView picture = new ImageView();
    private final List<PaintedLine> edges;
    private final ArrowHeads arrowHeads;

    /**
     * The arrow heads of painted lines, which have no nodes of their own: 90,000 SmartGraph arrow
     * nodes, each with its bound transforms, were half of what a large drawing allocated.
     */
    interface ArrowHeads {
        /** Whether a visible line has its arrow head painted (the level of detail decides). */
        boolean shown(PaintedLine line);

        /** The length of a wing of an arrow head at its base size (edge.arrowsize). */
        double size();

        /** How much larger than its base size the line's arrow head is. */
        double scale(PaintedLine line);

        /** The width of the arrow head's strokes at its base size, as its line's look gives it. */
        double width(PaintedLine line);
    }

    private final Map<String, Look> looks = new HashMap<>();
    private final PauseTransition viewSettled = new PauseTransition(VIEW_SETTLE);
    private final ChangeListener<Number> viewChanged = (obs, old, now) -> viewChanged();
    private final List<Waiting> afterPaint = new ArrayList<>();
    private ViewportModel viewport;
    // The window shown in, whose pixel density may change (moved to another screen).
    private javafx.stage.Window window;
    private double panelWidth;
    private double panelHeight;
    private final ExecutorService painter;
    // Changes are counted; a picture shows every change counted before its painting began.
    private long changes;
    private long shownChanges = -1;
    private boolean scheduled;
    private AtomicBoolean inFlight;
    private boolean movesIgnored;
    private Rect paintedArea;
    private double paintedScale;
    private double paintedOutputScale = 1;
    // Whether the picture shown was aligned with the screen's pixels (not when its scale was capped).
    private boolean paintedAligned;
    private boolean movedWhileIgnored;

    /**
     * @param edges the drawing's lines, in painting order (the first one lowest)
     * @param vertices its vertex nodes: a moved or resized vertex moves its lines
     * @param arrowHeads which visible lines have their arrow head painted, and how large
     */
    LineLayer(Collection<PaintedLine> edges, Collection<SmartGraphVertexNode<ActorVertex>> vertices,
              ArrowHeads arrowHeads) {
        this(edges, vertices, arrowHeads, new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "line-painter");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    /**
     * As above, painting on {@code painter} (one thread: pictures are painted one after the other),
     * which {@link #retire()} shuts down.
     */
    LineLayer(Collection<PaintedLine> edges, Collection<SmartGraphVertexNode<ActorVertex>> vertices,
              ArrowHeads arrowHeads, ExecutorService painter) {
        this.painter = painter;
        this.edges = List.copyOf(edges);
        this.arrowHeads = arrowHeads;
        picture.setMouseTransparent(true);
        picture.setManaged(false);
        picture.setSmooth(true);
        picture.getStyleClass().add("line-layer");
        ChangeListener<Number> moved = (obs, old, now) -> {
            if (movesIgnored) {
                movedWhileIgnored = true;
            } else {
                changed();
            }
        };
        for (SmartGraphVertexNode<ActorVertex> vertex : vertices) {
            vertex.centerXProperty().addListener(moved);
            vertex.centerYProperty().addListener(moved);
            vertex.radiusProperty().addListener(moved);
        }
        // The first painting in a run loads and compiles Java2D's painting code: a few hundred
        // milliseconds the first picture would otherwise wait for. Done while the drawing is
        // still being built and placed.
        painter.execute(LineRaster::warmUp);
        viewSettled.setOnFinished(e -> {
            // A picture being painted is checked against the view when it is shown: painting
            // another meanwhile would paint 90,000 lines again for nothing.
            if (viewport != null && inFlight == null && offThePixels()) {
                changed();
            }
        });
    }

    /** The node that shows the picture; it goes behind the vertices. */
    ImageView node() {
        return picture;
    }

    /**
     * Starts painting for a drawing of this size shown through {@code viewport}; until then,
     * changes are only noted.
     */
    void show(ViewportModel viewport, double width, double height) {
        if (this.viewport != null) {
            return;
        }
        this.viewport = viewport;
        this.panelWidth = width;
        this.panelHeight = height;
        viewport.scaleProperty().addListener(viewChanged);
        viewport.translateXProperty().addListener(viewChanged);
        viewport.translateYProperty().addListener(viewChanged);
        viewport.viewportWidthProperty().addListener(viewChanged);
        viewport.viewportHeightProperty().addListener(viewChanged);
        window = picture.getScene() == null ? null : picture.getScene().getWindow();
        if (window != null) {
            window.outputScaleXProperty().addListener(viewChanged);
        }
        // At once, not after the events already waiting: the first picture is what the drawing
        // still lacks.
        changes++;
        paint();
    }

    /** Stops painting: the drawing has left the window. */
    void retire() {
        if (viewport == null) {
            return;
        }
        viewport.scaleProperty().removeListener(viewChanged);
        viewport.translateXProperty().removeListener(viewChanged);
        viewport.translateYProperty().removeListener(viewChanged);
        viewport.viewportWidthProperty().removeListener(viewChanged);
        viewport.viewportHeightProperty().removeListener(viewChanged);
        if (window != null) {
            window.outputScaleXProperty().removeListener(viewChanged);
            window = null;
        }
        viewport = null;
        viewSettled.stop();
        if (inFlight != null) {
            inFlight.set(true);
            inFlight = null;
        }
        painter.shutdown();
        afterPaint.clear();
    }

    /** Something the lines show changed (a look, a visibility, a position): paints them again. */
    void changed() {
        changes++;
        if (viewport == null || scheduled) {
            return;
        }
        // Once per round of changes: a restyle changes thousands of lines, then the arrows.
        scheduled = true;
        Platform.runLater(this::paint);
    }

    /**
     * While an actor is dragged, its lines are hidden and sketched: the others do not move, so
     * moving vertices need no new picture.
     */
    void ignoreMoves(boolean ignored) {
        movesIgnored = ignored;
        if (!ignored && movedWhileIgnored) {
            movedWhileIgnored = false;
            changed(); // another vertex may have moved meanwhile (a new layout during the drag)
        }
    }

    /** How many changes the layer has been told of (each asks for a new picture); for the tests. */
    long changeCount() {
        return changes;
    }

    /**
     * Whether the picture shows the lines as they are now, where the view is and at its zoom (a
     * view not yet settled shows the picture enlarged, reduced or between pixels).
     */
    boolean isCurrent() {
        return viewport != null && shownChanges == changes && !scheduled && inFlight == null
                && viewSettled.getStatus() != javafx.animation.Animation.Status.RUNNING;
    }

    /**
     * Runs {@code action} once a picture shows every change made so far (at once if the one shown
     * does), even if more changes follow meanwhile.
     */
    void whenCurrent(Runnable action) {
        if (shownChanges == changes) {
            action.run();
        } else {
            afterPaint.add(new Waiting(changes, action));
        }
    }

    private void viewChanged() {
        if (viewport == null) {
            return;
        }
        if (!covers(paintedArea, area(LEAD))) {
            changed(); // ahead of the view, before it reaches the picture's edge
        } else if (offThePixels()) {
            viewSettled.playFromStart();
        }
    }

    // Whether the picture shown is enlarged or reduced, or no longer falls on the screen's pixels.
    private boolean offThePixels() {
        if (paintedArea == null) {
            return false;
        }
        double scale = viewport.getScale();
        if (Math.abs(scale / paintedScale - 1) > 0.001 || outputScale() != paintedOutputScale) {
            return true;
        }
        if (!paintedAligned) {
            return false; // a capped picture is never on the pixels: painting it again would not help
        }
        double x = (viewport.translateXProperty().get() + scale * paintedArea.minX()) * paintedOutputScale;
        double y = (viewport.translateYProperty().get() + scale * paintedArea.minY()) * paintedOutputScale;
        return Math.abs(x - Math.rint(x)) > 0.01 || Math.abs(y - Math.rint(y)) > 0.01;
    }

    private double outputScale() {
        if (window == null) {
            return 1;
        }
        // A window not shown yet (its first graph is drawn before it shows) has no scale of its
        // own yet: the main screen's is the likeliest.
        return window.isShowing() ? window.getOutputScaleX() : javafx.stage.Screen.getPrimary().getOutputScaleX();
    }

    private void paint() {
        scheduled = false;
        if (viewport == null || inFlight != null || shownChanges == changes) {
            return; // a painting under way starts the next when it ends
        }
        long paintedChanges = changes;
        double viewScale = viewport.getScale();
        double outputScale = outputScale();
        Rect wanted = MotionStill.wholeFits(panelWidth, panelHeight, viewport)
                ? new Rect(-PAD, -PAD, panelWidth + PAD, panelHeight + PAD) : area(MotionStill.MARGIN);
        if (wanted == null) {
            // Nothing of the drawing in view: nothing to paint, and nothing painted stays valid.
            picture.setImage(null);
            paintedArea = null;
            shownChanges = paintedChanges;
            finished();
            return;
        }
        // Pixels of the picture per drawing unit: the screen's, on a high-density screen too.
        double exact = viewScale * outputScale;
        double scale = exact;
        double pixels = wanted.width() * scale * wanted.height() * scale;
        if (pixels > MAX_PIXELS) {
            scale *= Math.sqrt(MAX_PIXELS / pixels);
        }
        // Two pixels to spare: aligning may add one.
        scale = Math.min(scale, (MAX_SIDE - 2) / Math.max(wanted.width(), wanted.height()));
        // The picture's pixels fall on the screen's: shown between them, every line would be
        // smoothed over two pixels and look washed out.
        double minX = wanted.minX();
        double minY = wanted.minY();
        boolean aligned = scale == exact;
        if (aligned) {
            double tx = viewport.translateXProperty().get();
            double ty = viewport.translateYProperty().get();
            minX = (Math.floor((tx + viewScale * minX) * outputScale) / outputScale - tx) / viewScale;
            minY = (Math.floor((ty + viewScale * minY) * outputScale) / outputScale - ty) / viewScale;
        }
        int width = (int) Math.ceil((wanted.maxX() - minX) * scale);
        int height = (int) Math.ceil((wanted.maxY() - minY) * scale);
        Rect area = new Rect(minX, minY, minX + width / scale, minY + height / scale);
        List<LineRaster.Stroke> strokes = strokes();
        AtomicBoolean cancelled = new AtomicBoolean();
        inFlight = cancelled;
        // The first picture on every processor: the drawing waits for its lines. Later ones leave
        // one to the window, which keeps answering while they are painted.
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = shownChanges < 0 ? processors : Math.max(1, processors - 1);
        double pixelsPerUnit = scale;
        painter.execute(() -> {
            WritableImage painted = null;
            try {
                LineRaster.Pixels painting = LineRaster.paint(strokes, area.minX(), area.minY(), pixelsPerUnit, width,
                        height, threads, cancelled::get);
                if (painting != null) {
                    painted = new WritableImage(painting.width(), painting.height());
                    painted.getPixelWriter().setPixels(0, 0, painting.width(), painting.height(),
                            PixelFormat.getIntArgbPreInstance(), painting.argb(), 0, painting.width());
                }
            } finally {
                // Always answered, whatever went wrong (out of memory for a huge picture), or the
                // layer would wait for this painting for ever.
                WritableImage result = painted;
                Platform.runLater(() -> shown(cancelled, result, area, viewScale, outputScale, aligned, paintedChanges));
            }
        });
    }

    private void shown(AtomicBoolean painting, WritableImage image, Rect area, double viewScale, double outputScale,
                       boolean aligned, long paintedChanges) {
        if (inFlight != painting || painting.get()) {
            return; // retired meanwhile
        }
        inFlight = null;
        if (image == null) {
            // Painting failed: the old picture stays until the next change, rather than painting
            // the same again and again; changes made while it was painted are painted now.
            shownChanges = paintedChanges;
            if (shownChanges != changes) {
                changed();
            } else if (offThePixels()) {
                viewSettled.playFromStart(); // the view may have settled while it was painted
            }
            return;
        }
        picture.setImage(image);
        picture.setX(area.minX());
        picture.setY(area.minY());
        picture.setFitWidth(area.width());
        picture.setFitHeight(area.height());
        paintedArea = area;
        paintedScale = viewScale;
        paintedOutputScale = outputScale;
        paintedAligned = aligned;
        shownChanges = paintedChanges;
        finished();
        // The view may have moved on while this was painted.
        if (!covers(paintedArea, area(LEAD))) {
            changes++;
        } else if (offThePixels()) {
            viewSettled.playFromStart();
        }
        if (shownChanges != changes) {
            changed();
        }
    }

    private void finished() {
        List<Waiting> ready = afterPaint.stream().filter(waiting -> waiting.change() <= shownChanges).toList();
        afterPaint.removeAll(ready);
        ready.forEach(waiting -> waiting.action().run());
    }

    // What the lines look like now, in painting order: each visible curve, then its arrow head.
    // Package-private for the tests, which check what is painted.
    List<LineRaster.Stroke> strokes() {
        List<LineRaster.Stroke> strokes = new ArrayList<>();
        for (PaintedLine edge : edges) {
            if (!edge.isVisible()) {
                continue;
            }
            double[] c = edge.curve();
            Look look = lookOf(edge);
            strokes.add(new LineRaster.Stroke(LineRaster.Shape.CUBIC, c, new int[0], look.rgb(), look.width(),
                    look.dash()));
            if (arrowHeads.shown(edge)) {
                strokes.add(arrowStrokeOf(edge));
            }
        }
        return strokes;
    }

    /** A line's arrow head as it is painted: its line's colour, solid (EdgeStyles.arrowStyle). */
    LineRaster.Stroke arrowStrokeOf(PaintedLine edge) {
        return arrowStroke(edge.curve(), arrowHeads.size(), arrowHeads.scale(edge),
                new Look(lookOf(edge).rgb(), arrowHeads.width(edge), new float[0]));
    }

    // SmartGraph's arrow head, worked out as its arrow node would place it: two strokes of `size`
    // back from the line's end at 45 degrees, turned as the curve arrives (from its second control
    // point), set half a unit back, and grown with its stroke by the scale.
    static LineRaster.Stroke arrowStroke(double[] c, double size, double scale, Look look) {
        double angle = Math.atan2(c[7] - c[5], c[6] - c[4]);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] local = {-0.5, 0, -size * scale - 0.5, size * scale, -0.5, 0, -size * scale - 0.5, -size * scale};
        double[] points = new double[local.length];
        for (int i = 0; i < local.length; i += 2) {
            points[i] = c[6] + cos * local[i] - sin * local[i + 1];
            points[i + 1] = c[7] + sin * local[i] + cos * local[i + 1];
        }
        return new LineRaster.Stroke(LineRaster.Shape.POLYLINE, points, new int[] {0, 2}, look.rgb(),
                look.width() * scale, new float[0]);
    }

    /** The width of a line without a style of its own, as the stylesheet's .edge rule gives it. */
    static double defaultWidth() {
        return EDGE_DEFAULT.width();
    }

    /** How a line looks: its inline style, or the stylesheet's default for lines. */
    Look lookOf(PaintedLine line) {
        Look look = line.look();
        if (look == null) {
            String style = line.style();
            look = style == null || style.isEmpty() ? EDGE_DEFAULT : looks.computeIfAbsent(style, s -> Look.parse(s, EDGE_DEFAULT));
            line.keepLook(look);
        }
        return look;
    }

    // What is in view, grown by a share of its size on every side, within the drawing and its pad;
    // null when none of it is in view.
    private Rect area(double margin) {
        return MotionStill.visibleArea(viewport, panelWidth, panelHeight, margin, PAD);
    }

    // Whether the painted area holds the wanted one; nothing wanted is always held. Aligning the
    // picture with the pixels may leave its edge a rounding error inside the wanted one.
    private static boolean covers(Rect painted, Rect wanted) {
        if (wanted == null) {
            return true;
        }
        double slack = 1e-6;
        return painted != null && painted.minX() <= wanted.minX() + slack && painted.minY() <= wanted.minY() + slack
                && painted.maxX() >= wanted.maxX() - slack && painted.maxY() >= wanted.maxY() - slack;
    }

    /** A painted colour (0xRRGGBB) as JavaFX paints it. */
    static javafx.scene.paint.Color color(int rgb) {
        return javafx.scene.paint.Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    /** A line's colour, width and dashes, read from the inline CSS the drawing gave it. */
    record Look(int rgb, double width, float[] dash) {

        javafx.scene.paint.Color color() {
            return LineLayer.color(rgb);
        }

        static Look parse(String css, Look fallback) {
            int rgb = fallback.rgb();
            double width = fallback.width();
            float[] dash = fallback.dash();
            for (String declaration : css.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = declaration.substring(0, colon).trim();
                String value = declaration.substring(colon + 1).trim();
                try {
                    switch (name) {
                        case "-fx-stroke" -> rgb = Integer.parseInt(value.substring(1), 16);
                        case "-fx-stroke-width" -> width = Double.parseDouble(value);
                        case "-fx-stroke-dash-array" -> {
                            String[] parts = value.split("\\s+");
                            dash = new float[parts.length];
                            for (int i = 0; i < parts.length; i++) {
                                dash[i] = Float.parseFloat(parts[i]);
                            }
                        }
                        default -> { }
                    }
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    // The drawing writes these styles itself; a value it never writes keeps the default.
                }
            }
            return new Look(rgb, width, dash);
        }
    }
}

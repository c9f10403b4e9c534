package org.actorgraph.ui.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.actorgraph.analysis.ActorPath;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.lazy.NextFrame;
import org.actorgraph.ui.selection.Selection;

/**
 * The graph on screen: a SmartGraph panel inside a zoomable, pannable viewport. It only binds to
 * {@link GraphViewModel}: clicks select, drags pin, the wheel zooms, hovering shows a tooltip.
 */
public final class GraphView extends StackPane {

    /** How far from a thin line, in screen pixels, a click or hover still hits it. */
    static final double HIT_TOLERANCE = 6;

    private final GraphViewModel viewModel;
    private final SmartGraphAdapter adapter;
    private final ZoomPane viewport;
    private final Label placeholder = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition tooltipDelay = new PauseTransition(Duration.millis(350));
    private GraphDrawing drawing;
    // A drawing built on the thread that opened the corpus, before its graph arrived (see show()).
    private final AtomicReference<GraphDrawing> drawnAhead = new AtomicReference<>();
    // A drawing built in the background, in the window but not yet shown (see stageThenAdopt()).
    private GraphDrawing staged;
    // The layout the staged drawing was given the analysis styles for, while nothing changed them.
    private GraphLayout stagedStyledFor;
    // The latest layout of a graph whose drawing is being built in the background or readied.
    private GraphLayout awaited;
    // Work that waits for the window to be laid out (see whenShowing()).
    private final List<Runnable> untilPlaced = new ArrayList<>();
    // Work that waits for the drawing on its way to be in place (see whenDrawn()).
    private final List<Runnable> untilAdopted = new ArrayList<>();
    private boolean placedUnseen;
    private final MotionStill motion;
    private Object hovered;
    private Actor pressedActor;
    private Point pressedAt;
    private double tipX;
    private double tipY;

    public GraphView(GraphViewModel viewModel, SmartGraphAdapter adapter) {
        this.viewModel = viewModel;
        this.adapter = adapter;
        this.viewport = new ZoomPane(viewModel.viewport());
        getStyleClass().add("graph-view");
        placeholder.getStyleClass().add("graph-placeholder");
        placeholder.setMouseTransparent(true);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        tooltip.getStyleClass().add("graph-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        getChildren().addAll(viewport, placeholder);
        setMinSize(200, 200);
        viewModel.viewport().setContentBounds(() -> drawing == null ? null : drawing.contentBounds());
        motion = new MotionStill(viewModel.viewport(), () -> drawing);
        viewModel.viewport().scaleProperty().addListener((obs, old, now) -> updateDetail());

        viewModel.layoutProperty().addListener((obs, old, layout) -> show(layout));
        // Nodes may be made off the UI thread until they are in a window: building the panel of a
        // graph of a few hundred actors takes a few hundred milliseconds, which the window would
        // otherwise spend frozen when the graph arrives.
        viewModel.prepareDrawingsWith(layout -> drawnAhead.set(new GraphDrawing(adapter, layout)));
        viewModel.selectionProperty().addListener((obs, old, now) -> {
            markSelection(now);
            updateDetail();
        });
        viewModel.pinned().addListener((MapChangeListener<Actor, Point>) change -> markPinned());
        viewModel.vertexSizeMetricProperty().addListener((obs, old, now) -> applyAnalysisStyles());
        viewModel.vertexColouringProperty().addListener((obs, old, now) -> applyAnalysisStyles());
        viewModel.highlightedPathProperty().addListener((obs, old, now) -> applyAnalysisStyles());
        viewModel.storyMaskProperty().addListener((obs, old, now) -> applyAnalysisStyles());
        viewModel.backgroundProperty().addListener((obs, old, now) -> applyAnalysisStyles());
        // A large graph's centrality and communities arrive from the background after it is drawn.
        viewModel.metrics().outcomesProperty().addListener((obs, old, now) -> {
            if (viewModel.stylesDependOnMetrics()) {
                applyAnalysisStyles();
            }
        });
        setFocusTraversable(true);
        // After the press: the tab pane around the graph takes the focus on press, and its arrow
        // keys would switch tabs instead of moving through the story.
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> requestFocus());
        getStyleClass().add("focusable-graph");

        viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        viewport.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, e));
        tooltipDelay.setOnFinished(e -> showTooltip());
        if (viewModel.layoutProperty().get() != null) {
            show(viewModel.layoutProperty().get());
        }
    }

    private void show(GraphLayout layout) {
        showLayout(layout);
        if (awaited == null && staged == null) {
            goOnAfterPendingDrawing(); // nothing on its way any more, or only a drawing being placed
        }
    }

    private void showLayout(GraphLayout layout) {
        hover(null, null);
        if (layout == null) {
            forgetPendingDrawing();
            if (drawing != null) {
                drawing.retire();
            }
            drawing = null;
            viewport.clearContent();
            return;
        }
        if (awaited != null && awaited.base() == layout.base()) {
            // The drawing being built or readied shows this when it is ready; fitted to the window
            // if either layout asked for that (a filter change meanwhile keeps the view, a new
            // overview does not).
            awaited = awaited.keepViewport() || !layout.keepViewport() ? layout : new GraphLayout(layout.graph(),
                    layout.base(), layout.positions(), layout.width(), layout.height(), false);
            return;
        }
        forgetPendingDrawing();
        if (drawing != null && drawing.draws(layout)) {
            // A filter change or a new layout of the same corpus: hide, show and move, no new panel.
            drawing.showOnly(layout.graph());
            if (layout.keepViewport()) {
                drawing.apply(layout);
            }
            if (drawing.isInitialised()) {
                applyAnalysisStyles(); // restyles once, with what the filters left
            } else {
                drawing.restyle();
            }
            if (!layout.keepViewport()) {
                // A new layout of the graph on screen: the actors glide there, then it is fitted.
                drawing.animateTo(layout, () -> {
                    viewModel.viewport().fit();
                    updateDetail();
                });
            }
            return;
        }
        GraphDrawing ahead = drawnAhead.get();
        if (ahead != null && ahead.layout().equals(layout) && drawnAhead.compareAndSet(ahead, null)) {
            if (layout.hasManyLines() && isOnScreen()) {
                // A corpus opened in the window: its drawing joins it in steps, as one drawn in
                // the background does, so that no one event puts thousands of nodes in place.
                stageThenAdopt(ahead, layout);
            } else {
                ready(ahead, layout);
            }
        } else if (layout.hasManyLines()) {
            // Made away from the window, which stays responsive; the old drawing stays, dimmed
            // and inert, until the new one is ready.
            waitForNextDrawing(true);
            awaited = layout;
            viewModel.drawInBackground(layout.base().actors().size(),
                    () -> new GraphDrawing(adapter, layout), built -> {
                        GraphLayout latest = awaited;
                        if (latest == null || latest.base() != built.layout().base()) {
                            return;
                        }
                        if (isOnScreen()) {
                            stageThenAdopt(built, latest);
                        } else {
                            // A window not shown yet has no frames to style it in: the window
                            // lays it out before it shows.
                            awaited = null;
                            adopt(built, latest);
                        }
                    }, () -> {
                        forgetPendingDrawing();
                        goOnAfterPendingDrawing();
                    });
        } else {
            adopt(new GraphDrawing(adapter, layout), layout);
        }
    }

    // While another drawing is on its way the one shown is dimmed and ignores the mouse.
    // Kept as a picture meanwhile, when the whole drawing at this zoom is not much larger than
    // the window (the picture covers all of it): the frames that ready the next drawing would
    // otherwise paint the dimmed one again each time (40 instead of 60-100 ms a frame at 1,000
    // actors). Zoomed far in, the picture would be too large to make.
    private void waitForNextDrawing(boolean waiting) {
        viewport.setOpacity(waiting && drawing != null ? 0.45 : 1);
        viewport.setMouseTransparent(waiting);
        if (drawing != null) {
            drawing.root().setCache(waiting && MotionStill.wholeFitsInAPicture(drawing, viewModel.viewport()));
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private boolean isOnScreen() {
        Window window = window();
        return window != null && window.isShowing();
    }

    // The drawing built while the corpus opened is shown at once in a window not on screen yet
    // (the window shows with it, decision 15), and when it is small.
    private void ready(GraphDrawing built, GraphLayout layout) {
        awaited = null;
        adopt(built, layout);
    }

    /**
     * Nodes of a drawing made in the background that join the window per frame while it is
     * styled unseen: about 50 ms of JavaFX's styling on a 2-core machine.
     */
    static final int STAGED_PER_FRAME = 500;

    // A drawing built in the background joins the window unseen, where JavaFX styles its vertices
    // and names (2,000 nodes when every actor of 1,000 is drawn) a part per frame without painting
    // anything. Then one frame each places it (SmartGraph's init) and gives it the analysis styles
    // (a large drawing's vertices take theirs a part per frame), and it shows with nothing left to
    // style: each well under 100 ms at 1,000 actors.
    private void stageThenAdopt(GraphDrawing built, GraphLayout layout) {
        awaited = layout; // a filter change meanwhile replaces it (see show())
        waitForNextDrawing(true);
        staged = built;
        stagedStyledFor = null;
        built.holdBackAllBut(STAGED_PER_FRAME);
        viewport.stage(built.root());
        whenShowing(() -> {
            if (staged != built) {
                return;
            }
            new AnimationTimer() {
                private boolean first = true;
                private boolean styled;

                @Override
                public void handle(long now) {
                    if (staged != built) {
                        stop();
                        return;
                    }
                    if (first) {
                        first = false; // this frame styles the nodes staged
                        return;
                    }
                    if (built.putBackPart(STAGED_PER_FRAME)) {
                        return;
                    }
                    if (!built.isInitialised()) {
                        built.init();
                        return;
                    }
                    if (!styled) {
                        // Once: a change after this is applied when the drawing shows (adopt()).
                        styled = true;
                        built.showOnly(awaited.graph());
                        if (awaited != built.layout()) {
                            built.apply(awaited);
                        }
                        styleForAnalysis(built);
                        stagedStyledFor = awaited;
                        return;
                    }
                    if (!built.vertexStylesApplied()) {
                        return; // a large drawing's vertices take their styles a part per frame
                    }
                    stop();
                    staged = null;
                    GraphLayout latest = awaited;
                    awaited = null;
                    boolean styledForLatest = stagedStyledFor == latest;
                    stagedStyledFor = null;
                    adopt(built, latest, styledForLatest, true);
                }
            }.start();
        });
    }

    // Another graph is shown instead of the one being drawn, or the drawing failed: the old
    // drawing is itself again.
    private void forgetPendingDrawing() {
        if (awaited == null && staged == null) {
            return;
        }
        awaited = null;
        stagedStyledFor = null;
        if (staged != null) {
            viewport.unstage(staged.root());
            staged = null;
        }
        viewModel.abandonDrawing();
        waitForNextDrawing(false);
    }

    // Puts a new drawing on screen, fitted to the window unless the layout keeps the view.
    private void adopt(GraphDrawing built, GraphLayout layout) {
        adopt(built, layout, false, false);
    }

    // styled: the drawing has the analysis styles for this layout already (given unseen).
    // linesNextFrame: the lines are handed to their painter a frame later (a staged drawing: going
    // over its lines takes 25-50 ms, which the frame that puts it on screen and fits it cannot spare).
    private void adopt(GraphDrawing built, GraphLayout layout, boolean styled, boolean linesNextFrame) {
        hover(null, null);
        waitForNextDrawing(false); // the drawing replaced is itself again, not a picture
        if (drawing != null && drawing != built) {
            drawing.retire();
        }
        drawing = built;
        built.showOnly(layout.graph()); // the filters may have changed while it was built
        boolean readied = built.root().getParent() == viewport;
        viewport.setContent(built.root());
        boolean[] done = {false};
        whenShowing(() -> {
            if (drawing != built || done[0]) {
                return;
            }
            done[0] = true;
            built.init(); // nothing when it was readied in the window
            if (layout != built.layout()) {
                built.apply(layout);
            }
            markPinned();
            markSelection(viewModel.selectionProperty().get());
            if (styled) {
                // The names and arrow heads kept were chosen a frame ago: the selection or the
                // zoom may have changed since.
                updateDetail();
            } else {
                applyAnalysisStyles();
            }
            if (!readied) {
                // Styles the new nodes before the fit measures them. Not for a drawing readied in
                // the window, whose nodes are styled already: applyCss() restyles every node below,
                // changed or not (100 ms at 1,000 actors), where the next frame styles only changes.
                built.panel().applyCss();
            }
            built.panel().layout();
            if (!layout.keepViewport()) {
                viewModel.viewport().fit();
            }
            if (linesNextFrame) {
                NextFrame.inNextPulse(() -> {
                    if (drawing == built) {
                        built.showLinesIn(viewModel.viewport());
                        goOnAfterPendingDrawing();
                    }
                });
            } else {
                built.showLinesIn(viewModel.viewport());
                goOnAfterPendingDrawing();
            }
        });
    }

    // SmartGraph's init() needs the panel in a window that has been laid out: one on screen, or
    // one laid out before it is shown (see placedUnseen()).
    private void whenShowing(Runnable action) {
        if (isOnScreen() || placedUnseen && window() != null) {
            action.run();
            return;
        }
        // Runs once, at whichever comes first: the window laid out unseen, or shown.
        Runnable once = new Runnable() {
            private boolean ran;

            @Override
            public void run() {
                if (!ran) {
                    ran = true;
                    action.run();
                }
            }
        };
        untilPlaced.add(once);
        // The window this view is in, or will be in, once it shows.
        ObservableValue<Boolean> shown = sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    shown.removeListener(this);
                    untilPlaced.remove(once);
                    once.run();
                }
            }
        });
    }

    /**
     * Tells the view that its window has been styled and laid out but is not shown yet: a drawing
     * waiting for the window is put in place now, so that the window's first frame shows it.
     */
    public void placedUnseen() {
        placedUnseen = true;
        List<Runnable> waiting = List.copyOf(untilPlaced);
        untilPlaced.clear();
        waiting.forEach(Runnable::run);
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        motion.stop();
        pressedActor = null;
        if (drawing == null || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        hover(null, event);
        drawing.actorAt(event.getSceneX(), event.getSceneY()).ifPresent(actor -> {
            pressedActor = actor;
            pressedAt = drawing.positionOf(actor).orElse(null);
        });
    }

    // Dragging an actor: the rest of the drawing is shown as a picture until the release.
    private void dragged(MouseEvent event) {
        if (pressedActor != null) {
            motion.dragging(pressedActor);
        }
    }

    private void released(MouseEvent event) {
        motion.stop();
        if (drawing == null || pressedActor == null || pressedAt == null) {
            return;
        }
        Actor actor = pressedActor;
        pressedActor = null;
        drawing.positionOf(actor).ifPresent(now -> {
            if (now.distanceTo(pressedAt) > 0.5) {
                viewModel.moved(actor, pressedAt, now);
            }
        });
    }

    private void clicked(MouseEvent event) {
        if (drawing == null || event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        select(event.getSceneX(), event.getSceneY(), event.getClickCount());
    }

    /**
     * What a click at a scene point does: select the actor or relation there, or clear the
     * selection on empty background. A double click on a community of an overview shows its
     * members; on a pinned actor it releases it.
     */
    void select(double sceneX, double sceneY, int clickCount) {
        Optional<Actor> actor = drawing.actorAt(sceneX, sceneY);
        if (actor.isPresent()) {
            if (clickCount == 2 && viewModel.activate(actor.get())) {
                return;
            }
            viewModel.select(actor.get());
            return;
        }
        Optional<AggregatedRelation> relation = drawing.relationAt(sceneX, sceneY,
                viewModel.viewport().getScale(), HIT_TOLERANCE);
        if (relation.isPresent()) {
            viewModel.select(relation.get());
        } else {
            viewModel.clearSelection();
        }
    }

    private void moved(MouseEvent event) {
        if (drawing == null) {
            return;
        }
        Object target = drawing.actorAt(event.getSceneX(), event.getSceneY()).map(Object.class::cast)
                .or(() -> drawing.relationAt(event.getSceneX(), event.getSceneY(),
                        viewModel.viewport().getScale(), HIT_TOLERANCE))
                .orElse(null);
        if (target instanceof AggregatedRelation) {
            viewport.setCursor(Cursor.HAND);
        } else if (viewport.getCursor() == Cursor.HAND) {
            viewport.setCursor(Cursor.DEFAULT);
        }
        hover(target, event);
    }

    private void hover(Object target, MouseEvent event) {
        if (event != null) {
            tipX = event.getScreenX();
            tipY = event.getScreenY();
        }
        if (target != null && target.equals(hovered)) {
            return;
        }
        hovered = target;
        updateDetail();
        tooltip.hide();
        tooltipDelay.stop();
        if (target != null) {
            tooltipDelay.playFromStart();
        }
    }

    private void showTooltip() {
        Window window = window();
        if (hovered == null || window == null) {
            return;
        }
        tooltip.setText(hovered instanceof AggregatedRelation relation
                ? viewModel.tooltip(relation) : viewModel.tooltip((Actor) hovered));
        tooltip.show(window, tipX + 14, tipY + 18);
    }

    private void markSelection(Selection selection) {
        if (drawing == null || !drawing.isInitialised()) {
            return;
        }
        drawing.highlight(selection instanceof Selection.RelationSelected r ? r.relation() : null);
        drawing.markSelected(selection instanceof Selection.ActorSelected a ? a.actor() : null);
    }

    // Vertex size metric, community colours and an emphasised path, from the view model.
    private void applyAnalysisStyles() {
        stagedStyledFor = null; // a drawing being readied has to catch up with the change
        if (drawing == null || !drawing.isInitialised()) {
            return;
        }
        styleForAnalysis(drawing);
    }

    // Sizes, colours, path, story and level of detail as the view model says, in one restyle.
    private void styleForAnalysis(GraphDrawing target) {
        target.setRadii(viewModel.vertexRadii());
        target.setFills(viewModel.vertexFills());
        ActorPath path = viewModel.highlightedPathProperty().get();
        if (path == null) {
            target.markPath(null, null);
        } else {
            Set<AggregatedRelation> relations = new HashSet<>();
            path.steps().forEach(step -> relations.addAll(step.relations()));
            target.markPath(new HashSet<>(path.actors()), relations);
        }
        target.setBackground(viewModel.backgroundProperty().get());
        StoryMask mask = viewModel.storyMaskProperty().get();
        if (mask == null) {
            target.markStory(null, null);
        } else {
            Set<AggregatedRelation> shown = new HashSet<>();
            Set<AggregatedRelation> fresh = new HashSet<>();
            for (AggregatedRelation relation : target.graph().relations()) {
                if (mask.shows(relation)) {
                    shown.add(relation);
                    if (mask.adds(relation)) {
                        fresh.add(relation);
                    }
                }
            }
            target.markStory(shown, fresh);
        }
        chooseDetail(target);
        target.restyle(); // also shows names and arrow heads as chosen
    }

    private void updateDetail() {
        if (drawing == null || !drawing.isInitialised()) {
            return;
        }
        chooseDetail(drawing);
        drawing.applyDetail();
    }

    // Zoomed out on a large graph, names and arrow heads are left out except for the actors and
    // lines that matter now: the most connected, the selected, the hovered, an emphasised path.
    private void chooseDetail(GraphDrawing target) {
        LevelOfDetail detail = LevelOfDetail.at(viewModel.viewport().getScale(), target.vertexCount(),
                target.edgeCount());
        // In order of priority: what the user points at or chose first, then the most connected.
        Set<Actor> named = new java.util.LinkedHashSet<>();
        Set<AggregatedRelation> arrowed = new HashSet<>();
        if (!detail.equals(LevelOfDetail.FULL)) {
            Selection selection = viewModel.selectionProperty().get();
            if (selection instanceof Selection.ActorSelected a) {
                named.add(a.actor());
            } else if (selection instanceof Selection.RelationSelected r) {
                arrowed.add(r.relation());
                named.add(r.relation().source());
                named.add(r.relation().target());
            }
            if (hovered instanceof Actor actor) {
                named.add(actor);
            } else if (hovered instanceof AggregatedRelation relation) {
                arrowed.add(relation);
                named.add(relation.source());
                named.add(relation.target());
            }
            ActorPath path = viewModel.highlightedPathProperty().get();
            if (path != null) {
                named.addAll(path.actors());
                path.steps().forEach(step -> arrowed.addAll(step.relations()));
            }
            arrowed.addAll(target.storyNewRelations());
            target.graph().actorsByDegree().stream().limit(LevelOfDetail.TOP_LABELS).forEach(named::add);
        }
        target.setDetail(detail, named, arrowed);
    }

    private void markPinned() {
        if (drawing != null) {
            drawing.markPinned(viewModel.pinned().keySet());
        }
    }

    /** The text the tooltip shows (or would show) now; for tests. */
    String tooltipText() {
        return tooltip.getText();
    }

    /** Number of vertices drawn. */
    public int vertexCount() {
        return drawing == null ? 0 : drawing.vertexCount();
    }

    /** Number of edges visible now: all edges, or those a story step has reached. */
    public int visibleEdgeCount() {
        return drawing == null ? 0 : drawing.visibleRelations().size();
    }

    /** The relations the current story step adds, emphasised; empty outside a story. */
    public Set<AggregatedRelation> storyNewRelations() {
        return drawing == null ? Set.of() : drawing.storyNewRelations();
    }

    /** Number of edges drawn. */
    public int edgeCount() {
        return drawing == null ? 0 : drawing.edgeCount();
    }

    /** Where on screen the middle of a relation's line is, to click it. */
    public Optional<Point2D> screenMidpointOf(AggregatedRelation relation) {
        return drawing == null ? Optional.empty()
                : drawing.sceneMidpointOf(relation).map(p -> localToScreen(sceneToLocal(p)));
    }

    /** Where on screen the centre of an actor's vertex is, to click or drag it. */
    public Optional<Point2D> screenCenterOf(Actor actor) {
        return drawing == null ? Optional.empty()
                : drawing.sceneCenterOf(actor).map(p -> localToScreen(sceneToLocal(p)));
    }

    /** Whether actors are gliding to a new layout. */
    public boolean isSettling() {
        return drawing != null && drawing.isSettling();
    }

    /** Whether the drawing is shown as a still picture because the view or an actor is moving. */
    public boolean isShowingStill() {
        return drawing != null && drawing.frozenArea() != null;
    }

    /**
     * Runs {@code action} once the graph is drawn: a drawing on its way is in place and its lines
     * are painted (at once if they are, or if there is no drawing and none on its way). An action
     * given to a drawing that is then replaced is dropped with it.
     */
    public void whenDrawn(Runnable action) {
        if (awaited != null || staged != null || drawing != null && !drawing.isInitialised()) {
            untilAdopted.add(action);
        } else if (drawing == null) {
            action.run();
        } else {
            drawing.whenLinesPainted(action);
        }
    }

    // The drawing on its way was put in place, or will not come: what waited for it goes on.
    private void goOnAfterPendingDrawing() {
        List<Runnable> waiting = List.copyOf(untilAdopted);
        untilAdopted.clear();
        waiting.forEach(this::whenDrawn);
    }

    /**
     * Whether the drawing has been placed in the window, no other is on its way, and its lines and
     * vertices show what changed last (a large drawing paints its lines in the background and
     * restyles its vertices a part per frame).
     */
    public boolean isDrawn() {
        return drawing != null && drawing.isInitialised() && awaited == null && drawing.linesPainted()
                && drawing.vertexStylesApplied();
    }
}

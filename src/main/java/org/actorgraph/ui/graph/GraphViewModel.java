package org.actorgraph.ui.graph;

import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.ActorMetrics;
import org.actorgraph.analysis.ActorPath;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.GroupPlacement;
import org.actorgraph.analysis.LayoutMonitor;
import org.actorgraph.analysis.Metric;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.analysis.GraphMetrics;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * State of the graph view: the graph being shown, its finished layout, pinned actors, the zoom,
 * and the commands the view's mouse handlers and the menus call. The layout is computed in the
 * background and applied once, so nothing moves (and no CPU is used) after it settles.
 */
public final class GraphViewModel {

    /** Seed of the first layout of every graph, so a corpus always opens looking the same. */
    static final long FIRST_SEED = ForceLayout.WINDOW_SEED;
    /**
     * Graphs of at most this many actors are laid out, and drawn, while they load (under half a
     * second); larger ones open as an overview of communities.
     */
    static final int PREPARED_LAYOUT_LIMIT = CorpusSession.OVERVIEW_ACTORS;

    private final CorpusSession session;
    private final SelectionModel selection;
    private final TaskExecutor executor;
    private final ForceLayout forceLayout;
    private final DialogService dialogs;
    private final ViewportModel viewport = new ViewportModel();

    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyBooleanWrapper layoutRunning = new ReadOnlyBooleanWrapper(this, "layoutRunning");
    private final Activity layoutActivity = new Activity();
    // The last layout ended in an error: the empty drawing says how to try again.
    private final BooleanProperty layoutFailed = new SimpleBooleanProperty();
    private final Activity drawingActivity = new Activity();
    // Read by the worker that builds a drawing, to skip a request made stale before it started.
    private final AtomicLong drawingRequest = new AtomicLong();
    private final ObservableMap<Actor, Point> pinned = FXCollections.observableHashMap();
    private final ObservableMap<Actor, Point> pinnedView = FXCollections.unmodifiableObservableMap(pinned);

    private final GraphMetrics metrics;
    private final ObjectProperty<Metric> vertexSizeMetric =
            new SimpleObjectProperty<>(this, "vertexSizeMetric", Metric.DEGREE);
    private final ObjectProperty<VertexColouring> vertexColouring =
            new SimpleObjectProperty<>(this, "vertexColouring", VertexColouring.KIND);
    private final ObjectProperty<ActorPath> highlightedPath = new SimpleObjectProperty<>(this, "highlightedPath");
    private final ObjectProperty<StoryMask> storyMask = new SimpleObjectProperty<>(this, "storyMask");
    private final ObjectProperty<String> background = new SimpleObjectProperty<>(this, "background", "#FBFBF8");

    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final UndoHistory history;
    // Where every actor of the full (unfiltered) graph goes; the drawn graph takes its places from here.
    private final Map<Actor, Point> positions = new HashMap<>();
    private double[] drawingSize = {900, 600};
    private AggregatedGraph laidOut;
    private AggregatedGraph layingOut;
    private long seed = FIRST_SEED;
    private long generation;
    private TaskExecutor.TaskHandle running;
    private Predicate<Actor> groupExpander = actor -> false;
    private Consumer<GraphLayout> drawingPreparer = layout -> { };
    // Written by the thread that opens a corpus, taken by the UI thread.
    private final AtomicReference<PreparedLayout> prepared = new AtomicReference<>();

    public GraphViewModel(CorpusSession session, SelectionModel selection, TaskExecutor executor,
                          ForceLayout forceLayout, DialogService dialogs) {
        this(session, selection, executor, forceLayout, dialogs, new UndoHistory());
    }

    public GraphViewModel(CorpusSession session, SelectionModel selection, TaskExecutor executor,
                          ForceLayout forceLayout, DialogService dialogs, UndoHistory history) {
        this.history = Objects.requireNonNull(history);
        this.session = Objects.requireNonNull(session);
        this.selection = Objects.requireNonNull(selection);
        this.executor = Objects.requireNonNull(executor);
        this.forceLayout = Objects.requireNonNull(forceLayout);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.metrics = new GraphMetrics(session, executor);
        session.graphProperty().addListener((obs, old, graph) -> graphChanged(old, graph));
        placeholder.bind(Bindings.createStringBinding(() -> {
            if (session.getGraph() == null) {
                return session.busyProperty().get() ? "Opening corpus…"
                        : "No corpus open. Open one with File › Open… (Ctrl+O) or drop a file here.";
            }
            if (!session.getGraph().actors().isEmpty()) {
                // A large graph arrives before its first layout: say so rather than show nothing.
                if (layout.get() != null) {
                    return "";
                }
                return layoutRunning.get() ? layoutActivity.messageProperty().get()
                        : layoutFailed.get() ? "The graph could not be laid out. View › Re-run layout (Ctrl+L) tries again."
                        : "";
            }
            AggregatedGraph full = session.getFullGraph();
            return full != null && !full.actors().isEmpty()
                    ? "No actor matches the filters. Reset them with Filters › Reset filters (Ctrl+R)."
                    : "This corpus has no actors to draw.";
        }, session.graphProperty(), session.busyProperty(), layout, layoutRunning, layoutFailed,
                layoutActivity.messageProperty()));
    }

    /** A message to show instead of the graph, or empty when there is a graph to show. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    private void graphChanged(AggregatedGraph old, AggregatedGraph graph) {
        // A path found on the previous graph may run through actors this one hides.
        highlightedPath.set(null);
        if (graph == null) {
            selection.clear();
            cancelLayout();
            laidOut = null;
            layout.set(null);
            return;
        }
        AggregatedGraph full = Objects.requireNonNullElse(session.getFullGraph(), graph);
        if (full != laidOut && full != layingOut) {
            boolean sameCorpus = laidOut != null && laidOut.corpus() == full.corpus();
            if (sameCorpus) {
                pinned.keySet().retainAll(full.actors());
            } else {
                pinned.clear();
                positions.clear();
                // The previous corpus's drawing goes: left on screen while this one is laid out,
                // its actors could be clicked and dragged though they are no longer in the session.
                laidOut = null;
                layout.set(null);
            }
            keepSelection(sameCorpus ? graph : null);
            seed = FIRST_SEED;
            computeLayout(full, Map.copyOf(pinned), false);
            return;
        }
        keepSelection(graph);
        if (full == laidOut) {
            publish(!overviewChanged(old, graph));
        }
    }

    // Another overview (all actors, top K, communities) draws at another scale: the view fits it.
    // A filter change or an expanded community keeps the zoom.
    private static boolean overviewChanged(AggregatedGraph old, AggregatedGraph now) {
        return old != null && overviewKind(old) != overviewKind(now);
    }

    private static ActorGroup.Kind overviewKind(AggregatedGraph graph) {
        return graph.groups().isEmpty() ? null : graph.groups().get(0).kind();
    }

    // A filter change keeps what is selected while it is still drawn; an edge is looked up again
    // because its claims may have changed.
    private void keepSelection(AggregatedGraph graph) {
        Selection current = selection.getSelection();
        if (graph == null) {
            selection.clear();
        } else if (current instanceof Selection.ActorSelected a) {
            graph.actor(a.actor().id()).or(() -> graph.groupContaining(a.actor()).map(ActorGroup::actor))
                    .ifPresentOrElse(selection::select, selection::clear);
        } else if (current instanceof Selection.RelationSelected r) {
            graph.relations().stream().filter(e -> e.id().equals(r.relation().id())).findFirst()
                    .ifPresentOrElse(selection::select, selection::clear);
        }
    }

    /** Lays the current graph out again, differently, keeping pinned actors where they are. */
    public void rerunLayout() {
        AggregatedGraph full = session.getFullGraph();
        if (full != null) {
            seed++;
            computeLayout(full, Map.copyOf(pinned), false);
        }
    }

    /**
     * Puts actors where a saved view had them: actors with a saved position stay there, the rest
     * are laid out around them. The zoom is left as it is.
     *
     * @param saved position per actor id; ids the graph does not know are ignored
     * @param pinnedIds the actors that are pinned afterwards
     */
    public void restorePositions(Map<String, Point> saved, Set<String> pinnedIds) {
        AggregatedGraph full = session.getFullGraph();
        if (full == null) {
            return;
        }
        Map<Actor, Point> fixed = new HashMap<>();
        for (Actor actor : full.actors()) {
            Point p = saved.get(actor.id());
            if (p != null) {
                fixed.put(actor, p);
            }
        }
        pinned.clear();
        fixed.forEach((actor, p) -> {
            if (pinnedIds.contains(actor.id())) {
                pinned.put(actor, p);
            }
        });
        computeLayout(full, fixed, true);
    }

    private void cancelLayout() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        layingOut = null;
        generation++;
        layoutRunning.set(false);
        layoutActivity.finish();
    }

    /**
     * Computes the first layout of a graph that is about to be shown, and has its drawing built, so
     * that it is on screen as soon as it arrives: the corpus session calls this on the thread that
     * opened the corpus, while the window may still be busy (at start-up it is being shown). The
     * result is the one the graph would get when it arrives. A graph of more than
     * {@link #PREPARED_LAYOUT_LIMIT} actors opens as an overview and is laid out after it arrives,
     * with its own progress. Safe to call from any thread.
     *
     * @param cancel stops the layout when the opening is cancelled
     */
    public void prepareFirstLayout(AggregatedGraph full, CancellationToken cancel) {
        if (full.actors().size() > PREPARED_LAYOUT_LIMIT) {
            return;
        }
        double[] size = GraphLayout.drawingSize(full.corpus().actors().size());
        Map<Actor, Point> computed = forceLayout.layout(full.graph(), size[0], size[1], FIRST_SEED, Map.of(),
                LayoutMonitor.stoppedWhen(cancel::isCancelled));
        cancel.throwIfCancelled();
        prepared.set(new PreparedLayout(full, computed));
        // An overview (communities, top K) is drawn instead of the whole graph: nothing to draw
        // ahead. Read off the UI thread, but the setting does not change while a corpus opens.
        if (session.actorGroupingProperty().get().isGrouped()) {
            return;
        }
        // What publish() will show when the graph arrives whole, unfiltered.
        Map<Actor, Point> placed = GroupPlacement.place(full, computed, size[0], size[1]);
        drawingPreparer.accept(new GraphLayout(full, full, placed, size[0], size[1], false));
        cancel.throwIfCancelled();
    }

    /**
     * Who builds the drawing of a layout ahead of time, on the thread that prepares the first
     * layout (see {@link #prepareFirstLayout}); the view registers itself here. The layout it gets
     * is equal to the one {@link #layoutProperty()} will hold, unless something changed meanwhile.
     */
    public void prepareDrawingsWith(Consumer<GraphLayout> preparer) {
        drawingPreparer = Objects.requireNonNull(preparer);
    }

    private record PreparedLayout(AggregatedGraph graph, Map<Actor, Point> positions) { }

    private void computeLayout(AggregatedGraph full, Map<Actor, Point> fixed, boolean keepViewport) {
        cancelLayout();
        double[] size = GraphLayout.drawingSize(full.corpus().actors().size());
        long request = generation;
        long layoutSeed = seed;
        PreparedLayout ready = prepared.getAndSet(null);
        if (ready != null && ready.graph() == full && layoutSeed == FIRST_SEED && fixed.isEmpty()) {
            laidOut(full, size, ready.positions(), keepViewport);
            return;
        }
        layingOut = full;
        layoutFailed.set(false);
        layoutRunning.set(true);
        // What the layout will be published for, as things stand now (see laidOutAhead).
        AggregatedGraph shownNow = session.getGraph();
        AggregatedGraph fullNow = session.getFullGraph();
        AggregatedGraph overviewNow = fullNow == null ? null : session.overviewOfFullGraph();
        AtomicBoolean settle = new AtomicBoolean();
        int expected = forceLayout.expectedIterations(size[0], size[1]);
        layoutActivity.start("Laying out " + actorCount(full.actors().size()) + "…", () -> stopLayout(full, settle));
        // A graph laid out again (Re-run layout, a saved view's places) keeps its drawing, which
        // moves: a drawing made ahead would not be used.
        boolean drawAhead = full != laidOut;
        TaskExecutor.TaskHandle handle = executor.submit(
                task -> laidOutAhead(task, full, shownNow, fullNow, overviewNow, size, keepViewport, drawAhead,
                        forceLayout.layout(full.graph(), size[0], size[1], layoutSeed, fixed,
                        new LayoutMonitor() {
                            @Override
                            public boolean cancelled() {
                                return task.isCancelled();
                            }

                            @Override
                            public void progress(int iteration, double movement) {
                                task.progress((double) iteration / expected, null);
                            }

                            @Override
                            public boolean settleNow() {
                                return settle.get();
                            }
                        })),
                result -> {
                    if (request == generation) {
                        running = null;
                        layoutActivity.finish(settle.get()
                                ? "Layout stopped early; View › Re-run layout lays the actors out again" : "");
                        laidOut(full, size, result.positions(), keepViewport, result.ahead());
                    }
                },
                error -> {
                    if (request == generation) {
                        running = null;
                        layingOut = null;
                        layoutFailed.set(true);
                        layoutRunning.set(false);
                        layoutActivity.finish();
                        dialogs.showError("Layout failed", String.valueOf(error.getMessage()));
                    }
                },
                progress -> {
                    if (request == generation) {
                        layoutActivity.report(progress);
                    }
                });
        if (request == generation && layoutRunning.get()) {
            running = handle;
        }
    }

    /**
     * Cancel in the status bar while a layout runs. When the graph on screen is being laid out again
     * (Rerun layout, a saved view's places), the layout stops and the actors stay where they are.
     * When there is no drawing of this graph yet (a corpus just opened or regrouped), the layout
     * stops where it has got to and that rough drawing is shown: an empty window would help nobody.
     */
    private void stopLayout(AggregatedGraph full, AtomicBoolean settle) {
        if (full == laidOut) {
            cancelLayout();
            layoutActivity.finish("Layout cancelled; the actors stay where they were");
        } else {
            settle.set(true);
            layoutActivity.start("Stopping the layout…", null);
        }
    }

    /** Stops a running layout as the status bar's Cancel does; nothing happens when none runs. */
    public void cancelRunningLayout() {
        layoutActivity.cancel();
    }

    private void laidOut(AggregatedGraph full, double[] size, Map<Actor, Point> result, boolean keepViewport) {
        laidOut(full, size, result, keepViewport, null);
    }

    private void laidOut(AggregatedGraph full, double[] size, Map<Actor, Point> result, boolean keepViewport,
                         PublishedAhead ahead) {
        layingOut = null;
        layoutRunning.set(false);
        laidOut = full;
        drawingSize = size;
        positions.clear();
        positions.putAll(result);
        if (ahead != null && ahead.stillFor(session)) {
            layout.set(ahead.layout());
        } else {
            publish(keepViewport);
        }
    }

    // A layout computed in the background, and what publish() will make of it.
    private record LaidOut(Map<Actor, Point> positions, PublishedAhead ahead) { }

    /**
     * What publish() makes of a layout, worked out on the layout's worker for the graph shown
     * when the layout started: the groups placed ({@link GroupPlacement} goes over the position
     * of every actor, 2,000 at 10k/100k) and, for a small drawing, the drawing made ahead. The UI
     * thread then only takes them, as long as the same graph is shown (decision 23).
     *
     * @param full     the full graph when the layout started
     * @param overview the overview of that full graph then
     */
    private record PublishedAhead(AggregatedGraph full, AggregatedGraph overview, GraphLayout layout) {

        // The layout was made with the keepViewport of the layout run it comes back to.
        boolean stillFor(CorpusSession session) {
            AggregatedGraph fullNow = session.getFullGraph();
            return layout.graph() == session.getGraph() && full == fullNow
                    && overview == (fullNow == null ? null : session.overviewOfFullGraph());
        }
    }

    // On the layout's worker: publish()'s layout for the graph shown when the layout started, with
    // the base that baseOf() gives once `full` is the graph laid out.
    private LaidOut laidOutAhead(TaskExecutor.TaskContext task, AggregatedGraph full, AggregatedGraph shown,
                                 AggregatedGraph fullNow, AggregatedGraph overviewNow, double[] size,
                                 boolean keepViewport, boolean drawAhead, Map<Actor, Point> positions) {
        if (shown == null || task.isCancelled()) {
            return new LaidOut(positions, null);
        }
        AggregatedGraph base = full == fullNow ? baseWithin(shown, overviewNow) : shown;
        GraphLayout ahead = new GraphLayout(shown, base, GroupPlacement.place(shown, positions, size[0], size[1]),
                size[0], size[1], keepViewport);
        if (drawAhead && !ahead.hasManyLines()) {
            drawingPreparer.accept(ahead); // a large one is made away from the window by the view
        }
        return new LaidOut(positions, new PublishedAhead(fullNow, overviewNow, ahead));
    }

    // Shows the drawn (filtered) graph at the positions of the full layout, so actors keep their
    // places whatever the filters leave out.
    private void publish(boolean keepViewport) {
        AggregatedGraph shown = session.getGraph();
        if (shown == null || laidOut == null) {
            return;
        }
        layout.set(new GraphLayout(shown, baseOf(shown), GroupPlacement.place(shown, positions, drawingSize[0],
                drawingSize[1]), drawingSize[0], drawingSize[1], keepViewport));
    }

    // The full graph (or its overview) when the shown one is a part of it (what filters make), so
    // the view can hide elements instead of drawing anew; otherwise the shown graph itself.
    private AggregatedGraph baseOf(AggregatedGraph shown) {
        if (session.getFullGraph() == null || laidOut != session.getFullGraph()) {
            return shown;
        }
        // In an overview, the overview of the unfiltered graph: the filters keep its groups.
        return baseWithin(shown, session.overviewOfFullGraph());
    }

    // `full` when `shown` is a part of it, else `shown`.
    private static AggregatedGraph baseWithin(AggregatedGraph shown, AggregatedGraph full) {
        if (full == null || full == shown) {
            return shown;
        }
        // Actors and relations are equal by id, so these are hash look-ups.
        for (Actor actor : shown.actors()) {
            if (!full.graph().containsVertex(actor)) {
                return shown;
            }
        }
        for (AggregatedRelation relation : shown.relations()) {
            if (!full.graph().containsEdge(relation)) {
                return shown;
            }
        }
        return full;
    }

    /** Called when the user has dragged an actor: it stays there in later layouts. */
    public void pin(Actor actor, Point position) {
        pinned.put(actor, position);
        positions.put(actor, position);
    }

    /**
     * Called when the user has dragged an actor from one place to another: it is pinned there, and
     * the move can be undone.
     */
    public void moved(Actor actor, Point from, Point to) {
        Point pinBefore = pinned.get(actor);
        place(actor, to, to);
        history.record("move " + actor.name(), () -> place(actor, from, pinBefore), () -> place(actor, to, to));
    }

    // A group vertex of an overview is never pinned: it keeps a dragged place until the next layout.
    private void place(Actor actor, Point position, Point pin) {
        positions.put(actor, position);
        if (isGroupVertex(actor)) {
            publish(true);
            return;
        }
        if (pin == null) {
            pinned.remove(actor);
        } else {
            pinned.put(actor, pin);
        }
        publish(true);
    }

    private boolean isGroupVertex(Actor actor) {
        AggregatedGraph shown = session.getGraph();
        return actor.id().startsWith(ActorGroup.ID_PREFIX) || shown != null && shown.isGroup(actor);
    }

    /**
     * A double-click on a vertex: a community group shows its members (through the expander the
     * composition root sets), a pinned actor is released.
     *
     * @return whether a group was expanded
     */
    public boolean activate(Actor actor) {
        if (groupExpander.test(actor)) {
            return true;
        }
        if (pinned.containsKey(actor)) {
            unpin(actor);
        }
        return false;
    }

    /** What expands a group vertex on a double-click; it answers whether it did. */
    public void setGroupExpander(Predicate<Actor> expander) {
        this.groupExpander = Objects.requireNonNull(expander);
    }

    /** Releases one pinned actor; the next layout may move it. */
    public void unpin(Actor actor) {
        Point was = pinned.remove(actor);
        if (was != null) {
            history.record("unpin " + actor.name(), () -> pinned.put(actor, was), () -> pinned.remove(actor));
        }
    }

    /** Releases all pinned actors; the next layout may move them. */
    public void unpinAll() {
        Map<Actor, Point> was = Map.copyOf(pinned);
        pinned.clear();
        if (!was.isEmpty()) {
            history.record("unpin all actors", () -> pinned.putAll(was), pinned::clear);
        }
    }

    /** Centres the view on an actor without changing the zoom. */
    public void centreOn(Actor actor) {
        Point p = positions.get(actor);
        if (p == null && layout.get() != null) {
            p = layout.get().positions().get(actor);
        }
        if (p != null) {
            viewport.centreOn(p.x(), p.y());
        }
    }

    /** Where every actor of the full graph is drawn, by actor id: what a saved view keeps. */
    public Map<String, Point> positionsById() {
        Map<String, Point> byId = new LinkedHashMap<>();
        positions.forEach((actor, p) -> {
            if (!actor.id().startsWith(ActorGroup.ID_PREFIX)) {
                byId.put(actor.id(), p);
            }
        });
        return byId;
    }

    /** The ids of the pinned actors. */
    public Set<String> pinnedIds() {
        return pinned.keySet().stream().map(Actor::id).collect(Collectors.toSet());
    }

    public void select(Actor actor) {
        selection.select(actor);
    }

    public void select(AggregatedRelation relation) {
        selection.select(relation);
    }

    public void clearSelection() {
        selection.clear();
    }

    /** The text of the tooltip shown while hovering an edge. */
    public String tooltip(AggregatedRelation relation) {
        int n = relation.evidenceCount();
        String statuses = relation.statuses().stream().map(Labels::status).collect(Collectors.joining(", "));
        return relation.type().label() + "\n"
                + relation.source().name() + " → " + relation.target().name() + "\n"
                + (relation.statuses().size() == 1 ? "Status: " : "Statuses: ") + statuses + "\n"
                + "Evidence: " + n + (n == 1 ? " sentence" : " sentences");
    }

    /** The text of the tooltip shown while hovering an actor. */
    public String tooltip(Actor actor) {
        AggregatedGraph graph = session.getGraph();
        int degree = graph == null ? 0 : graph.degree(actor);
        ActorGroup group = graph == null ? null : graph.group(actor).orElse(null);
        if (group != null) {
            return actor.name() + "\n" + Labels.count(degree, "relation", "relations") + " with other actors, "
                    + Labels.count(group.internalRelations(), "relation", "relations") + " inside"
                    + (group.kind() == ActorGroup.Kind.COMMUNITY ? "\nDouble-click to show its members" : "");
        }
        return actor.name() + "\n" + Labels.kind(actor.kind()) + " · " + degree
                + (degree == 1 ? " relation" : " relations")
                + (pinned.containsKey(actor) ? "\nPinned (dragged into place)" : "");
    }

    /** Centrality and communities of the shown graph, shared with the panels that list them. */
    public GraphMetrics metrics() {
        return metrics;
    }

    /**
     * Whether vertex sizes or colours come from the analysed metrics (a size metric other than
     * degree, or colouring by community), so that the drawing changes when they arrive.
     */
    public boolean stylesDependOnMetrics() {
        Metric metric = vertexSizeMetric.get();
        return (metric != null && metric != Metric.DEGREE) || vertexColouring.get() == VertexColouring.COMMUNITY;
    }

    /** The metric vertex radii grow with; degree by default. */
    public ObjectProperty<Metric> vertexSizeMetricProperty() {
        return vertexSizeMetric;
    }

    /** Whether vertices are filled by actor kind or by community. */
    public ObjectProperty<VertexColouring> vertexColouringProperty() {
        return vertexColouring;
    }

    /** A path to emphasise, everything else dimmed; null for none. */
    public ObjectProperty<ActorPath> highlightedPathProperty() {
        return highlightedPath;
    }

    /** What a story step shows (the rest is hidden), or null outside a story. */
    public ObjectProperty<StoryMask> storyMaskProperty() {
        return storyMask;
    }

    /** The graph's background colour ({@code #RRGGBB}) for the theme; dimmed lines are mixed towards it. */
    public ObjectProperty<String> backgroundProperty() {
        return background;
    }

    /**
     * The radius of every vertex under the current size metric. By degree it is the classic
     * {@link VertexStyles#radius(int)}; by another metric the share of the graph's largest value
     * decides, so the radii stay between {@link VertexStyles#MIN_RADIUS} and {@link VertexStyles#MAX_RADIUS}.
     * While a large graph's metrics are being analysed, the radii are those by degree.
     */
    public Map<Actor, Double> vertexRadii() {
        AggregatedGraph graph = session.getGraph();
        Map<Actor, Double> radii = new HashMap<>();
        if (graph == null) {
            return radii;
        }
        Metric metric = vertexSizeMetric.get() == null ? Metric.DEGREE : vertexSizeMetric.get();
        if (metric == Metric.DEGREE || metrics.metrics().isEmpty()) {
            graph.actors().forEach(a -> radii.put(a, VertexStyles.radius(graph.degree(a))));
            return radii;
        }
        double max = metrics.metrics().stream().mapToDouble(m -> m.value(metric)).max().orElse(0);
        for (ActorMetrics m : metrics.metrics()) {
            radii.put(m.actor(), VertexStyles.radiusByShare(max <= 0 ? 0 : m.value(metric) / max));
        }
        return radii;
    }

    /**
     * Fill colour per actor when colouring by community; empty when colouring by kind, and while a
     * large graph's communities are being found (its vertices keep their kind's colour meanwhile).
     */
    public Map<Actor, String> vertexFills() {
        Map<Actor, String> fills = new HashMap<>();
        AggregatedGraph graph = session.getGraph();
        if (graph == null || vertexColouring.get() != VertexColouring.COMMUNITY) {
            return fills;
        }
        var communities = metrics.communities();
        for (Actor actor : graph.actors()) {
            int index = communities.communityOf(actor);
            if (index >= 0) {
                fills.put(actor, CommunityColours.of(index));
            }
        }
        return fills;
    }

    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty layoutRunningProperty() {
        return layoutRunning.getReadOnlyProperty();
    }

    /** The running layout for the status bar: what it lays out, how far it has got, and Cancel. */
    public Activity layoutActivity() {
        return layoutActivity;
    }

    /** Drawing a large graph away from the window, for the status bar. */
    public Activity drawingActivity() {
        return drawingActivity;
    }

    /**
     * Builds the drawing of a large graph in the background, so the window stays responsive while
     * thousands of nodes are made; the status bar says so meanwhile. Only the latest request is
     * delivered: an earlier one is skipped if it has not started, and dropped when it ends.
     *
     * @param actors how many actors it draws, for the status bar
     * @param build makes the drawing; it must not touch anything in a window
     * @param done receives the drawing on the UI thread
     * @param failed told on the UI thread when the drawing could not be made (after an error dialog)
     */
    public <T> void drawInBackground(int actors, Supplier<T> build, Consumer<T> done,
                                     Runnable failed) {
        long request = drawingRequest.incrementAndGet();
        drawingActivity.start("Drawing " + actorCount(actors) + "…", null);
        executor.submit(() -> request == drawingRequest.get() ? build.get() : null, built -> {
            if (request == drawingRequest.get()) {
                drawingActivity.finish();
                done.accept(built);
            }
        }, error -> {
            if (request == drawingRequest.get()) {
                drawingActivity.finish("Could not draw the graph");
                failed.run();
                dialogs.showError("Could not draw the graph", String.valueOf(error));
            }
        });
    }

    // "1 actor", "1,124 actors": what the status bar says is being laid out or drawn.
    private static String actorCount(int actors) {
        return String.format(Locale.ENGLISH, "%,d %s", actors, actors == 1 ? "actor" : "actors");
    }

    /** The view no longer wants the drawing it asked for: it is dropped and the status bar cleared. */
    public void abandonDrawing() {
        drawingRequest.incrementAndGet();
        if (drawingActivity.isRunning()) {
            drawingActivity.finish();
        }
    }

    /** Actors the user has dragged into place, with their positions. */
    public ObservableMap<Actor, Point> pinned() {
        return pinnedView;
    }

    public ViewportModel viewport() {
        return viewport;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.selectionProperty();
    }
}

package org.actorgraph.ui.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.actorgraph.analysis.ActorMetrics;
import org.actorgraph.analysis.ActorPath;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.analysis.GraphMetrics;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * State of the graph view: the graph being shown, its finished layout, pinned actors, the zoom,
 * and the commands the view's mouse handlers and the menus call. The layout is computed in the
 * background and applied once, so nothing moves (and no CPU is used) after it settles.
 */
public final class GraphViewModel {

    /** Seed of the first layout of every graph, so a corpus always opens looking the same. */
    static final long FIRST_SEED = 7;

    private final CorpusSession session;
    private final SelectionModel selection;
    private final TaskExecutor executor;
    private final ForceLayout forceLayout;
    private final DialogService dialogs;
    private final ViewportModel viewport = new ViewportModel();

    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyBooleanWrapper layoutRunning = new ReadOnlyBooleanWrapper(this, "layoutRunning");
    private final ObservableMap<Actor, Point> pinned = FXCollections.observableHashMap();
    private final ObservableMap<Actor, Point> pinnedView = FXCollections.unmodifiableObservableMap(pinned);

    private final GraphMetrics metrics;
    private final ObjectProperty<Metric> vertexSizeMetric =
            new SimpleObjectProperty<>(this, "vertexSizeMetric", Metric.DEGREE);
    private final ObjectProperty<VertexColouring> vertexColouring =
            new SimpleObjectProperty<>(this, "vertexColouring", VertexColouring.KIND);
    private final ObjectProperty<ActorPath> highlightedPath = new SimpleObjectProperty<>(this, "highlightedPath");

    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private long seed = FIRST_SEED;
    private long generation;
    private TaskExecutor.TaskHandle running;

    public GraphViewModel(CorpusSession session, SelectionModel selection, TaskExecutor executor,
                          ForceLayout forceLayout, DialogService dialogs) {
        this.session = Objects.requireNonNull(session);
        this.selection = Objects.requireNonNull(selection);
        this.executor = Objects.requireNonNull(executor);
        this.forceLayout = Objects.requireNonNull(forceLayout);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.metrics = new GraphMetrics(session);
        session.graphProperty().addListener((obs, old, graph) -> graphChanged(old, graph));
        placeholder.bind(Bindings.createStringBinding(() -> {
            if (session.getGraph() == null) {
                return session.busyProperty().get() ? "Opening corpus…"
                        : "No corpus open. Open one with File › Open… (Ctrl+O) or drop a file here.";
            }
            return session.getGraph().actors().isEmpty() ? "This corpus has no actors to draw." : "";
        }, session.graphProperty(), session.busyProperty()));
    }

    /** A message to show instead of the graph, or empty when there is a graph to show. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    private void graphChanged(AggregatedGraph old, AggregatedGraph graph) {
        selection.clear();
        highlightedPath.set(null);
        if (graph == null) {
            layout.set(null);
            return;
        }
        if (old == null || old.corpus() != graph.corpus()) {
            pinned.clear();
        } else {
            pinned.keySet().retainAll(graph.actors());
        }
        seed = FIRST_SEED;
        computeLayout(graph);
    }

    /** Lays the current graph out again, differently, keeping pinned actors where they are. */
    public void rerunLayout() {
        AggregatedGraph graph = session.getGraph();
        if (graph != null) {
            seed++;
            computeLayout(graph);
        }
    }

    private void computeLayout(AggregatedGraph graph) {
        if (running != null) {
            running.cancel();
        }
        double[] size = GraphLayout.drawingSize(graph.corpus().actors().size());
        Map<Actor, Point> pins = Map.copyOf(pinned);
        long request = ++generation;
        long layoutSeed = seed;
        layoutRunning.set(true);
        running = executor.submit(
                () -> forceLayout.layout(graph.graph(), size[0], size[1], layoutSeed, pins),
                positions -> {
                    if (request == generation) {
                        running = null;
                        layoutRunning.set(false);
                        layout.set(new GraphLayout(graph, positions, size[0], size[1]));
                    }
                },
                error -> {
                    if (request == generation) {
                        running = null;
                        layoutRunning.set(false);
                        dialogs.showError("Layout failed", String.valueOf(error.getMessage()));
                    }
                });
    }

    /** Called when the user has dragged an actor: it stays there in later layouts. */
    public void pin(Actor actor, Point position) {
        pinned.put(actor, position);
    }

    /** Releases one pinned actor; the next layout may move it. */
    public void unpin(Actor actor) {
        pinned.remove(actor);
    }

    /** Releases all pinned actors; the next layout may move them. */
    public void unpinAll() {
        pinned.clear();
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
        return actor.name() + "\n" + Labels.kind(actor.kind()) + " · " + degree
                + (degree == 1 ? " relation" : " relations")
                + (pinned.containsKey(actor) ? "\nPinned (dragged into place)" : "");
    }

    /** Centrality and communities of the shown graph, shared with the panels that list them. */
    public GraphMetrics metrics() {
        return metrics;
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

    /**
     * The radius of every vertex under the current size metric. By degree it is the classic
     * {@link VertexStyles#radius(int)}; by another metric the share of the graph's largest value
     * decides, so the radii stay between {@link VertexStyles#MIN_RADIUS} and {@link VertexStyles#MAX_RADIUS}.
     */
    public Map<Actor, Double> vertexRadii() {
        AggregatedGraph graph = session.getGraph();
        Map<Actor, Double> radii = new HashMap<>();
        if (graph == null) {
            return radii;
        }
        Metric metric = vertexSizeMetric.get() == null ? Metric.DEGREE : vertexSizeMetric.get();
        if (metric == Metric.DEGREE) {
            graph.actors().forEach(a -> radii.put(a, VertexStyles.radius(graph.degree(a))));
            return radii;
        }
        double max = metrics.metrics().stream().mapToDouble(m -> m.value(metric)).max().orElse(0);
        for (ActorMetrics m : metrics.metrics()) {
            radii.put(m.actor(), VertexStyles.radiusByShare(max <= 0 ? 0 : m.value(metric) / max));
        }
        return radii;
    }

    /** Fill colour per actor when colouring by community; empty when colouring by kind. */
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

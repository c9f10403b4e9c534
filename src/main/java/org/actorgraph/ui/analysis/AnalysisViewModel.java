package org.actorgraph.ui.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.ActorPath;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.Communities;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.analysis.Metric;
import org.actorgraph.analysis.PathFinder;
import org.actorgraph.analysis.PathStep;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Relation;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.graph.CommunityColours;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.VertexColouring;
import org.actorgraph.ui.selection.SelectionModel;

/**
 * The analysis pane: a table of centrality values (sorted by the metric vertices are sized by),
 * paths between two chosen actors with their evidence, and communities. Drives the graph's
 * styling inputs on {@link GraphViewModel}: size metric, emphasised path, community colours.
 */
public final class AnalysisViewModel {

    /** Longest path, in steps, that the list of all paths includes. */
    public static final int MAX_PATH_LENGTH = 4;

    private final CorpusSession session;
    private final SelectionModel selection;
    private final GraphViewModel graph;
    private final PathFinder pathFinder;
    private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObjectProperty<Actor> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<Actor> to = new SimpleObjectProperty<>(this, "to");
    private final BooleanProperty followDirection = new SimpleBooleanProperty(this, "followDirection", false);
    private final ObservableList<PathItem> paths = FXCollections.observableArrayList();
    private final ObjectProperty<PathItem> selectedPath = new SimpleObjectProperty<>(this, "selectedPath");
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pathStatus = new ReadOnlyStringWrapper(this, "pathStatus", "");
    private final BooleanProperty colourByCommunity = new SimpleBooleanProperty(this, "colourByCommunity");
    private final ObservableList<CommunityItem> communities = FXCollections.observableArrayList();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    private boolean stale;

    public AnalysisViewModel(CorpusSession session, SelectionModel selection, GraphViewModel graph) {
        this(session, selection, graph, new PathFinder());
    }

    public AnalysisViewModel(CorpusSession session, SelectionModel selection, GraphViewModel graph,
                             PathFinder pathFinder) {
        this.session = Objects.requireNonNull(session);
        this.selection = Objects.requireNonNull(selection);
        this.graph = Objects.requireNonNull(graph);
        this.pathFinder = Objects.requireNonNull(pathFinder);
        colourByCommunity.set(graph.vertexColouringProperty().get() == VertexColouring.COMMUNITY);
        colourByCommunity.addListener((obs, was, now) ->
                graph.vertexColouringProperty().set(now ? VertexColouring.COMMUNITY : VertexColouring.KIND));
        graph.vertexColouringProperty().addListener((obs, was, now) ->
                colourByCommunity.set(now == VertexColouring.COMMUNITY));
        graph.vertexSizeMetricProperty().addListener((obs, was, now) -> sortRows());
        session.graphProperty().addListener((obs, old, now) -> graphChanged());
        graph.metrics().outcomesProperty().addListener((obs, old, now) -> {
            if (!active.get()) {
                stale = true; // shown when the pane opens
            } else if (!stale) {
                showMetrics();
            }
        });
        active.addListener((obs, was, now) -> {
            if (now && stale) {
                graphChanged();
            }
        });
        from.addListener((obs, old, now) -> findPaths());
        to.addListener((obs, old, now) -> findPaths());
        followDirection.addListener((obs, old, now) -> findPaths());
        selectedPath.addListener((obs, old, now) -> showPath(now));
        graphChanged();
    }

    // Betweenness on a large graph takes a while; while the pane is closed a filter change
    // only marks the table out of date, and it is filled when the pane opens.
    private void graphChanged() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        AggregatedGraph current = session.getGraph();
        showMetrics();
        actors.setAll(current == null ? List.of()
                : current.actors().stream().sorted(Comparator.comparing(Actor::name)).toList());
        if (from.get() != null && !actors.contains(from.get())) {
            from.set(null);
        }
        if (to.get() != null && !actors.contains(to.get())) {
            to.set(null);
        }
        findPaths();
    }

    // The table and the communities; empty while a large graph is analysed in the background.
    private void showMetrics() {
        AggregatedGraph current = session.getGraph();
        GraphMetrics metrics = graph.metrics();
        rows.setAll(current == null ? List.of() : metrics.metrics().stream().map(MetricRow::of).toList());
        sortRows();
        Communities found = current == null ? new Communities(List.of()) : metrics.communities();
        List<CommunityItem> items = new ArrayList<>();
        for (int i = 0; i < found.count(); i++) {
            items.add(new CommunityItem("Community " + (i + 1), CommunityColours.of(i),
                    found.groups().get(i).stream().map(Actor::name).sorted().collect(Collectors.joining(", "))));
        }
        communities.setAll(items);
        missing.set(current == null || metrics.isReady() ? "" : metrics.hasFailed() ? ANALYSIS_FAILED : ANALYSING);
    }

    /** Said in the table and the communities while the analysis is missing. */
    public static final String ANALYSING = "Computing centrality and communities…";
    /** Said in the table and the communities when the analysis failed (the status bar says why). */
    public static final String ANALYSIS_FAILED = "Centrality and communities could not be computed.";

    /**
     * Why the table and the communities are empty although a graph is shown: {@link #ANALYSING} or
     * {@link #ANALYSIS_FAILED}; empty when they are not.
     */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /**
     * Whether the pane is on screen. While it is not, graph changes leave the table, the paths and
     * the communities as they were; they are brought up to date when it becomes active again.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    // Highest value of the size metric first, then by name.
    private void sortRows() {
        Metric metric = sizeMetric();
        rows.sort(Comparator.comparingDouble((MetricRow r) -> r.value(metric)).reversed()
                .thenComparing(MetricRow::name));
    }

    private Metric sizeMetric() {
        Metric metric = graph.vertexSizeMetricProperty().get();
        return metric == null ? Metric.DEGREE : metric;
    }

    private void findPaths() {
        AggregatedGraph current = session.getGraph();
        Actor a = from.get();
        Actor b = to.get();
        if (current == null || a == null || b == null || a.equals(b)) {
            paths.clear();
            selectedPath.set(null);
            pathStatus.set(current == null ? "" : "Choose two different actors.");
            return;
        }
        boolean directed = followDirection.get();
        Optional<ActorPath> shortest = pathFinder.shortest(current, a, b, directed);
        List<ActorPath> all = new ArrayList<>(pathFinder.allSimplePaths(current, a, b, MAX_PATH_LENGTH, directed));
        all.sort(Comparator.comparingInt(ActorPath::length));
        if (shortest.isPresent() && all.stream().noneMatch(p -> p.actors().equals(shortest.get().actors()))) {
            all.add(0, shortest.get());
        }
        int best = shortest.map(ActorPath::length).orElse(-1);
        paths.setAll(all.stream().map(p -> new PathItem(p, label(p, p.length() == best))).toList());
        if (paths.isEmpty()) {
            pathStatus.set("No path from " + a.name() + " to " + b.name()
                    + (directed ? " following the direction of relations." : "."));
        } else {
            pathStatus.set(Labels.count(paths.size(), "path", "paths") + (best > MAX_PATH_LENGTH
                    ? "; the shortest has " + best + " steps" : " of up to " + MAX_PATH_LENGTH + " steps"));
        }
        selectedPath.set(paths.isEmpty() ? null : paths.get(0));
    }

    static String label(ActorPath path, boolean shortest) {
        String chain = path.actors().stream().map(Actor::name).collect(Collectors.joining(" → "));
        return chain + "  (" + path.length() + (path.length() == 1 ? " step" : " steps")
                + (shortest ? ", shortest)" : ")");
    }

    private void showPath(PathItem item) {
        graph.highlightedPathProperty().set(item == null ? null : item.path());
        explanation.setAll(item == null ? List.of() : explain(item.path()));
    }

    /**
     * The path as a chain of relations with their first quote, one line per relation, e.g.
     * "North Korea —Arms supply→ Russia: “…” (The New York Times, 2023-09)". A relation followed
     * against its direction reads "Russia ←Arms supply— North Korea".
     */
    public static List<String> explain(ActorPath path) {
        List<String> lines = new ArrayList<>();
        for (PathStep step : path.steps()) {
            for (AggregatedRelation relation : step.relations()) {
                String type = relation.type().label();
                boolean forward = relation.source().equals(step.from());
                String link = forward ? step.from().name() + " —" + type + "→ " + step.to().name()
                        : step.from().name() + " ←" + type + "— " + step.to().name();
                String quote = relation.quotes().isEmpty() ? "" : ": " + quote(relation.quotes().get(0));
                lines.add(link + quote);
            }
        }
        return lines;
    }

    private static String quote(EvidenceQuote quote) {
        Set<String> who = new LinkedHashSet<>();
        for (Relation claim : quote.claims()) {
            claim.claimant().map(c -> c.by().strip()).filter(s -> !s.isEmpty()).ifPresent(who::add);
        }
        List<String> parts = new ArrayList<>(who);
        String outlet = quote.article().outlet() == null ? "" : quote.article().outlet().strip();
        if (!outlet.isEmpty() && !who.contains(outlet)) {
            parts.add(outlet);
        }
        quote.article().publicationDate().map(Object::toString).ifPresent(parts::add);
        return "“" + quote.text() + "”" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** Forgets both path ends: no path is listed or emphasised any more. */
    public void clearPath() {
        from.set(null);
        to.set(null);
    }

    /** Selects the actor of a table row in the graph. */
    public void select(MetricRow row) {
        if (row != null) {
            selection.select(row.actor());
        }
    }

    /** Centrality of every actor, highest by the size metric first. */
    public ObservableList<MetricRow> rows() {
        return rows;
    }

    /** The metric vertices are sized by (shared with the graph and the View menu). */
    public ObjectProperty<Metric> sizeMetricProperty() {
        return graph.vertexSizeMetricProperty();
    }

    /** The actors to choose path ends from, by name. */
    public ObservableList<Actor> actors() {
        return actors;
    }

    public ObjectProperty<Actor> fromProperty() {
        return from;
    }

    public ObjectProperty<Actor> toProperty() {
        return to;
    }

    /** Whether paths follow relations only from source to target. */
    public BooleanProperty followDirectionProperty() {
        return followDirection;
    }

    /** Paths from the chosen actor to the other: the shortest first, then all up to four steps. */
    public ObservableList<PathItem> paths() {
        return paths;
    }

    /** The path emphasised in the graph and explained below the list. */
    public ObjectProperty<PathItem> selectedPathProperty() {
        return selectedPath;
    }

    /** The selected path as relations with quotes, one line each. */
    public ObservableList<String> explanation() {
        return explanation;
    }

    /** How many paths were found, or why there are none. */
    public ReadOnlyStringProperty pathStatusProperty() {
        return pathStatus.getReadOnlyProperty();
    }

    /** Whether vertices are filled by community rather than by kind. */
    public BooleanProperty colourByCommunityProperty() {
        return colourByCommunity;
    }

    /** The communities with their colours, for the community legend. */
    public ObservableList<CommunityItem> communities() {
        return communities;
    }
}

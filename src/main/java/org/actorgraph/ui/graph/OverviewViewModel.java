package org.actorgraph.ui.graph;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.history.UndoHistory;

/**
 * The overview of a big graph, as the View menu and a double-click change it: every actor, the top
 * K actors with the rest grouped, or communities as group vertices that expand into their members.
 * It only sets the session's {@link CorpusSession#actorGroupingProperty() grouping spec}; the session
 * applies it after the filters. Every change is one undoable step ("Undo top 30 actors by
 * betweenness", "Undo expand the community of Russia"). Used on the UI thread only.
 */
public final class OverviewViewModel {

    private final CorpusSession session;
    private final DialogService dialogs;
    private final UndoHistory history;
    private final ReadOnlyObjectWrapper<GroupingSpec.Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyBooleanWrapper collapsible = new ReadOnlyBooleanWrapper(this, "collapsible");

    /** An overview whose changes are not kept for undo. */
    public OverviewViewModel(CorpusSession session, DialogService dialogs) {
        this(session, dialogs, new UndoHistory());
    }

    /** @param history where every change of the overview is recorded as one undoable step */
    public OverviewViewModel(CorpusSession session, DialogService dialogs, UndoHistory history) {
        this.session = Objects.requireNonNull(session);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.history = Objects.requireNonNull(history);
        mode.bind(Bindings.createObjectBinding(() -> spec().mode(), session.actorGroupingProperty()));
        collapsible.bind(Bindings.createBooleanBinding(
                () -> spec().mode() == GroupingSpec.Mode.COMMUNITIES && !spec().expanded().isEmpty(),
                session.actorGroupingProperty()));
    }

    private GroupingSpec spec() {
        return session.actorGroupingProperty().get();
    }

    // Changes the overview as one undoable step named label; no step when nothing changes.
    private void change(String label, GroupingSpec next) {
        history.set(label, session.actorGroupingProperty(), next);
    }

    private void changeToTopK(GroupingSpec next) {
        change("top " + next.topK() + " actors by " + metricName(next.metric()), next);
    }

    private static String metricName(Metric metric) {
        return metric == Metric.PAGERANK ? metric.label() : metric.label().toLowerCase(Locale.ROOT);
    }

    /** Draws every actor on its own again. */
    public void showAll() {
        change("show all actors", spec().withMode(GroupingSpec.Mode.ALL).collapsed());
    }

    /** Keeps the {@code k} most central actors (by the current metric) and groups the rest. */
    public void showTopK(int k) {
        changeToTopK(spec().withMode(GroupingSpec.Mode.TOP_K).withTopK(Math.max(1, k)).collapsed());
    }

    /** Asks for K and the centrality, then shows the top K; nothing changes when the user cancels. */
    public void chooseTopK() {
        dialogs.chooseTopK(spec()).ifPresent(chosen -> changeToTopK(chosen.withMode(GroupingSpec.Mode.TOP_K).collapsed()));
    }

    /** Draws each community as one group vertex, all collapsed. */
    public void showCommunities() {
        change("show communities", spec().withMode(GroupingSpec.Mode.COMMUNITIES).collapsed());
    }

    /**
     * Shows the members of a community group instead of its vertex (a double-click on it).
     *
     * @return whether {@code vertex} was a community group of the drawn graph
     */
    public boolean expand(Actor vertex) {
        Optional<ActorGroup> group = groupOf(vertex);
        if (group.isEmpty() || group.get().kind() != ActorGroup.Kind.COMMUNITY) {
            return false;
        }
        change("expand the community of " + group.get().leader().name(), spec().expanding(group.get().id()));
        return true;
    }

    /** Draws every expanded community as one vertex again. */
    public void collapseAll() {
        change("collapse communities", spec().collapsed());
    }

    /** The group a vertex of the drawn graph stands for, if it is one. */
    public Optional<ActorGroup> groupOf(Actor vertex) {
        AggregatedGraph graph = session.getGraph();
        return graph == null || vertex == null ? Optional.empty() : graph.group(vertex);
    }

    /** The current overview mode. */
    public ReadOnlyObjectProperty<GroupingSpec.Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Whether some community is expanded, so that "Collapse communities" does something. */
    public ReadOnlyBooleanProperty collapsibleProperty() {
        return collapsible.getReadOnlyProperty();
    }
}

package org.actorgraph.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.graph.GraphViewModel;

/** The status bar's text: what is shown, from which file, and what is running. */
public final class StatusBarViewModel {

    private final CorpusSession session;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "No corpus open");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper zoom = new ReadOnlyStringWrapper(this, "zoom", "");

    public StatusBarViewModel(CorpusSession session, GraphViewModel graph) {
        this.session = session;
        session.graphProperty().addListener((obs, old, now) -> update());
        session.corpusProperty().addListener((obs, old, now) -> update());
        session.warningsProperty().addListener((obs, old, now) -> update());
        activity.bind(Bindings.createStringBinding(() -> {
            String running = session.activityProperty().get();
            if (!running.isEmpty()) {
                return running;
            }
            return graph.layoutRunningProperty().get() ? "Laying out…" : "";
        }, session.activityProperty(), graph.layoutRunningProperty()));
        zoom.bind(Bindings.createStringBinding(
                () -> Math.round(graph.viewport().getScale() * 100) + " %", graph.viewport().scaleProperty()));
        update();
    }

    private void update() {
        AggregatedGraph graph = session.getGraph();
        LoadedCorpus corpus = session.getCorpus();
        source.set(corpus == null ? "" : corpus.source().displayName());
        if (graph == null) {
            counts.set("No corpus open");
            return;
        }
        int shown = graph.actors().size();
        int total = graph.corpus().actors().size();
        int claims = graph.relations().stream().mapToInt(r -> r.relations().size()).sum();
        String actors = shown == total ? Labels.count(total, "actor", "actors")
                : shown + " of " + Labels.count(total, "actor", "actors");
        int warnings = session.warningsProperty().get().size();
        counts.set(actors + " · " + Labels.count(graph.relations().size(), "relation", "relations")
                + " (" + Labels.count(claims, "claim", "claims") + ") · "
                + Labels.count(graph.corpus().articles().size(), "article", "articles")
                + (warnings == 0 ? "" : " · " + Labels.count(warnings, "warning", "warnings")));
    }

    /** "5 of 6 actors · 9 relations (10 claims) · 2 articles". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The open file's name. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** What is running, or empty. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The zoom level, e.g. "100 %". */
    public ReadOnlyStringProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }
}

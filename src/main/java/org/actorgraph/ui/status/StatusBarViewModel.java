package org.actorgraph.ui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Relation;
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
        session.criteriaProperty().addListener((obs, old, now) -> update());
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
        AggregatedGraph full = session.getFullGraph() == null ? graph : session.getFullGraph();
        int claims = graph.relations().stream().mapToInt(r -> r.relations().size()).sum();
        int articles = graph.corpus().articles().size();
        int articlesShown = session.getCriteria().isEmpty() ? articles
                : (int) graph.relations().stream().flatMap(r -> r.relations().stream())
                        .map(Relation::articleId).distinct().count();
        int warnings = session.warningsProperty().get().size();
        int grouped = graph.groups().stream().mapToInt(g -> g.size()).sum();
        String groups = graph.groups().isEmpty() ? ""
                : " (" + Labels.count(graph.groups().size(), "group", "groups") + " of " + grouped + ")";
        counts.set(ofTotal(graph.actors().size(), graph.corpus().actors().size(), "actor", "actors") + groups + " · "
                + ofTotal(graph.relations().size(), full.relations().size(), "relation", "relations")
                + " (" + Labels.count(claims, "claim", "claims") + ") · "
                + ofTotal(articlesShown, articles, "article", "articles")
                + (warnings == 0 ? "" : " · " + Labels.count(warnings, "warning", "warnings")));
    }

    // "5 of 6 actors", or "6 actors" when all are shown.
    private static String ofTotal(int shown, int total, String singular, String plural) {
        return shown == total ? Labels.count(total, singular, plural)
                : shown + " of " + Labels.count(total, singular, plural);
    }

    /**
     * "5 of 6 actors · 7 of 9 relations (8 claims) · 1 of 2 articles": what is drawn of what there is.
     * In an overview the drawn actors include the groups: "31 of 1000 actors (12 groups of 980) · …".
     */
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

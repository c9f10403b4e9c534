package org.actorgraph.ui.status;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Relation;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskProgress;

/**
 * The status bar's text: what is shown, from which file, and what is running, with its progress
 * and Cancel. Of several activities running at once it shows the first of: opening a corpus, the
 * others given (an import, an export), the layout, drawing a large graph, applying filters. When one
 * ended with something to say (it was cancelled, an export wrote its file), that is said until the
 * next one starts.
 */
public final class StatusBarViewModel {

    private final CorpusSession session;
    private final List<Activity> activities;
    private final ReadOnlyBooleanWrapper taskRunning = new ReadOnlyBooleanWrapper(this, "taskRunning");
    private final ReadOnlyDoubleWrapper progress =
            new ReadOnlyDoubleWrapper(this, "progress", TaskProgress.UNKNOWN);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private Activity shown;
    private String notice = "";
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "No corpus open");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyStringWrapper zoom = new ReadOnlyStringWrapper(this, "zoom", "");

    /**
     * @param others more background work to show, such as an import or an export, before the layout
     */
    public StatusBarViewModel(CorpusSession session, GraphViewModel graph, Activity... others) {
        this.session = session;
        List<Activity> all = new ArrayList<>();
        all.add(session.loading());
        all.addAll(List.of(others));
        all.add(graph.layoutActivity());
        all.add(graph.drawingActivity());
        all.add(session.filtering());
        all.add(graph.metrics().activity());
        this.activities = List.copyOf(all);
        session.graphProperty().addListener((obs, old, now) -> update());
        session.corpusProperty().addListener((obs, old, now) -> update());
        session.warningsProperty().addListener((obs, old, now) -> update());
        session.criteriaProperty().addListener((obs, old, now) -> update());
        for (Activity a : activities) {
            a.runningProperty().addListener((obs, was, now) -> {
                if (now) {
                    notice = "";
                }
                follow();
            });
            a.outcomeProperty().addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    notice = now;
                }
                follow();
            });
            a.messageProperty().addListener((obs, old, now) -> follow());
            a.progressProperty().addListener((obs, old, now) -> follow());
            a.cancellableProperty().addListener((obs, old, now) -> follow());
        }
        zoom.bind(Bindings.createStringBinding(
                () -> Math.round(graph.viewport().getScale() * 100) + " %", graph.viewport().scaleProperty()));
        follow();
        update();
    }

    // Shows the first running activity, or what the last one that had something to say came to.
    private void follow() {
        shown = activities.stream().filter(Activity::isRunning).findFirst().orElse(null);
        if (shown == null) {
            taskRunning.set(false);
            cancellable.set(false);
            progress.set(TaskProgress.UNKNOWN);
            activity.set(notice);
            return;
        }
        activity.set(shown.messageProperty().get());
        progress.set(shown.progressProperty().get());
        cancellable.set(shown.cancellableProperty().get());
        taskRunning.set(true);
    }

    /** Cancel: stops the work shown, if it can be stopped. */
    public void cancel() {
        if (shown != null) {
            shown.cancel();
        }
    }

    // The claims and articles counted in the graph drawn, kept until another graph is drawn.
    private AggregatedGraph counted;
    private int claimsCounted;
    private int articlesCounted;

    private void update() {
        AggregatedGraph graph = session.getGraph();
        LoadedCorpus corpus = session.getCorpus();
        source.set(corpus == null ? "" : corpus.source().displayName());
        if (graph == null) {
            counts.set("No corpus open");
            return;
        }
        AggregatedGraph full = session.getFullGraph() == null ? graph : session.getFullGraph();
        if (counted != graph) {
            // Once per graph: the criteria change first and the graph follows, and at 100,000
            // claims counting the articles takes tens of milliseconds.
            counted = graph;
            claimsCounted = graph.edgeClaimCount();
            articlesCounted = -1; // counted when filters ask for it
        }
        int claims = claimsCounted;
        int articles = graph.corpus().articles().size();
        if (!session.getCriteria().isEmpty() && articlesCounted < 0) {
            articlesCounted = (int) graph.relations().stream().flatMap(r -> r.relations().stream())
                    .map(Relation::articleId).distinct().count();
        }
        int articlesShown = session.getCriteria().isEmpty() ? articles : articlesCounted;
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

    /** Whether background work is shown: the progress bar is visible. */
    public ReadOnlyBooleanProperty taskRunningProperty() {
        return taskRunning.getReadOnlyProperty();
    }

    /** How far the work shown has got, 0 to 1, or {@link TaskProgress#UNKNOWN} (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the work shown can be cancelled: the Cancel button is visible. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** What is running ("Laying out 1,000 actors…"), or what the last cancelled work came to, or empty. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The zoom level, e.g. "100 %". */
    public ReadOnlyStringProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }
}

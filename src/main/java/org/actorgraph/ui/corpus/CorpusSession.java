package org.actorgraph.ui.corpus;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.GraphFilter;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.LoadResult;
import org.actorgraph.io.Problem;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.format.Labels;

/**
 * The open corpus and the graph drawn from it. Loading and aggregating run in the background; a
 * file that fails to load leaves the previous corpus in place and its problems go to the dialog
 * service. Used on the UI thread only.
 *
 * <p>The drawn graph is the pipeline corpus + grouping + {@link #criteriaProperty() criteria} →
 * {@link GraphFilter}; {@link #fullGraphProperty()} is the same graph without filters. Filtering
 * the seed takes well under a millisecond, so it runs at once on the UI thread.
 */
public final class CorpusSession {

    private final CorpusLoader loader;
    private final GraphAggregator aggregator;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final GraphFilter filter = new GraphFilter();

    private final ReadOnlyObjectWrapper<LoadedCorpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<AggregatedGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyObjectWrapper<AggregatedGraph> fullGraph = new ReadOnlyObjectWrapper<>(this, "fullGraph");
    private final ObjectProperty<FilterCriteria> criteria =
            new SimpleObjectProperty<>(this, "criteria", FilterCriteria.NONE);
    private final BooleanProperty peopleSeparately = new SimpleBooleanProperty(this, "peopleSeparately");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyObjectWrapper<List<Problem>> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", List.of());

    // Each request gets a number; a result that arrives after a newer request started is dropped.
    private long generation;
    private boolean quiet;
    private TaskExecutor.TaskHandle running;
    private CorpusSource opening;
    private Consumer<AggregatedGraph> preparation = graph -> { };

    public CorpusSession(CorpusLoader loader, GraphAggregator aggregator, TaskExecutor executor,
                         DialogService dialogs) {
        this.loader = Objects.requireNonNull(loader);
        this.aggregator = Objects.requireNonNull(aggregator);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        peopleSeparately.addListener((obs, was, separate) -> regroup());
        criteria.addListener((obs, old, now) -> {
            if (now == null) {
                criteria.set(FilterCriteria.NONE);
            } else if (!quiet) {
                showFiltered(fullGraph.get());
            }
        });
    }

    private void showFiltered(AggregatedGraph full) {
        fullGraph.set(full);
        FilterCriteria current = criteria.get();
        graph.set(full == null || current.isEmpty() ? full
                : filter.apply(full.corpus(), full.grouping(), current));
    }

    /**
     * Work done in the background on every newly opened or imported graph before it is shown, such
     * as its first layout, so that it is ready when the graph arrives. It runs on a worker thread.
     */
    public void prepareInBackground(Consumer<AggregatedGraph> work) {
        preparation = Objects.requireNonNull(work);
    }

    // Preparing is only ahead of time: should it fail, the graph is shown all the same and the
    // work is done (and its failure reported) when the graph arrives.
    private static void prepare(Consumer<AggregatedGraph> work, AggregatedGraph graph) {
        try {
            work.accept(graph);
        } catch (RuntimeException e) {
            // left to the graph's arrival
        }
    }

    /** Loads a corpus in the background; on success it replaces the open one. */
    public void open(CorpusSource source) {
        PersonGrouping grouping = grouping();
        long request = begin("Opening " + source.displayName() + "…");
        opening = source;
        Consumer<AggregatedGraph> prepare = preparation;
        running = executor.submit(() -> {
            LoadResult result = loader.load(source);
            AggregatedGraph aggregated = result.corpus().filter(c -> result.isValid())
                    .map(c -> aggregator.aggregate(c, grouping)).orElse(null);
            if (aggregated != null) {
                prepare(prepare, aggregated);
            }
            return new Loaded(result, aggregated);
        }, loaded -> {
            if (request == generation) {
                finishOpen(source, loaded);
            }
        }, error -> {
            if (request == generation) {
                end();
                dialogs.showError("Could not open " + source.displayName(), describe(error));
            }
        });
    }

    private void finishOpen(CorpusSource source, Loaded loaded) {
        end();
        LoadResult result = loaded.result();
        if (loaded.graph() == null) {
            List<Problem> problems = result.problems();
            dialogs.showProblems("Could not open " + source.displayName(),
                    source.displayName() + " was not opened: " + Labels.count(result.errors().size(), "error", "errors")
                            + " found." + (corpus.get() == null ? "" : " The previous corpus is still shown."),
                    problems);
            return;
        }
        Corpus opened = loaded.graph().corpus();
        corpus.set(new LoadedCorpus(opened, source));
        warnings.set(List.copyOf(result.problems()));
        // Filters name ids of the corpus they were set for: another corpus starts unfiltered.
        quiet = true;
        criteria.set(FilterCriteria.NONE);
        quiet = false;
        showFiltered(loaded.graph());
        if (!result.problems().isEmpty()) {
            dialogs.showProblems("Opened with warnings",
                    source.displayName() + " was opened, but " + Labels.count(result.problems().size(), "warning", "warnings")
                            + " need attention.", result.problems());
        }
    }

    /**
     * Shows a corpus that is not read from a file, such as one just imported: it replaces the open
     * corpus once its graph is built, and starts unfiltered.
     *
     * @param source where it came from; an imported corpus has no file until it is saved
     */
    public void show(Corpus opened, CorpusSource source) {
        Objects.requireNonNull(opened, "opened");
        PersonGrouping grouping = grouping();
        long request = begin("Drawing " + source.displayName() + "…");
        Consumer<AggregatedGraph> prepare = preparation;
        running = executor.submit(() -> {
            AggregatedGraph aggregated = aggregator.aggregate(opened, grouping);
            prepare(prepare, aggregated);
            return aggregated;
        }, aggregated -> {
            if (request == generation) {
                end();
                corpus.set(new LoadedCorpus(opened, source));
                warnings.set(List.of());
                quiet = true;
                criteria.set(FilterCriteria.NONE);
                quiet = false;
                showFiltered(aggregated);
            }
        }, error -> {
            if (request == generation) {
                end();
                dialogs.showError("Could not show " + source.displayName(), describe(error));
            }
        });
    }

    /** The open corpus was saved to {@code file}: from now on it is that file's corpus. */
    public void savedAs(java.nio.file.Path file) {
        LoadedCorpus current = corpus.get();
        if (current != null) {
            corpus.set(new LoadedCorpus(current.corpus(), CorpusSource.ofFile(file)));
        }
    }

    private void regroup() {
        if (opening != null) {
            // A file is still loading with the old grouping: load it again with the new one.
            open(opening);
            return;
        }
        LoadedCorpus current = corpus.get();
        if (current == null) {
            return;
        }
        PersonGrouping grouping = grouping();
        long request = begin("Regrouping…");
        running = executor.submit(() -> aggregator.aggregate(current.corpus(), grouping), aggregated -> {
            if (request == generation) {
                end();
                showFiltered(aggregated);
            }
        }, error -> {
            if (request == generation) {
                end();
                dialogs.showError("Could not regroup the graph", describe(error));
            }
        });
    }

    private long begin(String message) {
        if (running != null) {
            running.cancel();
        }
        generation++;
        busy.set(true);
        activity.set(message);
        return generation;
    }

    private void end() {
        running = null;
        opening = null;
        busy.set(false);
        activity.set("");
    }

    private PersonGrouping grouping() {
        return peopleSeparately.get() ? PersonGrouping.SEPARATE : PersonGrouping.ROLLED_UP;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** The open corpus, or null before the first one loads. */
    public ReadOnlyObjectProperty<LoadedCorpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    /** The graph drawn: the open corpus with the current grouping and filters, or null before one loads. */
    public ReadOnlyObjectProperty<AggregatedGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** The graph of the open corpus with the current grouping and no filters, or null. */
    public ReadOnlyObjectProperty<AggregatedGraph> fullGraphProperty() {
        return fullGraph.getReadOnlyProperty();
    }

    /** What the drawn graph leaves out; {@link FilterCriteria#NONE} shows everything. */
    public ObjectProperty<FilterCriteria> criteriaProperty() {
        return criteria;
    }

    /** Whether people are drawn as vertices of their own instead of rolled up into their state. */
    public BooleanProperty peopleSeparatelyProperty() {
        return peopleSeparately;
    }

    /** Whether a load or regrouping is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is running, for the status bar; empty when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The warnings of the open corpus. */
    public ReadOnlyObjectProperty<List<Problem>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public LoadedCorpus getCorpus() {
        return corpus.get();
    }

    public AggregatedGraph getGraph() {
        return graph.get();
    }

    public AggregatedGraph getFullGraph() {
        return fullGraph.get();
    }

    public FilterCriteria getCriteria() {
        return criteria.get();
    }

    private record Loaded(LoadResult result, AggregatedGraph graph) { }
}

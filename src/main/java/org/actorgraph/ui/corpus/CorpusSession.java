package org.actorgraph.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
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
import org.actorgraph.analysis.ActorGrouping;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.Communities;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.GraphFilter;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.LoadResult;
import org.actorgraph.io.Problem;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskProgress;
import org.actorgraph.ui.format.Labels;

/**
 * The open corpus and the graph drawn from it. Loading and aggregating run in the background; a
 * file that fails to load leaves the previous corpus in place and its problems go to the dialog
 * service. Used on the UI thread only.
 *
 * <p>The drawn graph is the pipeline corpus + grouping + {@link #criteriaProperty() criteria} →
 * {@link GraphFilter}, then the {@link #actorGroupingProperty() overview} → {@link ActorGrouping};
 * {@link #fullGraphProperty()} is the same graph without filters or overview. Filtering a small
 * corpus takes milliseconds, so it runs at once on the UI thread; from
 * {@link #BACKGROUND_FILTER_CLAIMS} claims on it runs in the background (0.8 s at 100,000 claims),
 * the previous graph stays drawn meanwhile, and only the result for the newest criteria is shown.
 * An overview of a graph of a thousand actors takes some tens of milliseconds, plus community
 * detection once per filtered graph.
 *
 * <p>Opening a file reports its progress to {@link #loading()} and can be cancelled there; the open
 * corpus then stays as it was.
 */
public final class CorpusSession {

    /** From this many claims on, filters are applied in the background. */
    public static final int BACKGROUND_FILTER_CLAIMS = 2_000;
    /**
     * A corpus whose graph has more actors than this opens in the community overview: drawing
     * every actor and relation of it takes seconds and moves slowly on a modest machine, and a
     * hairball of that size shows little. View › Overview › Show all actors draws them all.
     */
    public static final int OVERVIEW_ACTORS = 400;
    // The part of the progress bar that reading the file takes; building the graph is the rest
    // (docs/performance.md, "Scale": 2.6 s against 0.5 s at 100,000 claims).
    private static final double READ_SHARE = 0.85;

    private final CorpusLoader loader;
    private final GraphAggregator aggregator;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final GraphFilter filter = new GraphFilter();
    private final ActorGrouping actorGrouping = new ActorGrouping();
    // The communities of the full graph (found once, on the loading worker for a large corpus).
    private AggregatedGraph communitiesFoundIn;
    private Communities fullCommunities;
    // The overview of the full graph, and what it was made from.
    private AggregatedGraph groupedFull;
    private AggregatedGraph groupedFullOf;
    private GroupingSpec groupedFullSpec;

    private final ReadOnlyObjectWrapper<LoadedCorpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ReadOnlyObjectWrapper<AggregatedGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyObjectWrapper<AggregatedGraph> fullGraph = new ReadOnlyObjectWrapper<>(this, "fullGraph");
    private final ObjectProperty<FilterCriteria> criteria =
            new SimpleObjectProperty<>(this, "criteria", FilterCriteria.NONE);
    private final ObjectProperty<GroupingSpec> overview =
            new SimpleObjectProperty<>(this, "actorGrouping", GroupingSpec.ALL);
    private final BooleanProperty peopleSeparately = new SimpleBooleanProperty(this, "peopleSeparately");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyObjectWrapper<List<Problem>> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final Activity loading = new Activity();
    private final Activity filtering = new Activity();
    private final int backgroundFilterClaims;

    // Each request gets a number; a result that arrives after a newer request started is dropped.
    private long generation;
    private boolean quiet;
    private TaskExecutor.TaskHandle running;
    private CorpusSource opening;
    // The filter running in the background, if any, and the number of the newest filter request.
    private long filterRequest;
    private boolean filterBusy;
    private TaskExecutor.TaskHandle filterTask;
    private final List<Runnable> afterFiltering = new ArrayList<>();
    private final List<BiConsumer<AggregatedGraph, CancellationToken>> preparations = new ArrayList<>();

    public CorpusSession(CorpusLoader loader, GraphAggregator aggregator, TaskExecutor executor,
                         DialogService dialogs) {
        this(loader, aggregator, executor, dialogs, BACKGROUND_FILTER_CLAIMS);
    }

    /**
     * @param backgroundFilterClaims from how many claims on filters are applied in the background
     *     (0: always)
     */
    public CorpusSession(CorpusLoader loader, GraphAggregator aggregator, TaskExecutor executor,
                         DialogService dialogs, int backgroundFilterClaims) {
        this.backgroundFilterClaims = backgroundFilterClaims;
        this.loader = Objects.requireNonNull(loader);
        this.aggregator = Objects.requireNonNull(aggregator);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        peopleSeparately.addListener((obs, was, separate) -> regroup());
        criteria.addListener((obs, old, now) -> {
            if (now == null) {
                criteria.set(FilterCriteria.NONE);
            } else if (!quiet) {
                refilter();
            }
        });
        overview.addListener((obs, old, now) -> {
            if (now == null) {
                overview.set(GroupingSpec.ALL);
            } else if (!quiet && fullGraph.get() != null) {
                // The drawn graph without its groups is what the filters left.
                present(graph.get() == null ? null : graph.get().ungrouped());
            }
        });
    }

    // A new full graph: the drawn graph follows with the current criteria.
    private void showFiltered(AggregatedGraph full) {
        fullGraph.set(full);
        refilter();
    }

    // A new full graph whose filtered graph was built with it in the background.
    private void showFiltered(AggregatedGraph full, AggregatedGraph filtered, FilterCriteria usedCriteria) {
        if (!usedCriteria.equals(criteria.get())) {
            showFiltered(full); // the filters changed while the graph was built
            return;
        }
        cancelFilter();
        fullGraph.set(full);
        present(filtered);
        runAfterFiltering();
    }

    // Draws the full graph with the current criteria: at once for small graphs, else in the background.
    private void refilter() {
        AggregatedGraph full = fullGraph.get();
        FilterCriteria current = criteria.get();
        filterRequest++;
        if (full == null || current.isEmpty() || full.corpus().relations().size() < backgroundFilterClaims) {
            cancelFilter();
            present(full == null || current.isEmpty() ? full
                    : filter.apply(full.corpus(), full.grouping(), current));
            runAfterFiltering();
            return;
        }
        if (!filtering.isRunning()) {
            filtering.start("Applying the filters…", null);
        }
        if (!filterBusy) {
            startFilter();
        }
        // Else the running filter's result is stale: the newest criteria are filtered when it ends.
    }

    private void startFilter() {
        AggregatedGraph full = fullGraph.get();
        FilterCriteria current = criteria.get();
        long request = filterRequest;
        filterBusy = true;
        // In an overview the filtered graph is drawn inside the overview's groups: that is worked
        // out on the worker too (a third of a second at 10,000 articles).
        AggregatedGraph groups = overview.get().isGrouped() ? overviewOfFullGraph() : null;
        TaskExecutor.TaskHandle handle = executor.submit(() -> {
            AggregatedGraph filtered = filter.apply(full.corpus(), full.grouping(), current);
            return new Filtered(filtered, groups, groups == null ? null : actorGrouping.within(groups, filtered));
        }, done -> filtered(request, done, null), error -> filtered(request, null, error));
        if (filterBusy) {
            filterTask = handle;
        }
    }

    private void filtered(long request, Filtered done, Throwable error) {
        filterBusy = false;
        filterTask = null;
        if (request != filterRequest) {
            startFilter(); // newer criteria came meanwhile
            return;
        }
        filtering.finish();
        if (error != null) {
            afterFiltering.clear();
            dialogs.showError("Could not apply the filters", describe(error));
            return;
        }
        if (done.grouped() != null && done.groups() == overviewOfFullGraph()) {
            graph.set(done.grouped()); // what present() would show, made on the worker
        } else {
            present(done.graph());
        }
        runAfterFiltering();
    }

    private void cancelFilter() {
        if (filterTask != null) {
            filterTask.cancel();
        }
        filterTask = null;
        filterBusy = false;
        filtering.finish();
    }

    private void runAfterFiltering() {
        List<Runnable> actions = List.copyOf(afterFiltering);
        afterFiltering.clear();
        actions.forEach(Runnable::run);
    }

    /**
     * Runs {@code action} once the drawn graph shows the current criteria: at once, unless filters
     * are being applied in the background. Actions waiting when another corpus opens are dropped.
     */
    public void whenFiltered(Runnable action) {
        if (filtering.isRunning()) {
            afterFiltering.add(action);
        } else {
            action.run();
        }
    }

    // Draws a filtered graph, as an overview when one is chosen. Communities are detected once per
    // filtered graph: expanding one, or switching between overviews, reuses them.
    private void present(AggregatedGraph filtered) {
        GroupingSpec spec = overview.get();
        if (filtered == null || !spec.isGrouped()) {
            graph.set(filtered);
            return;
        }
        // Groups are made once for the full graph; a filtered graph keeps them, with the members it
        // has left, so groups do not change names or places with the filters, and the view can
        // hide and show instead of drawing anew.
        AggregatedGraph groupedFull = overviewOfFullGraph();
        graph.set(filtered == fullGraph.get() ? groupedFull : actorGrouping.within(groupedFull, filtered));
    }

    /**
     * The overview of the unfiltered graph under the current overview setting: what the drawn graph
     * is a part of. The full graph itself when the overview draws every actor; null before a corpus.
     */
    public AggregatedGraph overviewOfFullGraph() {
        AggregatedGraph full = fullGraph.get();
        GroupingSpec spec = overview.get();
        if (full == null || !spec.isGrouped()) {
            return full;
        }
        if (groupedFull == null || groupedFullOf != full || !spec.equals(groupedFullSpec)) {
            Communities communities = null;
            if (spec.mode() == GroupingSpec.Mode.COMMUNITIES) {
                if (communitiesFoundIn != full) {
                    fullCommunities = actorGrouping.communitiesOf(full);
                    communitiesFoundIn = full;
                }
                communities = fullCommunities;
            }
            groupedFull = actorGrouping.apply(full, spec, communities);
            groupedFullOf = full;
            groupedFullSpec = spec;
        }
        return groupedFull;
    }

    // Filters and expanded communities name ids of the corpus they were set for: another corpus
    // starts unfiltered, with its communities collapsed. The overview mode itself stays, except
    // that a large graph starts as communities.
    private void resetForNewCorpus(AggregatedGraph full) {
        quiet = true;
        criteria.set(FilterCriteria.NONE);
        overview.set(openingOverview(overview.get(), full));
        quiet = false;
    }

    private static GroupingSpec openingOverview(GroupingSpec current, AggregatedGraph full) {
        GroupingSpec spec = current.collapsed();
        if (spec.mode() == GroupingSpec.Mode.ALL && full != null && full.actors().size() > OVERVIEW_ACTORS) {
            spec = spec.withMode(GroupingSpec.Mode.COMMUNITIES);
        }
        return spec;
    }

    /**
     * Work done in the background on every newly opened or imported graph before it is shown, such
     * as its first layout, so that it is ready when the graph arrives. It runs on a worker thread,
     * after the work added before it.
     */
    public void prepareInBackground(BiConsumer<AggregatedGraph, CancellationToken> work) {
        preparations.add(Objects.requireNonNull(work));
    }

    // Preparing is only ahead of time: should it fail, the graph is shown all the same and the
    // work is done (and its failure reported) when the graph arrives. A cancelled opening stops.
    private static void prepare(List<BiConsumer<AggregatedGraph, CancellationToken>> work, AggregatedGraph graph,
                                CancellationToken cancel) {
        for (BiConsumer<AggregatedGraph, CancellationToken> step : work) {
            cancel.throwIfCancelled();
            try {
                step.accept(graph, cancel);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                // left to the graph's arrival
            }
        }
    }

    // The overview a new graph is first drawn as, and for a grouped one its groups, worked out on
    // the worker with the graph itself: grouping a graph of thousands of actors takes the better
    // part of a second, which the window would otherwise spend frozen when the graph arrives.
    // Should grouping fail here, it is tried again when the graph arrives, as before this was done ahead.
    private Overview overviewAhead(AggregatedGraph full, GroupingSpec current) {
        GroupingSpec spec = openingOverview(current, full);
        try {
            Communities communities = spec.mode() == GroupingSpec.Mode.COMMUNITIES
                    || full.actors().size() > OVERVIEW_ACTORS ? actorGrouping.communitiesOf(full) : null;
            AggregatedGraph grouped = spec.isGrouped() ? actorGrouping.apply(full, spec,
                    spec.mode() == GroupingSpec.Mode.COMMUNITIES ? communities : null) : null;
            return new Overview(spec, communities, grouped);
        } catch (RuntimeException e) {
            return new Overview(spec, null, null);
        }
    }

    // Keeps what overviewAhead() worked out. Should the overview have been changed meanwhile,
    // overviewOfFullGraph() sees that the groups are for another one and makes them again.
    private void adoptOverview(AggregatedGraph full, Overview ahead) {
        if (ahead.communities() != null) {
            communitiesFoundIn = full;
            fullCommunities = ahead.communities();
        }
        if (ahead.grouped() != null) {
            groupedFull = ahead.grouped();
            groupedFullOf = full;
            groupedFullSpec = ahead.spec();
        }
    }

    /** Loads a corpus in the background; on success it replaces the open one. */
    public void open(CorpusSource source) {
        PersonGrouping grouping = grouping();
        String name = source.displayName();
        long request = begin("Opening " + name + "…", () -> cancelOpen(source));
        opening = source;
        List<BiConsumer<AggregatedGraph, CancellationToken>> prepare = List.copyOf(preparations);
        GroupingSpec currentOverview = overview.get();
        TaskExecutor.TaskHandle handle = executor.submit(task -> {
            LoadResult result = loader.load(source, (done, total, message) -> task.progress(
                    total > 0 ? READ_SHARE * done / total : TaskProgress.UNKNOWN, message + "…"), task);
            task.throwIfCancelled();
            AggregatedGraph aggregated = null;
            if (result.isValid() && result.corpus().isPresent()) {
                task.progress(READ_SHARE, "Building the graph of " + name + "…");
                aggregated = aggregator.aggregate(result.corpus().get(), grouping);
                prepare(prepare, aggregated, task);
                task.throwIfCancelled();
            }
            return new Loaded(result, aggregated, aggregated == null ? null : overviewAhead(aggregated, currentOverview));
        }, loaded -> {
            if (request == generation) {
                finishOpen(source, loaded);
            }
        }, error -> {
            if (request == generation) {
                end();
                dialogs.showError("Could not open " + name, describe(error));
            }
        }, progress -> {
            if (request == generation) {
                loading.report(progress);
            }
        });
        if (request == generation && busy.get()) {
            running = handle;
        }
    }

    // Cancel while a file loads: the work stops, and the corpus on screen stays.
    private void cancelOpen(CorpusSource source) {
        if (running != null) {
            running.cancel();
        }
        generation++;
        end();
        loading.finish("Opening " + source.displayName() + " cancelled"
                + (corpus.get() == null ? "" : "; " + corpus.get().source().displayName() + " is still open"));
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
        afterFiltering.clear();
        corpus.set(new LoadedCorpus(opened, source));
        warnings.set(List.copyOf(result.problems()));
        resetForNewCorpus(loaded.graph());
        adoptOverview(loaded.graph(), loaded.overview());
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
        long request = begin("Drawing " + source.displayName() + "…", null);
        List<BiConsumer<AggregatedGraph, CancellationToken>> prepare = List.copyOf(preparations);
        GroupingSpec currentOverview = overview.get();
        TaskExecutor.TaskHandle handle = executor.submit(() -> {
            AggregatedGraph aggregated = aggregator.aggregate(opened, grouping);
            prepare(prepare, aggregated, CancellationToken.NONE);
            return new Shown(aggregated, overviewAhead(aggregated, currentOverview));
        }, shown -> {
            if (request == generation) {
                end();
                afterFiltering.clear();
                corpus.set(new LoadedCorpus(opened, source));
                warnings.set(List.of());
                resetForNewCorpus(shown.graph());
                adoptOverview(shown.graph(), shown.overview());
                showFiltered(shown.graph());
            }
        }, error -> {
            if (request == generation) {
                end();
                dialogs.showError("Could not show " + source.displayName(), describe(error));
            }
        });
        if (request == generation && busy.get()) {
            running = handle;
        }
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
        FilterCriteria filters = criteria.get();
        long request = begin("Regrouping…", null);
        // The filters are applied in the same background run, so the full and the drawn graph change together.
        TaskExecutor.TaskHandle handle = executor.submit(() -> {
            AggregatedGraph full = aggregator.aggregate(current.corpus(), grouping);
            return new Regrouped(full, filters.isEmpty() ? full : filter.apply(full.corpus(), grouping, filters));
        }, regrouped -> {
            if (request == generation) {
                end();
                showFiltered(regrouped.full(), regrouped.filtered(), filters);
            }
        }, error -> {
            if (request == generation) {
                end();
                dialogs.showError("Could not regroup the graph", describe(error));
            }
        });
        if (request == generation && busy.get()) {
            running = handle;
        }
    }

    private long begin(String message, Runnable cancel) {
        if (running != null) {
            running.cancel();
            running = null;
        }
        generation++;
        loading.start(message, cancel);
        busy.set(true);
        activity.set(message);
        return generation;
    }

    private void end() {
        running = null;
        opening = null;
        loading.finish();
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

    /**
     * Runs {@code action} whenever another corpus is opened or imported, but not when the open one
     * is saved under another name: what is made for a corpus (a story edited, an undo history, the
     * timeline) stays with it.
     */
    public void whenAnotherCorpus(Runnable action) {
        Objects.requireNonNull(action, "action");
        corpus.addListener((obs, old, now) -> {
            if (LoadedCorpus.isAnother(old, now)) {
                action.run();
            }
        });
    }

    /**
     * The graph drawn: the open corpus with the current grouping, filters and overview, or null
     * before one loads. In an overview some of its vertices are groups ({@link AggregatedGraph#group}).
     */
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

    /**
     * How the drawn graph is condensed after the filters: every actor ({@link GroupingSpec#ALL}, the
     * default), the top K, or communities as group vertices.
     */
    public ObjectProperty<GroupingSpec> actorGroupingProperty() {
        return overview;
    }

    /** Whether people are drawn as vertices of their own instead of rolled up into their state. */
    public BooleanProperty peopleSeparatelyProperty() {
        return peopleSeparately;
    }

    /** Opening, regrouping or drawing an imported corpus, for the status bar; opening can be cancelled. */
    public Activity loading() {
        return loading;
    }

    /** Filters being applied in the background (large corpora only), for the status bar. */
    public Activity filtering() {
        return filtering;
    }

    /** Whether filters are being applied in the background; the drawn graph is the previous one meanwhile. */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.runningProperty();
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

    private record Loaded(LoadResult result, AggregatedGraph graph, Overview overview) { }

    private record Shown(AggregatedGraph graph, Overview overview) { }

    private record Overview(GroupingSpec spec, Communities communities, AggregatedGraph grouped) { }


    private record Regrouped(AggregatedGraph full, AggregatedGraph filtered) { }

    /** A filtered graph, and when an overview is shown, the same graph within the overview's groups. */
    private record Filtered(AggregatedGraph graph, AggregatedGraph groups, AggregatedGraph grouped) { }
}

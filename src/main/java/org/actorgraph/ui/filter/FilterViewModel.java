package org.actorgraph.ui.filter;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.Relation;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.Readied;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;

/**
 * The filter panel's state. The whole filter is one immutable {@link FilterCriteria} in the
 * session; every control here is derived from it and every user change replaces it at once (no
 * Apply button) and is one undoable step. Undo, redo, reset and opening a saved view change the
 * criteria, and the controls follow.
 */
public final class FilterViewModel {

    /** The text of the claimant row for claims an outlet makes in its own voice. */
    public static final String OWN_VOICE = "Outlet's own voice";
    /** The text of the outlet row for articles whose outlet is unknown. */
    public static final String UNKNOWN_OUTLET = "Unknown outlet";

    private final CorpusSession session;
    // The options for a graph being opened, made by the thread that opens it (prepare()).
    private final Readied<AggregatedGraph, Options> prepared = new Readied<>();
    // How many times the options of a graph were made, wherever: tests tell where from it.
    private final java.util.concurrent.atomic.AtomicInteger optionsMade = new java.util.concurrent.atomic.AtomicInteger();
    private final SelectionModel selection;
    private final UndoHistory history;

    private final ObservableList<FilterOption<String>> types = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<Certainty>> certainties = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> actors = FXCollections.observableArrayList();
    private final FilteredList<FilterOption<String>> actorsFound = new FilteredList<>(actors);
    private final ObservableList<FilterOption<String>> articles = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> outlets = FXCollections.observableArrayList();
    private final ObservableList<FilterOption<String>> claimants = FXCollections.observableArrayList();
    // Read-only views made once: a wrapper listens to its list only as long as someone holds it.
    private final ObservableList<FilterOption<String>> typesView = FXCollections.unmodifiableObservableList(types);
    private final ObservableList<FilterOption<Certainty>> certaintiesView =
            FXCollections.unmodifiableObservableList(certainties);
    private final ObservableList<FilterOption<String>> actorsView = FXCollections.unmodifiableObservableList(actors);
    private final ObservableList<FilterOption<String>> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<FilterOption<String>> outletsView = FXCollections.unmodifiableObservableList(outlets);
    private final ObservableList<FilterOption<String>> claimantsView =
            FXCollections.unmodifiableObservableList(claimants);
    private final StringProperty actorQuery = new SimpleStringProperty(this, "actorQuery", "");
    private final BooleanProperty hideIsolated = new SimpleBooleanProperty(this, "hideIsolated");
    private final BooleanProperty keepUndated = new SimpleBooleanProperty(this, "keepUndated", true);
    private final IntegerProperty minEvidence = new SimpleIntegerProperty(this, "minEvidence", 1);
    private final ReadOnlyIntegerWrapper maxEvidence = new ReadOnlyIntegerWrapper(this, "maxEvidence", 1);
    private final ReadOnlyObjectWrapper<LocalDate> firstDate = new ReadOnlyObjectWrapper<>(this, "firstDate");
    private final ReadOnlyObjectWrapper<LocalDate> lastDate = new ReadOnlyObjectWrapper<>(this, "lastDate");
    private final ReadOnlyObjectWrapper<LocalDate> from = new ReadOnlyObjectWrapper<>(this, "from");
    private final ReadOnlyObjectWrapper<LocalDate> to = new ReadOnlyObjectWrapper<>(this, "to");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper(this, "periodText", "");
    private final BooleanProperty focusOn = new SimpleBooleanProperty(this, "focusOn");
    private final IntegerProperty focusDepth = new SimpleIntegerProperty(this, "focusDepth", 1);
    private final ObjectProperty<FocusDirection> focusDirection =
            new SimpleObjectProperty<>(this, "focusDirection", FocusDirection.BOTH);
    private final ReadOnlyStringWrapper focusText = new ReadOnlyStringWrapper(this, "focusText", "");
    private final ReadOnlyBooleanWrapper canFocus = new ReadOnlyBooleanWrapper(this, "canFocus");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");

    private AggregatedGraph optionsFor;
    private boolean syncing;
    private FilterCriteria previewStart;

    public FilterViewModel(CorpusSession session, SelectionModel selection, UndoHistory history) {
        this(session, selection, history, null);
    }

    /**
     * @param counter where the counts of a graph of more than {@link #COUNTED_AT_ONCE} claims are
     *                made; null to count every graph at once
     */
    public FilterViewModel(CorpusSession session, SelectionModel selection, UndoHistory history,
                           TaskExecutor counter) {
        this.counter = counter;
        this.session = Objects.requireNonNull(session);
        this.selection = Objects.requireNonNull(selection);
        this.history = Objects.requireNonNull(history);
        session.graphProperty().addListener((obs, old, graph) -> refresh());
        session.criteriaProperty().addListener((obs, old, now) -> refresh());
        selection.selectionProperty().addListener((obs, old, now) -> updateFocusText());
        actorQuery.addListener((obs, old, query) -> {
            String needle = fold(query);
            actorsFound.setPredicate(o -> needle.isEmpty() || fold(o.label()).contains(needle));
        });
        hideIsolated.addListener((obs, was, hide) -> userChange(hide ? "hide isolated actors"
                : "show isolated actors", current().withHideIsolated(hide)));
        keepUndated.addListener((obs, was, keep) -> userChange(keep ? "show undated claims" : "hide undated claims",
                current().withPeriod(current().from(), current().to(), keep)));
        minEvidence.addListener((obs, was, now) -> userChange("minimum evidence " + now,
                current().withMinEvidence(Math.max(1, now.intValue()))));
        focusOn.addListener((obs, was, on) -> focusChanged(on ? "focus" : "end focus"));
        focusDepth.addListener((obs, was, now) -> focusChanged("focus depth " + now));
        focusDirection.addListener((obs, was, now) -> focusChanged("focus direction"));
        refresh();
    }

    private FilterCriteria current() {
        return session.getCriteria();
    }

    // ---------------------------------------------------------------- changes by the user

    private void userChange(String label, FilterCriteria next) {
        if (syncing) {
            return;
        }
        change(label, next);
    }

    /** Replaces the criteria as one undoable step named {@code label}. */
    public void change(String label, FilterCriteria next) {
        history.set(label, session.criteriaProperty(), next);
    }

    /** Shows everything again. */
    public void reset() {
        change("reset filters", FilterCriteria.NONE);
    }

    /** Hides or shows one actor with its relations. */
    public void setActorShown(String actorId, boolean shown) {
        Set<String> hidden = new LinkedHashSet<>(current().hiddenActorIds());
        if (shown ? hidden.remove(actorId) : hidden.add(actorId)) {
            change((shown ? "show " : "hide ") + actorName(actorId), current().withHiddenActorIds(hidden));
        }
    }

    private String actorName(String id) {
        Corpus corpus = corpus();
        return corpus == null ? id : corpus.actor(id).map(Actor::name).orElse(id);
    }

    /**
     * Changes the period while a slider is dragged: the graph follows at once, and the whole drag
     * becomes one step when {@link #commitPeriod()} is called on release.
     *
     * @param first the first day shown, or null for no lower bound
     * @param last the last day shown, or null for no upper bound
     */
    public void previewPeriod(LocalDate first, LocalDate last) {
        if (syncing) {
            return;
        }
        if (previewStart == null) {
            previewStart = current();
        }
        LocalDate low = first == null || first.equals(firstDate.get()) ? null : first;
        LocalDate high = last == null || last.equals(lastDate.get()) ? null : last;
        if (low != null && high != null && high.isBefore(low)) {
            high = low;
        }
        session.criteriaProperty().set(current().withPeriod(low, high, current().keepUndated()));
    }

    /** Ends a slider drag: the change since it began is one undoable step. */
    public void commitPeriod() {
        FilterCriteria before = previewStart;
        previewStart = null;
        FilterCriteria after = current();
        if (before != null && !before.equals(after)) {
            history.record("change the period", () -> session.criteriaProperty().set(before),
                    () -> session.criteriaProperty().set(after));
        }
    }

    /** Sets the period in one step (for example from the date fields). */
    public void setPeriod(LocalDate first, LocalDate last) {
        previewPeriod(first, last);
        commitPeriod();
    }

    private void focusChanged(String label) {
        if (syncing) {
            return;
        }
        if (!focusOn.get()) {
            change(label, current().withFocus(null));
            return;
        }
        String actorId = current().focus() != null ? current().focus().actorId() : selectedActorId();
        if (actorId == null) {
            syncFrom(current());
            return;
        }
        change(label + " on " + actorName(actorId),
                current().withFocus(new Focus(actorId, clampDepth(focusDepth.get()), focusDirection.get())));
    }

    /** Focuses on the selected actor's neighbourhood, or moves the focus to it. */
    public void focusOnSelected() {
        String actorId = selectedActorId();
        if (actorId != null) {
            change("focus on " + actorName(actorId),
                    current().withFocus(new Focus(actorId, clampDepth(focusDepth.get()), focusDirection.get())));
        }
    }

    private static int clampDepth(int depth) {
        return Math.max(1, Math.min(Focus.MAX_DEPTH, depth));
    }

    private String selectedActorId() {
        // A group vertex of an overview is not an actor of the corpus: there is nothing to focus on.
        return selection.getSelection() instanceof Selection.ActorSelected a
                && !a.actor().id().startsWith(org.actorgraph.analysis.ActorGroup.ID_PREFIX) ? a.actor().id() : null;
    }

    // ---------------------------------------------------------------- following the criteria

    private Corpus corpus() {
        AggregatedGraph full = session.getFullGraph();
        return full == null ? null : full.corpus();
    }

    private void refresh() {
        AggregatedGraph full = session.getFullGraph();
        if (full != optionsFor) {
            optionsFor = full;
            rebuildOptions(full);
        }
        syncFrom(current());
        updateCounts(session.getGraph());
        updateFocusText();
        filtered.set(!current().isEmpty());
    }

    private void rebuildOptions(AggregatedGraph full) {
        if (full == null) {
            types.clear();
            certainties.clear();
            actors.clear();
            articles.clear();
            outlets.clear();
            claimants.clear();
            firstDate.set(null);
            lastDate.set(null);
            maxEvidence.set(1);
            return;
        }
        Options ready = prepared.take(full);
        Options options = ready != null ? ready : optionsOf(full);
        types.setAll(options.types());
        certainties.setAll(options.certainties());
        actors.setAll(options.actors());
        articles.setAll(options.articles());
        outlets.setAll(options.outlets());
        claimants.setAll(options.claimants());
        firstDate.set(options.choices().firstDate());
        lastDate.set(options.choices().lastDate());
        maxEvidence.set(options.choices().maxEvidence());
    }

    // What the panel offers for a graph: one option per type, certainty, actor, article, outlet
    // and claimant (12,000 at 10k/100k, each with its properties and listener).
    private record Options(FilterChoices choices, List<FilterOption<String>> types,
                           List<FilterOption<Certainty>> certainties, List<FilterOption<String>> actors,
                           List<FilterOption<String>> articles, List<FilterOption<String>> outlets,
                           List<FilterOption<String>> claimants) { }

    // Makes the options of a graph. Safe on any thread: nothing made is shown or shared yet, and
    // their listeners only run once an option is toggled, on the UI thread.
    private Options optionsOf(AggregatedGraph full) {
        optionsMade.incrementAndGet();
        FilterChoices choices = FilterChoices.of(full);
        return new Options(choices,
                full.typesShown().stream()
                        .map(t -> option(t.id(), t.label(), t.color(), t.description(), this::typeToggled)).toList(),
                choices.certainties().stream()
                        .map(c -> option(c, certaintyLabel(c), null, "", this::certaintyToggled)).toList(),
                choices.actors().stream()
                        .map(a -> option(a.id(), a.name(), null, "", this::actorToggled)).toList(),
                full.corpus().articles().stream()
                        .map(a -> option(a.id(), articleLabel(a), null, a.title(), this::articleToggled)).toList(),
                choices.outlets().stream()
                        .map(o -> option(o, o.isEmpty() ? UNKNOWN_OUTLET : o, null, "", this::outletToggled)).toList(),
                choices.claimants().stream()
                        .map(b -> option(b, b.isEmpty() ? OWN_VOICE : b, null, "", this::claimantToggled)).toList());
    }

    /**
     * Makes what the panel will offer for a graph about to be shown, options and all, on the thread
     * that opens it, so that the UI thread only puts them in its lists when the graph arrives (they
     * took 12-37 ms of it at 10k/100k). Safe to call from any thread.
     */
    public void prepare(AggregatedGraph full, CancellationToken cancel) {
        prepared.set(full, optionsOf(full));
    }

    /** How many times the options of a graph were made (by {@link #prepare} or when one arrived). */
    int optionsMade() {
        return optionsMade.get();
    }

    private static String articleLabel(Article article) {
        String date = article.publicationDate().map(DatePeriod::text).orElse("");
        return date.isEmpty() ? article.title() : article.title() + " (" + date + ")";
    }

    static String outletOf(Article article) {
        return article.outlet() == null ? "" : article.outlet();
    }

    static String claimantOf(Relation relation) {
        return relation.claimant().map(a -> a.by()).orElse("");
    }

    private <K> FilterOption<K> option(K key, String label, String color, String description,
                                       java.util.function.BiConsumer<FilterOption<K>, Boolean> toggled) {
        FilterOption<K> option = new FilterOption<>(key, label, color, description);
        option.shownProperty().addListener((obs, was, shown) -> {
            if (!syncing) {
                toggled.accept(option, shown);
            }
        });
        return option;
    }

    private void typeToggled(FilterOption<String> option, boolean shown) {
        Set<String> hidden = new LinkedHashSet<>(current().hiddenTypeIds());
        if (shown) {
            hidden.remove(option.key());
        } else {
            hidden.add(option.key());
        }
        change((shown ? "show " : "hide ") + option.label(), current().withHiddenTypeIds(hidden));
    }

    private void certaintyToggled(FilterOption<Certainty> option, boolean shown) {
        Set<Certainty> hidden = EnumSet.noneOf(Certainty.class);
        hidden.addAll(current().hiddenCertainties());
        if (shown) {
            hidden.remove(option.key());
        } else {
            hidden.add(option.key());
        }
        change((shown ? "show " : "hide ") + option.label().toLowerCase(Locale.ROOT) + " claims",
                current().withHiddenCertainties(hidden));
    }

    private void actorToggled(FilterOption<String> option, boolean shown) {
        setActorShown(option.key(), shown);
    }

    private void articleToggled(FilterOption<String> option, boolean shown) {
        onlyChanged(articles, option, shown, "article", FilterCriteria::withOnlyArticleIds);
    }

    private void outletToggled(FilterOption<String> option, boolean shown) {
        onlyChanged(outlets, option, shown, "outlet", FilterCriteria::withOnlyOutlets);
    }

    private void claimantToggled(FilterOption<String> option, boolean shown) {
        onlyChanged(claimants, option, shown, "claimant", FilterCriteria::withOnlyAttributions);
    }

    // "Only" lists: all ticked means no restriction; at least one must stay ticked, since an empty
    // "only" set would mean everything.
    private void onlyChanged(List<FilterOption<String>> options, FilterOption<String> option, boolean shown,
                             String what, java.util.function.BiFunction<FilterCriteria, Set<String>, FilterCriteria> with) {
        Set<String> ticked = options.stream().filter(FilterOption::isShown).map(FilterOption::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (ticked.isEmpty()) {
            syncFrom(current());
            return;
        }
        Set<String> only = ticked.size() == options.size() ? Set.of() : ticked;
        change((shown ? "show " : "hide ") + what + " " + option.label(), with.apply(current(), only));
    }

    private void syncFrom(FilterCriteria criteria) {
        syncing = true;
        try {
            types.forEach(o -> o.setShown(!criteria.hiddenTypeIds().contains(o.key())));
            certainties.forEach(o -> o.setShown(!criteria.hiddenCertainties().contains(o.key())));
            actors.forEach(o -> o.setShown(!criteria.hiddenActorIds().contains(o.key())));
            syncOnly(articles, criteria.onlyArticleIds());
            syncOnly(outlets, criteria.onlyOutlets());
            syncOnly(claimants, criteria.onlyAttributions());
            hideIsolated.set(criteria.hideIsolated());
            keepUndated.set(criteria.keepUndated());
            minEvidence.set(criteria.minEvidence());
            from.set(criteria.from());
            to.set(criteria.to());
            periodText.set(periodText(criteria));
            focusOn.set(criteria.focus() != null);
            if (criteria.focus() != null) {
                focusDepth.set(criteria.focus().depth());
                focusDirection.set(criteria.focus().direction());
            }
        } finally {
            syncing = false;
        }
    }

    private static void syncOnly(List<FilterOption<String>> options, Set<String> only) {
        options.forEach(o -> o.setShown(only.isEmpty() || only.contains(o.key())));
    }

    private String periodText(FilterCriteria criteria) {
        if (firstDate.get() == null) {
            return "No dates in this corpus";
        }
        LocalDate low = criteria.from() == null ? firstDate.get() : criteria.from();
        LocalDate high = criteria.to() == null ? lastDate.get() : criteria.to();
        return low.equals(high) ? low.toString() : low + " – " + high;
    }

    // The counts of the last two graphs drawn: a filter and its undo, or a filter and Reset, go
    // back and forth between two graphs, and at 100,000 claims each count is a tenth of a second.
    private OptionCounts lastCounts;
    private OptionCounts previousCounts;

    /**
     * Graphs of up to this many claims are counted at once (a few milliseconds); larger ones in the
     * background, the rows keeping their former counts meanwhile. At 100,000 claims a count takes
     * a tenth of a second.
     */
    public static final int COUNTED_AT_ONCE = 20_000;

    private final TaskExecutor counter;
    private long countRequest;
    // The graph being counted in the background, and the task counting it.
    private AggregatedGraph countingFor;
    private TaskExecutor.TaskHandle countTask;

    private void updateCounts(AggregatedGraph shown) {
        if (shown != null && shown == countingFor) {
            return; // its count is on the way (a criteria change and its graph both refresh)
        }
        long request = ++countRequest;
        if (countTask != null) {
            countTask.cancel(); // a count of a graph no longer shown would only hold a worker
            countTask = null;
        }
        countingFor = null;
        if (lastCounts != null && lastCounts.graph() == shown) {
            showCounts(lastCounts);
        } else if (previousCounts != null && previousCounts.graph() == shown) {
            showCounts(remember(previousCounts));
        } else if (counter != null && shown != null && shown.claims().size() > COUNTED_AT_ONCE) {
            countingFor = shown;
            countTask = counter.submit(() -> OptionCounts.of(shown), counted -> {
                if (request == countRequest) {
                    countingFor = null;
                    countTask = null;
                    showCounts(remember(counted));
                }
            }, error -> {
                if (request == countRequest) {
                    // Counted here after all, rather than leaving the rows without numbers.
                    countingFor = null;
                    countTask = null;
                    showCounts(OptionCounts.of(shown));
                }
            });
        } else {
            showCounts(remember(OptionCounts.of(shown)));
        }
    }

    // The counts of the graph shown now become the last ones, the last ones the previous.
    private OptionCounts remember(OptionCounts counts) {
        previousCounts = lastCounts;
        lastCounts = counts;
        return counts;
    }

    private void showCounts(OptionCounts counts) {
        types.forEach(o -> o.setCount(counts.byType().getOrDefault(o.key(), 0)));
        certainties.forEach(o -> o.setCount(counts.byCertainty().getOrDefault(o.key(), 0)));
        actors.forEach(o -> o.setCount(counts.degrees().getOrDefault(o.key(), 0)));
        articles.forEach(o -> o.setCount(counts.byArticle().getOrDefault(o.key(), 0)));
        outlets.forEach(o -> o.setCount(counts.byOutlet().getOrDefault(o.key(), 0)));
        claimants.forEach(o -> o.setCount(counts.byClaimant().getOrDefault(o.key(), 0)));
    }

    /** How many of each option a graph draws: edges by type and certainty, claims by article, outlet and claimant, relations by actor. */
    private record OptionCounts(AggregatedGraph graph, Map<String, Integer> byType, Map<Certainty, Integer> byCertainty,
                                Map<String, Integer> byArticle, Map<String, Integer> byOutlet,
                                Map<String, Integer> byClaimant, Map<String, Integer> degrees) {

        static OptionCounts of(AggregatedGraph shown) {
            List<AggregatedRelation> edges = shown == null ? List.of() : shown.relations();
            Map<String, Integer> byType = new HashMap<>();
            Map<Certainty, Integer> byCertainty = new HashMap<>();
            Map<String, Integer> byArticle = new HashMap<>();
            Map<String, Integer> byOutlet = new HashMap<>();
            Map<String, Integer> byClaimant = new HashMap<>();
            for (AggregatedRelation edge : edges) {
                byType.merge(edge.type().id(), 1, Integer::sum);
                byCertainty.merge(edge.certainty(), 1, Integer::sum);
                for (Relation claim : edge.relations()) {
                    byArticle.merge(claim.articleId(), 1, Integer::sum);
                    byClaimant.merge(claimantOf(claim), 1, Integer::sum);
                    shown.corpus().article(claim.articleId())
                            .ifPresent(a -> byOutlet.merge(outletOf(a), 1, Integer::sum));
                }
            }
            // An actor's own relations, also when the overview draws it inside a group.
            Map<String, Integer> degrees = new HashMap<>();
            if (shown != null) {
                AggregatedGraph actorsOf = shown.ungrouped();
                actorsOf.actors().forEach(a -> degrees.put(a.id(), actorsOf.degree(a)));
            }
            return new OptionCounts(shown, byType, byCertainty, byArticle, byOutlet, byClaimant, degrees);
        }
    }

    private void updateFocusText() {
        Focus focus = current().focus();
        String selected = selectedActorId();
        canFocus.set(focus != null || selected != null);
        if (focus != null) {
            focusText.set("Around " + actorName(focus.actorId()));
        } else {
            focusText.set(selected == null ? "Select an actor to focus on it" : "Around " + actorName(selected));
        }
    }

    /** What a certainty row says. */
    public static String certaintyLabel(Certainty certainty) {
        return switch (certainty) {
            case REPORTED -> "Reported";
            case INTENDED -> "Planned, expected, proposed";
            case SPECULATIVE -> "Speculative, alleged";
            case DENIED -> "Denied";
        };
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    // ---------------------------------------------------------------- properties

    /** The criteria now in force. */
    public ReadOnlyObjectProperty<FilterCriteria> criteriaProperty() {
        return session.criteriaProperty();
    }

    /** Whether anything is filtered out. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** Relation types of the graph with their colour: the legend and the type filter in one. */
    public ObservableList<FilterOption<String>> types() {
        return typesView;
    }

    /** Certainty groups of the graph: the line-style legend and the status filter in one. */
    public ObservableList<FilterOption<Certainty>> certainties() {
        return certaintiesView;
    }

    /** Every actor of the graph, by name. */
    public ObservableList<FilterOption<String>> actors() {
        return actorsView;
    }

    /** The actors whose names contain {@link #actorQueryProperty()}. */
    public ObservableList<FilterOption<String>> actorsFound() {
        return actorsFound;
    }

    public StringProperty actorQueryProperty() {
        return actorQuery;
    }

    public ObservableList<FilterOption<String>> articles() {
        return articlesView;
    }

    public ObservableList<FilterOption<String>> outlets() {
        return outletsView;
    }

    /** Who makes the claims; the key "" is the outlet's own voice. */
    public ObservableList<FilterOption<String>> claimants() {
        return claimantsView;
    }

    public BooleanProperty hideIsolatedProperty() {
        return hideIsolated;
    }

    /** With a period set: whether claims that cannot be placed in time stay. */
    public BooleanProperty keepUndatedProperty() {
        return keepUndated;
    }

    public IntegerProperty minEvidenceProperty() {
        return minEvidence;
    }

    /** The most evidence any edge has: the top of the minimum-evidence spinner. */
    public ReadOnlyIntegerProperty maxEvidenceProperty() {
        return maxEvidence.getReadOnlyProperty();
    }

    /** The earliest date of a claim or an article, or null when nothing is dated. */
    public ReadOnlyObjectProperty<LocalDate> firstDateProperty() {
        return firstDate.getReadOnlyProperty();
    }

    /** The latest date of a claim or an article, or null. */
    public ReadOnlyObjectProperty<LocalDate> lastDateProperty() {
        return lastDate.getReadOnlyProperty();
    }

    /** The first day shown, or null for no lower bound. */
    public ReadOnlyObjectProperty<LocalDate> fromProperty() {
        return from.getReadOnlyProperty();
    }

    /** The last day shown, or null for no upper bound. */
    public ReadOnlyObjectProperty<LocalDate> toProperty() {
        return to.getReadOnlyProperty();
    }

    /** The period shown, as text: "2023-09-01 – 2023-09-13". */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    /** Whether only the neighbourhood of one actor is shown. */
    public BooleanProperty focusOnProperty() {
        return focusOn;
    }

    /** Steps from the focused actor, 1 to 3. */
    public IntegerProperty focusDepthProperty() {
        return focusDepth;
    }

    public ObjectProperty<FocusDirection> focusDirectionProperty() {
        return focusDirection;
    }

    /** Whom the focus is (or would be) around. */
    public ReadOnlyStringProperty focusTextProperty() {
        return focusText.getReadOnlyProperty();
    }

    /** Whether focus can be switched on: an actor is selected, or focus is on. */
    public ReadOnlyBooleanProperty canFocusProperty() {
        return canFocus.getReadOnlyProperty();
    }
}

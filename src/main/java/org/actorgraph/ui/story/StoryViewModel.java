package org.actorgraph.ui.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.StoryBuilder;
import org.actorgraph.analysis.StoryFrame;
import org.actorgraph.analysis.StoryOrder;
import org.actorgraph.analysis.StoryPlayback;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.corpus.Readied;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.StoryMask;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;

/**
 * The story: the corpus told one step at a time. A step adds its claims to the graph; earlier
 * ones stay, dimmed, and later ones are not drawn yet. The default story has one step per claim or
 * per group of claims from the same sentence, in article order or by date; the user can reorder,
 * remove and add steps and give each a title and a note. The story is kept in saved views.
 */
public final class StoryViewModel {

    private final CorpusSession session;
    private final SelectionModel selection;
    private final GraphViewModel graph;

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObjectProperty<StoryOrder> order = new SimpleObjectProperty<>(this, "order", StoryOrder.TEXT);
    private final ObservableList<StoryStep> steps = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index");
    private final ReadOnlyObjectWrapper<StoryFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper citation = new ReadOnlyStringWrapper(this, "citation", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper canAddSelection = new ReadOnlyBooleanWrapper(this, "canAddSelection");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final StoryBuilder storyBuilder = new StoryBuilder();
    private final StoryPlayback playback = new StoryPlayback();
    private String storyTitle = "";
    // While a story is put in place its steps and index change together: one update at the end.
    private boolean building;
    // The default story of a corpus being opened, built by the thread that opens it (prepare()).
    private final Readied<Corpus, PreparedStory> prepared = new Readied<>();
    // The order chosen, for that thread to read.
    private volatile StoryOrder chosenOrder = StoryOrder.TEXT;

    public StoryViewModel(CorpusSession session, SelectionModel selection, GraphViewModel graph) {
        this.session = Objects.requireNonNull(session);
        this.selection = Objects.requireNonNull(selection);
        this.graph = Objects.requireNonNull(graph);
        session.whenAnotherCorpus(this::rebuild);
        order.addListener((obs, old, now) -> {
            chosenOrder = orderChosen();
            rebuild();
        });
        steps.addListener((ListChangeListener<StoryStep>) c -> {
            if (!building) {
                edited.set(true);
                update();
            }
        });
        index.addListener((obs, old, now) -> {
            if (!building) {
                update();
            }
        });
        active.addListener((obs, old, now) -> update());
        selection.selectionProperty().addListener((obs, old, now) ->
                canAddSelection.set(now instanceof Selection.RelationSelected));
        rebuild();
    }

    private Corpus corpus() {
        LoadedCorpus loaded = session.getCorpus();
        return loaded == null ? null : loaded.corpus();
    }

    private StoryOrder orderChosen() {
        return order.get() == null ? StoryOrder.TEXT : order.get();
    }

    // The default story of the open corpus in the chosen order; edits are replaced.
    private void rebuild() {
        Corpus corpus = corpus();
        PreparedStory ready = prepared.take(corpus);
        boolean readied = corpus != null && ready != null && ready.order() == orderChosen();
        Story story = corpus == null ? new Story("", List.of())
                : readied ? ready.story()
                : storyBuilder.build(corpus, orderChosen());
        restore(story, readied ? ready.first() : null);
        edited.set(false);
    }

    /**
     * Builds the default story of a graph about to be shown, on the thread that opens it, so that
     * it is ready when its corpus arrives: for 10,000 articles that takes a few hundred
     * milliseconds, which the window would otherwise spend frozen. Safe to call from any thread.
     */
    public void prepare(AggregatedGraph graph, CancellationToken cancel) {
        StoryOrder order = chosenOrder;
        Story story = storyBuilder.build(graph.corpus(), order);
        // Its first frame too: at 10,000 articles that is some 50 ms more of the opening.
        StoryFrame first = story.steps().isEmpty() ? null : playback.frame(story, 0, graph.corpus());
        prepared.set(graph.corpus(), new PreparedStory(order, story, first));
    }

    private record PreparedStory(StoryOrder order, Story story, StoryFrame first) { }

    /** Shows a story (from a saved view) from its first step. */
    public void restore(Story story) {
        restore(story, null);
    }

    // The first frame may have been made already, where the story was built.
    private void restore(Story story, StoryFrame first) {
        building = true;
        try {
            storyTitle = story == null || story.title() == null ? "" : story.title();
            steps.setAll(story == null ? List.of() : story.steps());
            index.set(0);
        } finally {
            building = false;
        }
        edited.set(false);
        update(first);
    }

    /** The story as edited, to save with a view. */
    public Story story() {
        return new Story(storyTitle, List.copyOf(steps));
    }

    private void update() {
        update(null);
    }

    /** @param known the frame of the current step when already made, or null to make it */
    private void update(StoryFrame known) {
        Corpus corpus = corpus();
        int n = steps.size();
        if (n > 0 && (index.get() < 0 || index.get() >= n)) {
            index.set(Math.max(0, Math.min(n - 1, index.get())));
            return;
        }
        StoryFrame now = corpus == null || n == 0 ? null
                : known != null ? known : playback.frame(story(), index.get(), corpus);
        frame.set(now);
        counter.set(now == null ? "No steps" : "Step " + (now.index() + 1) + " of " + now.count());
        title.set(now == null || now.title() == null ? "" : now.title());
        caption.set(now == null || now.caption() == null || now.caption().isBlank() ? "" : quoted(now.caption()));
        citation.set(now == null || now.citation() == null ? "" : now.citation());
        note.set(now == null || now.note() == null ? "" : now.note());
        graph.storyMaskProperty().set(active.get() && now != null
                ? new StoryMask(now.shownClaimIds(), now.newClaimIds()) : null);
    }

    // The caption is a quotation: it reads as one on a slide.
    private static String quoted(String text) {
        String t = text.strip();
        return t.startsWith("“") || t.startsWith("\"") ? t : "“" + t + "”";
    }

    // ---------------------------------------------------------------- moving

    /** The next step, if there is one. */
    public void next() {
        go(index.get() + 1);
    }

    /** The previous step, if there is one. */
    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(steps.size() - 1);
    }

    /** Goes to step {@code i} (0-based), kept within the story. */
    public void go(int i) {
        if (!steps.isEmpty()) {
            index.set(Math.max(0, Math.min(steps.size() - 1, i)));
        }
    }

    // ---------------------------------------------------------------- editing

    /** Moves step {@code i} one place earlier; the current step follows it. */
    public void moveUp(int i) {
        swap(i, i - 1);
    }

    /** Moves step {@code i} one place later; the current step follows it. */
    public void moveDown(int i) {
        swap(i, i + 1);
    }

    private void swap(int i, int j) {
        if (i < 0 || j < 0 || i >= steps.size() || j >= steps.size()) {
            return;
        }
        List<StoryStep> copy = new ArrayList<>(steps);
        StoryStep moved = copy.get(i);
        copy.set(i, copy.get(j));
        copy.set(j, moved);
        int current = index.get();
        steps.setAll(copy);
        index.set(current == i ? j : current == j ? i : current);
    }

    /** Removes step {@code i}. */
    public void remove(int i) {
        if (i >= 0 && i < steps.size()) {
            int current = index.get();
            steps.remove(i);
            go(current > i ? current - 1 : current);
        }
    }

    /** Adds the selected edge's claims as a new step after the current one and goes there. */
    public void addFromSelection() {
        if (!(selection.getSelection() instanceof Selection.RelationSelected r)) {
            return;
        }
        AggregatedRelation relation = r.relation();
        List<String> ids = relation.relations().stream().map(org.actorgraph.model.Relation::id).toList();
        Corpus corpus = corpus();
        String stepTitle = corpus == null || relation.relations().isEmpty()
                ? relation.source().name() + " → " + relation.target().name() + ": " + relation.type().label()
                : StoryBuilder.title(relation.relations().get(0), corpus);
        StoryStep step = new StoryStep(ids, stepTitle, null);
        int at = steps.isEmpty() ? 0 : index.get() + 1;
        steps.add(at, step);
        index.set(at);
        update();
    }

    /** Sets the title of step {@code i}. */
    public void setTitle(int i, String text) {
        if (i >= 0 && i < steps.size()) {
            StoryStep s = steps.get(i);
            if (!Objects.equals(s.title(), text)) {
                steps.set(i, new StoryStep(s.relationIds(), text, s.note()));
            }
        }
    }

    /** Sets the note of step {@code i}; blank clears it. */
    public void setNote(int i, String text) {
        if (i >= 0 && i < steps.size()) {
            StoryStep s = steps.get(i);
            String value = text == null || text.isBlank() ? null : text;
            if (!Objects.equals(s.note(), value)) {
                steps.set(i, new StoryStep(s.relationIds(), s.title(), value));
            }
        }
    }

    /** Goes back to the default story of the corpus in the chosen order. */
    public void resetToDefault() {
        rebuild();
    }

    // ---------------------------------------------------------------- properties

    /** Whether the story is shown: the graph shows only what has been told. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The order of the default story: article order or by date. */
    public ObjectProperty<StoryOrder> orderProperty() {
        return order;
    }

    /** The steps, editable through this view model's commands. */
    public ObservableList<StoryStep> steps() {
        return steps;
    }

    /** The current step, 0-based. */
    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyObjectProperty<StoryFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** "Step 3 of 27". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The evidence quote of the current step. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Outlet, date and who makes the claim. */
    public ReadOnlyStringProperty citationProperty() {
        return citation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Whether an edge is selected, so that its claims can become a step. */
    public ReadOnlyBooleanProperty canAddSelectionProperty() {
        return canAddSelection.getReadOnlyProperty();
    }

    /** Whether the steps differ from the default story. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }
}

package org.actorgraph.ui.views;

import org.actorgraph.analysis.OverviewSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.Problem;
import org.actorgraph.io.ViewFileReader;
import org.actorgraph.io.ViewFileWriter;
import org.actorgraph.io.ViewReadResult;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.OverviewSetting;
import org.actorgraph.model.SavedView;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;

/**
 * File › Save view and Open view: a small JSON file next to the corpus that reproduces a figure
 * exactly — filters, the overview of big graphs, positions, pinned actors, zoom and centre, selection
 * and the person grouping.
 * Opening a view of a corpus that is not open opens that corpus first (its path is relative to the
 * view file). Problems in the file go to the same dialog as corpus problems; ids the corpus does
 * not know are reported and ignored.
 */
public final class SavedViewsViewModel {

    /** The ending of view file names. */
    public static final String EXTENSION = ".view.json";

    private final CorpusSession session;
    private final GraphViewModel graph;
    private final SelectionModel selection;
    private final UndoHistory history;
    private final DialogService dialogs;
    private final ViewFileReader reader;
    private final ViewFileWriter writer;
    private Pending pending;
    // True while open() starts the view's corpus or grouping: the session is busy on the view's behalf.
    private boolean opening;
    private java.util.function.Supplier<org.actorgraph.model.Story> storySource = () -> null;
    private java.util.function.Consumer<org.actorgraph.model.Story> storySink = story -> { };

    public SavedViewsViewModel(CorpusSession session, GraphViewModel graph, SelectionModel selection,
                               UndoHistory history, DialogService dialogs, ViewFileReader reader,
                               ViewFileWriter writer) {
        this.session = Objects.requireNonNull(session);
        this.graph = Objects.requireNonNull(graph);
        this.selection = Objects.requireNonNull(selection);
        this.history = Objects.requireNonNull(history);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.reader = Objects.requireNonNull(reader);
        this.writer = Objects.requireNonNull(writer);
        session.graphProperty().addListener((obs, old, now) -> applyPending());
        session.busyProperty().addListener((obs, was, busy) -> {
            if (busy && !opening && pending != null && !corpusOpen(pending)) {
                // The view's corpus did not open and the session has moved on to other work.
                pending = null;
            }
            applyPending();
        });
        session.corpusProperty().addListener((obs, old, now) -> {
            if (pending != null && now != null && !corpusOpen(pending)) {
                pending = null; // another corpus came instead of the view's
            }
        });
    }

    /**
     * Saves the story with every view and restores it from views that have one.
     *
     * @param source the story on screen, or null for none
     * @param sink shows a view's story
     */
    public void keepStory(java.util.function.Supplier<org.actorgraph.model.Story> source,
                          java.util.function.Consumer<org.actorgraph.model.Story> sink) {
        this.storySource = Objects.requireNonNull(source);
        this.storySink = Objects.requireNonNull(sink);
    }

    /** Asks where, then saves the view. */
    public void saveView() {
        if (session.getCorpus() == null) {
            return;
        }
        Optional<Path> corpusFile = session.getCorpus().source().path();
        Path directory = corpusFile.map(Path::getParent).orElse(null);
        String name = session.getCorpus().source().displayName().replaceFirst("(\\.actorgraph)?\\.json$", "")
                + EXTENSION;
        dialogs.chooseViewToSave(directory, name).ifPresent(this::save);
    }

    /** Asks for a view file, then opens it. */
    public void openView() {
        Path directory = session.getCorpus() == null ? null
                : session.getCorpus().source().path().map(Path::getParent).orElse(null);
        dialogs.chooseViewToOpen(directory).ifPresent(this::open);
    }

    /** The view on screen now, as a view file at {@code file} would keep it. */
    public SavedView current(Path file) {
        LoadedCorpus corpus = session.getCorpus();
        String corpusFile = corpus == null ? null : corpus.source().path()
                .map(p -> relative(file, p)).orElse(null);
        Selection selected = selection.getSelection();
        return new SavedView(corpusFile, session.peopleSeparatelyProperty().get(), session.getCriteria(),
                graph.positionsById(), graph.pinnedIds(), graph.viewport().state(),
                selected instanceof Selection.ActorSelected a ? a.actor().id() : null,
                selected instanceof Selection.RelationSelected r ? r.relation().id() : null, storySource.get(),
                OverviewSettings.of(session.actorGroupingProperty().get()));
    }

    private static String relative(Path viewFile, Path corpusFile) {
        Path folder = viewFile.toAbsolutePath().getParent();
        Path corpus = corpusFile.toAbsolutePath();
        try {
            if (folder != null && folder.getRoot() != null && folder.getRoot().equals(corpus.getRoot())) {
                return folder.relativize(corpus).toString().replace('\\', '/');
            }
        } catch (IllegalArgumentException e) {
            // Different drives: keep the absolute path.
        }
        return corpus.toString();
    }

    /** Saves the view on screen; a failure is shown, never thrown. */
    public boolean save(Path file) {
        try {
            writer.write(current(file), file);
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save the view", file + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Opens a view file: its corpus first if another one is open, then the overview (unless the file
     * does not keep one), filters, places, zoom and selection.
     */
    public void open(Path file) {
        ViewReadResult result = reader.read(file);
        if (!result.isValid()) {
            dialogs.showProblems("Could not open " + result.sourceName(), result.sourceName()
                    + " was not opened; the graph on screen is unchanged.", result.problems());
            return;
        }
        SavedView view = result.view().orElseThrow();
        List<Problem> problems = new ArrayList<>(result.problems());
        Optional<Path> corpusPath = Optional.ofNullable(view.corpusFile())
                .map(name -> file.toAbsolutePath().getParent().resolve(name).normalize());
        pending = new Pending(result.sourceName(), view, problems, corpusPath.orElse(null));
        boolean sameCorpus = corpusPath.isEmpty() || (session.getCorpus() != null && session.getCorpus().source()
                .path().map(p -> p.toAbsolutePath().normalize().equals(corpusPath.get())).orElse(false));
        opening = true;
        try {
            if (!sameCorpus) {
                session.open(CorpusSource.ofFile(corpusPath.get()));
            }
            session.peopleSeparatelyProperty().set(view.peopleSeparately());
        } finally {
            opening = false;
        }
        applyPending();
    }

    // Applies the pending view once its corpus is open with the right grouping and nothing is loading.
    private void applyPending() {
        Pending p = pending;
        if (p == null || session.busyProperty().get()) {
            return;
        }
        AggregatedGraph full = session.getFullGraph();
        LoadedCorpus corpus = session.getCorpus();
        if (!corpusOpen(p)) {
            // Not yet: the session stops being busy just before it shows a corpus it has read. If the
            // corpus failed to open (the session showed why), the next corpus or work drops the view.
            return;
        }
        PersonGrouping wanted = p.view().peopleSeparately() ? PersonGrouping.SEPARATE : PersonGrouping.ROLLED_UP;
        if (full == null || full.corpus() != corpus.corpus() || full.grouping() != wanted) {
            return;
        }
        pending = null;
        apply(p, full.corpus());
    }

    // Whether the corpus open now is the one the pending view is of.
    private boolean corpusOpen(Pending p) {
        LoadedCorpus corpus = session.getCorpus();
        return corpus != null && (p.corpusPath() == null || corpus.source().path()
                .map(path -> path.toAbsolutePath().normalize().equals(p.corpusPath())).orElse(false));
    }

    private void apply(Pending p, Corpus corpus) {
        SavedView view = p.view();
        List<Problem> problems = p.problems();
        reader.unknownIds(view, corpus).forEach(id -> problems.add(Problem.warning(p.sourceName(), "",
                id + " is not in this corpus; it was ignored")));
        // The overview first, so that positions and the selection apply to the graph it draws.
        if (view.overview() != null) {
            session.actorGroupingProperty().set(OverviewSettings.spec(view.overview()));
            reportExpandedNonLeaders(view.overview(), p.sourceName(), problems);
        }
        session.criteriaProperty().set(view.criteria());
        graph.restorePositions(view.positions(), view.pinnedActorIds());
        if (view.viewport() != null) {
            graph.viewport().restore(view.viewport());
        }
        selection.clear();
        // A large corpus is filtered in the background: select once the view's filters are drawn.
        session.whenFiltered(() -> {
            AggregatedGraph shown = session.getGraph();
            if (view.selectedActorId() != null) {
                // An actor folded into a group of the overview: its group, as search does.
                shown.actor(view.selectedActorId())
                        .or(() -> shown.corpus().actor(view.selectedActorId()).flatMap(shown::groupContaining)
                                .map(org.actorgraph.analysis.ActorGroup::actor))
                        .ifPresent(selection::select);
            } else if (view.selectedRelationId() != null) {
                shown.relations().stream().filter(r -> r.id().equals(view.selectedRelationId())).findFirst()
                        .ifPresent(selection::select);
            }
        });
        view.presentation().ifPresent(storySink);
        history.clear();
        if (!problems.isEmpty()) {
            dialogs.showProblems("Opened " + p.sourceName() + " with warnings", p.sourceName()
                    + " was opened, but " + problems.size() + (problems.size() == 1 ? " thing needs" : " things need")
                    + " attention.", problems);
        }
    }

    private void reportExpandedNonLeaders(OverviewSetting overview, String sourceName, List<Problem> problems) {
        if (overview.expandedLeaderIds().isEmpty()) {
            return;
        }
        OverviewSettings.expandedNonLeaders(overview, session.overviewOfFullGraph())
                .forEach(said -> problems.add(Problem.warning(sourceName, "$.overview.expanded", said)));
    }

    private record Pending(String sourceName, SavedView view, List<Problem> problems, Path corpusPath) { }
}

package org.actorgraph.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.io.ViewFileReader;
import org.actorgraph.io.ViewFileWriter;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.actorgraph.model.ViewportState;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewsViewModelTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final UndoHistory history = new UndoHistory();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs, history);
    private final SavedViewsViewModel views = new SavedViewsViewModel(session, graph, selection, history, dialogs,
            new ViewFileReader(), new ViewFileWriter());
    private Path corpus;

    @BeforeEach
    void openACorpusFile() throws IOException {
        corpus = dir.resolve("arms.actorgraph.json");
        Files.copy(TestCorpora.path(TestCorpora.MAIN), corpus);
        session.open(CorpusSource.ofFile(corpus));
        graph.viewport().viewportWidthProperty().set(900);
        graph.viewport().viewportHeightProperty().set(600);
    }

    private static final FilterCriteria CRITERIA = FilterCriteria.NONE
            .withHiddenTypeIds(Set.of("visit"))
            .withHiddenCertainties(Set.of(Certainty.SPECULATIVE))
            .withMinEvidence(1)
            .withFocus(new Focus("RUS", 2, FocusDirection.BOTH));

    @Test
    void saveResetAndOpenRestoresTheFigureExactly() {
        session.criteriaProperty().set(CRITERIA);
        var iran = session.getFullGraph().actor("IRN").orElseThrow();
        graph.moved(iran, new Point(0, 0), new Point(111, 222));
        graph.viewport().zoomIn();
        graph.viewport().panBy(30, -12);
        selection.select(session.getGraph().actor("RUS").orElseThrow());
        Map<String, Point> positions = graph.positionsById();
        ViewportState viewport = graph.viewport().state();
        Path file = dir.resolve("figure.view.json");

        assertTrue(views.save(file));
        session.criteriaProperty().set(FilterCriteria.NONE);
        graph.rerunLayout();
        graph.unpinAll();
        graph.viewport().fit();
        selection.clear();
        views.open(file);

        assertEquals(CRITERIA, session.getCriteria());
        assertEquals(positions, graph.positionsById());
        assertEquals(Set.of("IRN"), graph.pinnedIds());
        assertEquals(viewport.scale(), graph.viewport().state().scale(), 1e-9);
        assertEquals(viewport.centreX(), graph.viewport().state().centreX(), 1e-9);
        assertEquals(viewport.centreY(), graph.viewport().state().centreY(), 1e-9);
        assertEquals("RUS", ((Selection.ActorSelected) selection.getSelection()).actor().id());
        assertTrue(dialogs.titles.isEmpty(), dialogs.titles::toString);
    }

    @Test
    void theCorpusPathIsRelativeToTheViewFile() {
        SavedView view = views.current(dir.resolve("figure.view.json"));

        assertEquals("arms.actorgraph.json", view.corpusFile());
    }

    @Test
    void openingAViewOfAnotherCorpusOpensThatCorpusFirst() throws IOException {
        session.peopleSeparatelyProperty().set(true);
        Path file = dir.resolve("people.view.json");
        views.save(file);
        session.peopleSeparatelyProperty().set(false);
        session.open(CorpusSource.bundledSeed());

        views.open(file);

        assertEquals(corpus, session.getCorpus().source().path().orElseThrow());
        assertTrue(session.peopleSeparatelyProperty().get());
        assertTrue(session.getGraph().actor("kim_jong_un").isPresent());
    }

    @Test
    void unknownIdsAreReportedAndIgnored() throws IOException {
        SavedView view = new SavedView("arms.actorgraph.json", false,
                FilterCriteria.NONE.withHiddenActorIds(Set.of("ATLANTIS", "IRN")),
                Map.of("NARNIA", new Point(1, 2)), Set.of(), null, "NOBODY", null);
        Path file = dir.resolve("odd.view.json");
        new ViewFileWriter().write(view, file);

        views.open(file);

        assertTrue(session.getGraph().actor("IRN").isEmpty(), "the known id still applies");
        assertEquals(1, dialogs.problemLists.size());
        String problems = dialogs.problemLists.get(0).toString();
        assertTrue(problems.contains("ATLANTIS") && problems.contains("NARNIA") && problems.contains("NOBODY"),
                problems);
        assertEquals(Selection.NONE, selection.getSelection());
    }

    @Test
    void aBrokenViewFileIsListedAndChangesNothing() throws IOException {
        Path file = dir.resolve("broken.view.json");
        Files.writeString(file, "{ \"criteria\": [");
        session.criteriaProperty().set(CRITERIA);

        views.open(file);

        assertEquals(1, dialogs.problemLists.size());
        assertTrue(dialogs.titles.get(0).contains("broken.view.json"));
        assertEquals(CRITERIA, session.getCriteria());
    }
}

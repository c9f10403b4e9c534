package org.actorgraph.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final GraphViewModel graph = new GraphViewModel(session, new SelectionModel(),
            new ImmediateTaskExecutor(), new ForceLayout(), dialogs);
    private final StatusBarViewModel status = new StatusBarViewModel(session, graph);

    @Test
    void saysSoWhenNoCorpusIsOpen() {
        assertEquals("No corpus open", status.countsProperty().get());
        assertEquals("", status.sourceProperty().get());
    }

    @Test
    void countsShownActorsOfAllRelationsClaimsAndArticles() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());

        assertEquals("5 of 6 actors · 9 relations (10 claims) · 2 articles", status.countsProperty().get());
        assertEquals("seed.actorgraph.json", status.sourceProperty().get());
    }

    @Test
    void countsWhatTheFiltersLeaveOfWhatThereIs() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        session.criteriaProperty().set(org.actorgraph.model.FilterCriteria.NONE
                .withOnlyArticleIds(java.util.Set.of("a2")));

        assertEquals("5 of 6 actors · 3 of 9 relations (3 claims) · 1 of 2 articles", status.countsProperty().get());
    }

    @Test
    void countsEveryActorWhenPeopleAreShownSeparately() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        session.peopleSeparatelyProperty().set(true);

        assertEquals("6 actors · 9 relations (10 claims) · 2 articles", status.countsProperty().get());
    }

    @Test
    void countsTheWarningsOfACorpusThatOpenedWithSome() {
        session.open(org.actorgraph.ui.corpus.CorpusSource.ofFile(TestCorpora.path(TestCorpora.WARNINGS)));

        assertEquals("5 of 6 actors · 9 relations (10 claims) · 2 articles · 1 warning", status.countsProperty().get());
        assertEquals(1, dialogs.problemLists.size(), "the warning is also listed in a dialog");
    }

    @Test
    void showsTheZoomLevel() {
        graph.viewport().zoomOut();

        assertEquals("80 %", status.zoomProperty().get());
    }
}

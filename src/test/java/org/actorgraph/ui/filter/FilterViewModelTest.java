package org.actorgraph.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private final CorpusSession session = TestCorpora.openSession(new RecordingDialogService());
    private final SelectionModel selection = new SelectionModel();
    private final UndoHistory history = new UndoHistory();
    private final FilterViewModel filters = new FilterViewModel(session, selection, history);

    private FilterCriteria criteria() {
        return session.getCriteria();
    }

    private static <K> FilterOption<K> option(List<FilterOption<K>> options, K key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private int edges() {
        return session.getGraph().relations().size();
    }

    @Test
    void listsTheTypesOfTheGraphWithTheirColourAndEdgeCount() {
        assertEquals(List.of("Arms supply", "Technology transfer", "Visit", "Warning", "Invasion", "Aid"),
                filters.types().stream().map(FilterOption::label).toList(), "the unused type is left out");
        FilterOption<String> arms = option(filters.types(), "arms_supply");
        assertEquals(3, arms.countProperty().get(), "PRK→RUS, IRN→RUS, IRN→PRK");
        assertTrue(arms.color().startsWith("#"));
        assertEquals(4, filters.certainties().size());
    }

    @Test
    void uncheckingATypeHidesItsEdgesAndTheCountFollows() {
        int before = edges();

        option(filters.types(), "arms_supply").setShown(false);

        assertEquals(Set.of("arms_supply"), criteria().hiddenTypeIds());
        assertEquals(before - 3, edges());
        assertTrue(session.getGraph().relations().stream().noneMatch(r -> r.type().id().equals("arms_supply")));
        assertEquals(0, option(filters.types(), "arms_supply").countProperty().get());
        assertEquals("Undo hide Arms supply", history.undoTextProperty().get());
    }

    @Test
    void certaintyActorAndIsolatedControlsChangeTheCriteria() {
        option(filters.certainties(), Certainty.DENIED).setShown(false);
        assertEquals(Set.of(Certainty.DENIED), criteria().hiddenCertainties());

        option(filters.actors(), "IRN").setShown(false);
        assertEquals(Set.of("IRN"), criteria().hiddenActorIds());
        assertTrue(session.getGraph().actor("IRN").isEmpty());

        filters.hideIsolatedProperty().set(true);
        assertTrue(criteria().hideIsolated());
    }

    @Test
    void articleOutletAndClaimantListsKeepOnlyWhatIsTicked() {
        option(filters.articles(), "a2").setShown(false);
        assertEquals(Set.of("a1"), criteria().onlyArticleIds());
        assertTrue(session.getGraph().relations().stream()
                .allMatch(r -> r.relations().stream().allMatch(c -> c.articleId().equals("a1"))));

        option(filters.articles(), "a2").setShown(true);
        assertEquals(Set.of(), criteria().onlyArticleIds(), "all ticked means no restriction");

        option(filters.outlets(), "Daily Test").setShown(false);
        assertEquals(Set.of("Test Times"), criteria().onlyOutlets());

        assertTrue(filters.claimants().stream().anyMatch(o -> o.key().isEmpty()
                && o.label().equals(FilterViewModel.OWN_VOICE)));
        option(filters.claimants(), "").setShown(false);
        assertFalse(criteria().onlyAttributions().contains(""));
        assertFalse(criteria().onlyAttributions().isEmpty());
    }

    @Test
    void theLastTickedArticleCannotBeUnticked() {
        option(filters.articles(), "a2").setShown(false);
        option(filters.articles(), "a1").setShown(false);

        assertEquals(Set.of("a1"), criteria().onlyArticleIds());
        assertTrue(option(filters.articles(), "a1").isShown(), "the box is ticked again");
    }

    @Test
    void theSliderDragIsOneStepAndTheDatesShowAsText() {
        assertEquals(LocalDate.of(2023, 9, 5), filters.firstDateProperty().get());
        assertEquals(LocalDate.of(2023, 9, 12), filters.lastDateProperty().get());
        assertEquals("2023-09-05 – 2023-09-12", filters.periodTextProperty().get());

        filters.previewPeriod(LocalDate.of(2023, 9, 6), null);
        filters.previewPeriod(LocalDate.of(2023, 9, 8), null);
        filters.commitPeriod();

        assertEquals(LocalDate.of(2023, 9, 8), criteria().from());
        assertEquals(null, criteria().to(), "the end thumb at the last date sets no bound");
        assertEquals("2023-09-08 – 2023-09-12", filters.periodTextProperty().get());
        history.undo();
        assertEquals(FilterCriteria.NONE, criteria(), "one undo takes back the whole drag");

        filters.keepUndatedProperty().set(false);
        assertFalse(criteria().keepUndated());
    }

    @Test
    void minimumEvidenceHidesThinEdges() {
        assertTrue(filters.maxEvidenceProperty().get() >= 2);

        filters.minEvidenceProperty().set(2);

        assertEquals(2, criteria().minEvidence());
        assertTrue(session.getGraph().relations().stream().allMatch(r -> r.evidenceCount() >= 2));
    }

    @Test
    void focusNeedsASelectedActorAndFollowsDepthAndDirection() {
        filters.focusOnProperty().set(true);
        assertEquals(null, criteria().focus(), "nothing selected: nothing to focus on");
        assertFalse(filters.focusOnProperty().get());

        selection.select(session.getGraph().actor("USA").orElseThrow());
        assertEquals("Around United States", filters.focusTextProperty().get());
        filters.focusOnProperty().set(true);
        assertEquals(new Focus("USA", 1, FocusDirection.BOTH), criteria().focus());

        filters.focusDirectionProperty().set(FocusDirection.OUTGOING);
        filters.focusDepthProperty().set(2);
        assertEquals(new Focus("USA", 2, FocusDirection.OUTGOING), criteria().focus());

        filters.focusOnProperty().set(false);
        assertEquals(null, criteria().focus());
    }

    @Test
    void resetShowsEverythingAndTheControlsFollow() {
        option(filters.types(), "visit").setShown(false);
        option(filters.actors(), "USA").setShown(false);
        filters.minEvidenceProperty().set(2);

        filters.reset();

        assertEquals(FilterCriteria.NONE, criteria());
        assertTrue(option(filters.types(), "visit").isShown());
        assertTrue(option(filters.actors(), "USA").isShown());
        assertEquals(1, filters.minEvidenceProperty().get());
        assertEquals("Undo reset filters", history.undoTextProperty().get());
    }

    @Test
    void undoAndRedoMoveTheCheckboxesWithTheCriteria() {
        option(filters.actors(), "IRN").setShown(false);
        assertEquals("Undo hide Iran", history.undoTextProperty().get());

        history.undo();
        assertTrue(option(filters.actors(), "IRN").isShown());
        assertTrue(session.getGraph().actor("IRN").isPresent());

        history.redo();
        assertFalse(option(filters.actors(), "IRN").isShown());
        assertTrue(session.getGraph().actor("IRN").isPresent() == false);
    }

    @Test
    void theActorSearchBoxNarrowsTheListIgnoringCaseAndAccents() {
        filters.actorQueryProperty().set("RUS");
        assertEquals(List.of("Russia"), filters.actorsFound().stream().map(FilterOption::label).toList());
        filters.actorQueryProperty().set("");
        assertEquals(filters.actors().size(), filters.actorsFound().size());
    }

    @Test
    void anotherCorpusStartsUnfiltered() {
        option(filters.types(), "visit").setShown(false);

        session.open(org.actorgraph.ui.corpus.CorpusSource.ofFile(TestCorpora.path(TestCorpora.WARNINGS)));

        assertEquals(FilterCriteria.NONE, criteria());
        assertTrue(option(filters.types(), "visit").isShown());
    }

    @Test
    void choicesReadiedForAnotherGraphAreNotShownForTheOneThatArrives() {
        // Readied for the bundled seed (six core actors), then the test corpus (five actors) opens instead.
        var seed = TestCorpora.seedSession(new RecordingDialogService()).getFullGraph();
        filters.prepare(seed, org.actorgraph.io.CancellationToken.NONE);

        session.open(org.actorgraph.ui.corpus.CorpusSource.ofFile(TestCorpora.path(TestCorpora.MAIN)));

        assertEquals(session.getFullGraph().actors().stream().map(a -> a.id()).sorted().toList(),
                filters.actors().stream().map(FilterOption::key).sorted().toList());
        assertEquals(5, filters.actors().size(), "the test corpus has five actors");
    }

    @Test
    void optionsMadeWhileACorpusOpensAreListedWhenItArrivesAndFilterIt() {
        org.actorgraph.ui.support.ManualTaskExecutor executor = new org.actorgraph.ui.support.ManualTaskExecutor();
        CorpusSession loading = new CorpusSession(new org.actorgraph.ui.corpus.CorpusLoader(
                new org.actorgraph.io.CorpusReader(), TestCorpora.MAIN), new org.actorgraph.analysis.GraphAggregator(),
                executor, new RecordingDialogService());
        FilterViewModel panel = new FilterViewModel(loading, new SelectionModel(), new UndoHistory());
        int[] madeWhileOpening = {-1};
        loading.prepareInBackground((graph, cancel) -> {
            panel.prepare(graph, cancel);
            madeWhileOpening[0] = panel.optionsMade();
        });

        loading.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());
        assertTrue(panel.actors().isEmpty(), "nothing listed while the corpus opens");
        executor.runAll();

        assertEquals(1, madeWhileOpening[0], "the options were made on the opening's worker");
        assertEquals(1, panel.optionsMade(), "and not again when the graph arrived");
        assertEquals(loading.getFullGraph().actors().stream().map(a -> a.id()).sorted().toList(),
                panel.actors().stream().map(FilterOption::key).sorted().toList());
        int before = loading.getGraph().relations().size();
        option(panel.types(), "arms_supply").setShown(false);
        executor.runAll();
        assertEquals(Set.of("arms_supply"), loading.getCriteria().hiddenTypeIds());
        assertTrue(loading.getGraph().relations().size() < before, "the graph lost its arms supplies");
        assertEquals(0, option(panel.types(), "arms_supply").countProperty().get());
    }

    @Test
    void countsFollowTheGraphBackAndForthBetweenAFilterAndReset() {
        FilterOption<String> arms = option(filters.types(), "arms_supply");
        FilterOption<String> visit = option(filters.types(), "visit");
        int visits = visit.countProperty().get();

        for (int round = 0; round < 2; round++) {
            arms.setShown(false);
            assertEquals(0, arms.countProperty().get(), "hidden, round " + round);
            assertEquals(visits, visit.countProperty().get());
            filters.reset();
            assertEquals(3, arms.countProperty().get(), "PRK→RUS, IRN→RUS, IRN→PRK, round " + round);
            assertEquals(visits, visit.countProperty().get());
        }
        option(filters.types(), "visit").setShown(false);
        assertEquals(0, visit.countProperty().get(), "a third graph");
        assertEquals(3, arms.countProperty().get());
    }
}


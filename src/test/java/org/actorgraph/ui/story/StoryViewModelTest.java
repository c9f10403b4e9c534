package org.actorgraph.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.StoryOrder;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.StoryMask;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class StoryViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.seedSession(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs);
    private final StoryViewModel story = new StoryViewModel(session, selection, graph);

    private int count() {
        return story.steps().size();
    }

    @Test
    void theDefaultStoryStartsAtStepOneWithItsQuoteAndCitation() {
        assertTrue(count() > 3, "the seed tells several steps");
        assertEquals(0, story.indexProperty().get());
        assertEquals("Step 1 of " + count(), story.counterProperty().get());
        assertFalse(story.captionProperty().get().isBlank(), "the evidence quote");
        assertFalse(story.citationProperty().get().isBlank(), "outlet, date, attribution");
        assertEquals(story.steps().get(0).title(), story.titleProperty().get());
        assertFalse(story.editedProperty().get());
    }

    @Test
    void steppingStaysWithinTheStory() {
        story.previous();
        assertEquals(0, story.indexProperty().get(), "nothing before the first step");
        story.next();
        story.next();
        assertEquals(2, story.indexProperty().get());
        assertEquals("Step 3 of " + count(), story.counterProperty().get());
        story.last();
        assertEquals(count() - 1, story.indexProperty().get());
        story.next();
        assertEquals(count() - 1, story.indexProperty().get(), "nothing after the last step");
        story.first();
        assertEquals(0, story.indexProperty().get());
        story.go(1000);
        assertEquals(count() - 1, story.indexProperty().get());
    }

    @Test
    void eachStepAddsItsClaimsAndKeepsTheEarlierOnes() {
        story.activeProperty().set(true);
        StoryMask first = graph.storyMaskProperty().get();
        assertNotNull(first);
        assertEquals(Set.copyOf(story.steps().get(0).relationIds()), first.newClaimIds());

        story.next();
        StoryMask second = graph.storyMaskProperty().get();
        assertEquals(Set.copyOf(story.steps().get(1).relationIds()), second.newClaimIds());
        assertTrue(second.shownClaimIds().containsAll(first.shownClaimIds()), "earlier claims stay");
        assertTrue(second.shownClaimIds().containsAll(second.newClaimIds()));
        assertTrue(second.shownClaimIds().size() > first.shownClaimIds().size());

        story.last();
        Set<String> all = new HashSet<>();
        story.steps().forEach(s -> all.addAll(s.relationIds()));
        assertEquals(all, graph.storyMaskProperty().get().shownClaimIds(), "the last step shows everything told");

        story.activeProperty().set(false);
        assertNull(graph.storyMaskProperty().get(), "off: the whole graph again");
    }

    @Test
    void stepsCanBeReorderedRemovedAndRetitled() {
        StoryStep a = story.steps().get(0);
        StoryStep b = story.steps().get(1);
        int n = count();

        story.moveDown(0);
        assertEquals(List.of(b, a), story.steps().subList(0, 2));
        assertEquals(1, story.indexProperty().get(), "the current step moves with it");
        assertTrue(story.editedProperty().get());
        story.moveUp(1);
        assertEquals(List.of(a, b), story.steps().subList(0, 2));
        story.moveUp(0);
        assertEquals(a, story.steps().get(0), "the first step cannot move up");

        story.setTitle(0, "Kim goes to Russia");
        story.setNote(0, "Ask the class why now.");
        assertEquals("Kim goes to Russia", story.titleProperty().get());
        assertEquals("Ask the class why now.", story.noteProperty().get());
        assertEquals(a.relationIds(), story.steps().get(0).relationIds());

        story.remove(0);
        assertEquals(n - 1, count());
        assertEquals(b, story.steps().get(0));
        assertEquals("Step 1 of " + (n - 1), story.counterProperty().get());
    }

    @Test
    void theSelectedEdgeBecomesAStepAfterTheCurrentOne() {
        assertFalse(story.canAddSelectionProperty().get());
        AggregatedRelation edge = session.getGraph().relations().get(0);
        selection.select(edge);
        assertTrue(story.canAddSelectionProperty().get());
        int n = count();

        story.addFromSelection();

        assertEquals(n + 1, count());
        assertEquals(1, story.indexProperty().get());
        StoryStep added = story.steps().get(1);
        assertEquals(edge.relations().stream().map(r -> r.id()).toList(), added.relationIds());
        assertFalse(added.title().isBlank());
    }

    @Test
    void orderByDateRebuildsAndAStoryFromAViewIsRestored() {
        story.orderProperty().set(StoryOrder.DATE);
        assertTrue(count() > 0);
        assertEquals(0, story.indexProperty().get());

        Story saved = new Story("Class", List.of(story.steps().get(2), story.steps().get(0)));
        story.next();
        story.restore(saved);
        assertEquals(2, count());
        assertEquals(0, story.indexProperty().get());
        assertEquals(saved, story.story());
        assertEquals("Step 1 of 2", story.counterProperty().get());
    }

    // A session with no corpus open yet, which opens the seed synchronously when asked.
    private CorpusSession openingSession() {
        return new CorpusSession(new org.actorgraph.ui.corpus.CorpusLoader(
                new org.actorgraph.io.CorpusReader(), org.actorgraph.ui.corpus.CorpusLoader.SEED_RESOURCE),
                new org.actorgraph.analysis.GraphAggregator(), new ImmediateTaskExecutor(), dialogs);
    }

    // A story readied on the thread that opens the session's next corpus.
    private StoryViewModel readiedWhileOpening(CorpusSession opening) {
        StoryViewModel readied = new StoryViewModel(opening, selection, new GraphViewModel(opening, selection,
                new ImmediateTaskExecutor(), new ForceLayout(), dialogs));
        opening.prepareInBackground(readied::prepare);
        return readied;
    }

    @Test
    void aStoryReadiedWhileACorpusOpensFollowsAnOrderChosenMeanwhile() {
        CorpusSession opening = openingSession();
        StoryViewModel readied = readiedWhileOpening(opening);
        // The order is changed while the corpus is being opened, after the story began to be readied.
        opening.prepareInBackground((full, cancel) -> readied.orderProperty().set(StoryOrder.DATE));

        opening.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());

        var corpus = opening.getCorpus().corpus();
        Story byDate = new org.actorgraph.analysis.StoryBuilder().build(corpus, StoryOrder.DATE);
        assertFalse(byDate.steps().equals(new org.actorgraph.analysis.StoryBuilder().build(corpus, StoryOrder.TEXT)
                .steps()), "the two orders differ for this corpus");
        assertEquals(byDate.steps(), readied.steps());
        assertEquals(new org.actorgraph.analysis.StoryPlayback().frame(byDate, 0, corpus), readied.frameProperty().get(),
                "the first frame of the story by date, not the one readied by text");
    }

    @Test
    void theFirstFrameReadiedWhileACorpusOpensIsTheOneShown() {
        CorpusSession opening = openingSession();
        StoryViewModel readied = readiedWhileOpening(opening);

        opening.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());

        var corpus = opening.getCorpus().corpus();
        Story byText = new org.actorgraph.analysis.StoryBuilder().build(corpus, StoryOrder.TEXT);
        assertEquals(new org.actorgraph.analysis.StoryPlayback().frame(byText, 0, corpus), readied.frameProperty().get());
        assertEquals("Step 1 of " + byText.steps().size(), readied.counterProperty().get());
    }

    @Test
    void storyKeysMapClickerAndArrowKeys() {
        assertEquals(StoryKeys.NEXT, StoryKeys.of(javafx.scene.input.KeyCode.PAGE_DOWN).orElseThrow());
        assertEquals(StoryKeys.NEXT, StoryKeys.of(javafx.scene.input.KeyCode.SPACE).orElseThrow());
        assertEquals(StoryKeys.NEXT, StoryKeys.of(javafx.scene.input.KeyCode.RIGHT).orElseThrow());
        assertEquals(StoryKeys.PREVIOUS, StoryKeys.of(javafx.scene.input.KeyCode.PAGE_UP).orElseThrow());
        assertEquals(StoryKeys.PREVIOUS, StoryKeys.of(javafx.scene.input.KeyCode.UP).orElseThrow());
        assertEquals(StoryKeys.FIRST, StoryKeys.of(javafx.scene.input.KeyCode.HOME).orElseThrow());
        assertEquals(StoryKeys.LAST, StoryKeys.of(javafx.scene.input.KeyCode.END).orElseThrow());
        assertTrue(StoryKeys.of(javafx.scene.input.KeyCode.A).isEmpty());
    }

    @Test
    void savingTheCorpusUnderAnotherNameKeepsAnEditedStory() {
        int before = count();
        story.steps().remove(0);
        assertTrue(story.editedProperty().get());

        session.savedAs(java.nio.file.Path.of("elsewhere.actorgraph.json"));

        assertEquals(before - 1, count(), "the step removed stays removed");
        assertTrue(story.editedProperty().get());
    }
}

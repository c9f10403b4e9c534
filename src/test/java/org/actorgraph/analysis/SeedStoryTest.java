package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.junit.jupiter.api.Test;

/**
 * The default story of the seed corpus and its playback. Expectations are read from
 * docs/seed-annotation.md: 38 claims, of which r12/r13, r14/r15 and r29–r32 share their evidence, so
 * 38 − 1 − 1 − 3 = 33 steps.
 */
class SeedStoryTest {

    private static final Corpus SEED =
            new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();

    private static final String OPENING =
            "In a rare visit out of the country, North Korean leader Kim Jong-Un will travel to Russia this month";

    private final StoryBuilder builder = new StoryBuilder();
    private final StoryPlayback playback = new StoryPlayback();

    private static List<List<String>> ids(Story story) {
        return story.steps().stream().map(StoryStep::relationIds).toList();
    }

    @Test
    void theTextOrderFollowsTheArticleWithOneStepPerSentence() {
        Story story = builder.build(SEED, StoryOrder.TEXT);
        List<List<String>> steps = ids(story);
        assertEquals(33, steps.size());
        assertEquals(List.of("r01"), steps.get(0), "Kim's visit from the opening sentence");
        assertEquals("Kim Jong-Un → Russia: visit", story.steps().get(0).title());
        assertEquals(List.of("r02"), steps.get(1));
        assertEquals(List.of("r03"), steps.get(2));
        assertEquals("North Korea → Russia: arms supply", story.steps().get(2).title());
        assertTrue(steps.contains(List.of("r12", "r13")));
        assertTrue(steps.contains(List.of("r14", "r15")));
        assertTrue(steps.contains(List.of("r29", "r30", "r31", "r32")));
        assertEquals(List.of("r38"), steps.get(32));
        assertEquals("Xi Jinping → North Korea: diplomatic support (negated)", story.steps().get(32).title());
        assertEquals(SEED.title(), story.title());
        story.steps().forEach(s -> assertEquals("", s.note()));
    }

    @Test
    void theRepeatedParagraphAddsNoStepAndEveryClaimIsInExactlyOneStep() {
        List<String> all = new ArrayList<>();
        ids(builder.build(SEED, StoryOrder.TEXT)).forEach(all::addAll);
        assertEquals(38, all.size());
        assertEquals(38, new HashSet<>(all).size());
        List<String> inOrder = new ArrayList<>(all);
        inOrder.sort(null);
        assertEquals(inOrder, all, "the seed's relations are numbered in the order of the article");
    }

    @Test
    void theDateOrderPutsTheInvasionFirstAndKeepsTextOrderWithinADate() {
        List<List<String>> steps = ids(builder.build(SEED, StoryOrder.DATE));
        assertEquals(33, steps.size());
        assertEquals(List.of(List.of("r08"), List.of("r14", "r15"), List.of("r16"),
                List.of("r20"), List.of("r21"), List.of("r22"), List.of("r23"), List.of("r24"),
                List.of("r12", "r13"), List.of("r01"), List.of("r02"), List.of("r03")), steps.subList(0, 12));
        // The Eastern Economic Forum (2023-09-10/13) comes after everything dated only to September.
        assertEquals(List.of(List.of("r09"), List.of("r10"), List.of("r11")), steps.subList(30, 33));
    }

    @Test
    void playbackGrowsTheGraphAndHighlightsTheStepsClaims() {
        Story story = builder.build(SEED, StoryOrder.TEXT);
        StoryFrame first = playback.frame(story, 0, SEED);
        assertEquals(Set.of("r01"), first.shownClaimIds());
        assertEquals(Set.of("r01"), first.newClaimIds());
        assertEquals(OPENING, first.caption(), "the repeated paragraph is quoted once");
        assertEquals("Unknown outlet · 2023-09 · according to unnamed reports", first.citation());
        assertEquals("Kim Jong-Un → Russia: visit", first.title());
        assertEquals("Step 1 of 33", first.progress());

        StoryFrame second = playback.frame(story, 1, SEED);
        assertEquals(List.of("r01", "r02"), List.copyOf(second.shownClaimIds()));
        assertEquals(Set.of("r02"), second.newClaimIds());

        int warning = ids(story).indexOf(List.of("r14", "r15"));
        StoryFrame warned = playback.frame(story, warning, SEED);
        assertEquals(Set.of("r14", "r15"), warned.newClaimIds());
        assertEquals(12, warning, "r01 to r11 alone, then r12/r13 together");
        assertEquals(15, warned.shownClaimIds().size(), "r01 to r15");
        assertEquals("The United States had first mentioned the possibility of Russia-North Korea parternship"
                + " over Ukraine a year ago … The United States first warned about cooperation between North Korea"
                + " and Russia a year ago", warned.caption());
        assertEquals("Unknown outlet · 2023-09 · according to The New York Times", warned.citation());

        StoryFrame invasion = playback.frame(story, ids(story).indexOf(List.of("r08")), SEED);
        assertEquals("Russia invaded Ukraine on February 24, 2022, and has been engaged in a war since",
                invasion.caption());
        assertEquals("Unknown outlet · 2023-09 · stated by the outlet", invasion.citation());

        StoryFrame last = playback.frame(story, 32, SEED);
        assertEquals(38, last.shownClaimIds().size());
        assertTrue(last.isLast());
    }

    @Test
    void aStepOutsideTheStoryIsRefused() {
        Story story = builder.build(SEED, StoryOrder.TEXT);
        assertThrows(IllegalArgumentException.class, () -> playback.frame(story, 33, SEED));
        assertThrows(IllegalArgumentException.class, () -> playback.frame(story, -1, SEED));
        assertThrows(IllegalArgumentException.class, () -> playback.frame(new Story("", List.of()), 0, SEED));
    }

    @Test
    void unknownClaimIdsAreShownButNotQuoted() {
        Story story = new Story("t", List.of(new StoryStep(List.of("r99"), "Nothing", null)));
        StoryFrame frame = playback.frame(story, 0, SEED);
        assertEquals(Set.of("r99"), frame.newClaimIds());
        assertEquals("", frame.caption());
        assertEquals("", frame.citation());
        assertEquals("", frame.note());
    }
}

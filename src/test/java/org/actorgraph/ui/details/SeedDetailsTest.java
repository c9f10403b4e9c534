package org.actorgraph.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

/** The details panel on the bundled seed, whose article marks where each actor is named. */
class SeedDetailsTest {

    private final CorpusSession session = TestCorpora.seedSession(new RecordingDialogService());
    private final SelectionModel selection = new SelectionModel();
    private final DetailsViewModel details = new DetailsViewModel(selection, session);

    @Test
    void theActorsOfARelationAreMarkedWhereTheQuoteNamesThem() {
        selection.select(session.getGraph().find("PRK", "RUS", "arms_supply").orElseThrow());

        // r03, the first of the arms supply quotes, cited twice (paragraphs 1 and 3). Kim Jong-Un
        // counts as North Korea and Vladimir Putin as Russia once rolled up; Ukraine is neither end.
        QuoteItem first = details.quotes().get(0);
        assertTrue(first.text().startsWith("North Korean leader Kim Jong-Un will travel to Russia"), first.text());
        assertEquals("×2 in the text", first.occurrences());
        assertEquals(List.of("North Korean", "Kim Jong-Un", "Russia", "Russian", "Vladimir Putin"), first.mentionTexts());
        assertEquals(List.of(MentionRange.Role.SOURCE, MentionRange.Role.SOURCE, MentionRange.Role.TARGET,
                MentionRange.Role.TARGET, MentionRange.Role.TARGET),
                first.mentions().stream().map(MentionRange::role).toList());
        assertEquals(0, first.mentions().get(0).start());
    }

    @Test
    void theDronesRelationHasTwoQuotesAndNamesIranAndRussia() {
        selection.select(session.getGraph().find("IRN", "RUS", "arms_supply").orElseThrow());

        assertEquals(2, details.quotes().size());
        assertEquals(List.of("Russia"), details.quotes().get(0).mentionTexts());
        assertEquals(List.of("Russia", "Iran"), details.quotes().get(1).mentionTexts());
        assertEquals("Stated by the outlet", details.quotes().get(1).attribution());
        assertEquals("the outlet itself", details.facts().stream().filter(f -> f.label().equals("Claimed by"))
                .findFirst().orElseThrow().value());
    }
}

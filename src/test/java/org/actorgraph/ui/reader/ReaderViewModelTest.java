package org.actorgraph.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

/**
 * The reader on the bundled seed. Its first paragraph holds three nested claims: r01 (visit,
 * characters 0–89) ends inside r02 (meeting, 36–141), which lies inside r03 (arms supply, 36–191);
 * rolled up, all three join North Korea and Russia.
 */
class ReaderViewModelTest {

    private final CorpusSession session = TestCorpora.seedSession(new RecordingDialogService());
    private final SelectionModel selection = new SelectionModel();
    private final ReaderViewModel reader = new ReaderViewModel(selection, session);

    private AggregatedRelation relation(String source, String type, String target) {
        return session.getGraph().find(source, target, type).orElseThrow();
    }

    private ReaderDocument openFor(AggregatedRelation relation) {
        selection.select(relation);
        assertTrue(reader.openSelection());
        return reader.activeProperty().get();
    }

    private static ReaderSegment segmentWith(ReaderDocument document, String phrase) {
        return document.segments().stream().filter(s -> s.text().contains(phrase)).findFirst().orElseThrow();
    }

    @Test
    void opensTheArticleWithTheRelationsEvidenceHighlighted() {
        ReaderDocument document = openFor(relation("PRK", "arms_supply", "RUS"));

        assertEquals(1, reader.documents().size());
        String highlighted = document.focusedSegments().stream().map(ReaderSegment::text)
                .collect(Collectors.joining("|"));
        assertTrue(highlighted.contains("North Korea provides Russia with weapons"), highlighted);
        assertTrue(highlighted.contains("Russia planned to buy artillery shells"), highlighted);
        assertFalse(highlighted.contains("drones made in Iran"), highlighted);
        assertEquals(36, document.segments().get(document.firstFocused()).start());
    }

    @Test
    void segmentsCoverTheWholeTextWithoutGaps() {
        ReaderDocument document = openFor(relation("PRK", "arms_supply", "RUS"));

        String joined = document.segments().stream().map(ReaderSegment::text).collect(Collectors.joining());
        assertEquals(document.article().text(), joined);
        for (int i = 1; i < document.segments().size(); i++) {
            assertEquals(document.segments().get(i - 1).end(), document.segments().get(i).start());
        }
    }

    @Test
    void aClickOnNestedEvidencePicksTheSmallestCoveringSpan() {
        ReaderDocument document = openFor(relation("PRK", "arms_supply", "RUS"));

        ReaderSegment travel = segmentWith(document, "will travel to Russia");
        assertEquals(3, travel.covers().size());
        assertEquals(relation("PRK", "visit", "RUS"), travel.pick().orElseThrow());
        assertEquals(relation("PRK", "meeting", "RUS"), segmentWith(document, "to meet Russian President").pick().orElseThrow());
        ReaderSegment discuss = segmentWith(document, "discuss the supply of weapons");
        assertEquals(1, discuss.covers().size());
        assertEquals(relation("PRK", "arms_supply", "RUS"), discuss.pick().orElseThrow());
        assertEquals(relation("PRK", "visit", "RUS"), segmentWith(document, "In a rare visit").pick().orElseThrow());
    }

    @Test
    void clickingHighlightedTextSelectsItsRelation() {
        ReaderDocument document = openFor(relation("PRK", "visit", "RUS"));

        reader.click(segmentWith(document, "North Korea provides Russia with weapons"));

        assertEquals(Selection.of(relation("PRK", "arms_supply", "RUS")), selection.getSelection());
        assertSame(document, reader.activeProperty().get());
    }

    @Test
    void anActorOpensTheEvidenceOfAllItsRelations() {
        selection.select(session.getGraph().actor("IRN").orElseThrow());
        assertTrue(reader.openSelection());

        ReaderDocument document = reader.activeProperty().get();
        String highlighted = document.focusedSegments().stream().map(ReaderSegment::text)
                .collect(Collectors.joining("|"));
        assertTrue(highlighted.contains("drones made in Iran"), highlighted);
        assertTrue(highlighted.contains("would not be the first country"), highlighted);
        assertTrue(document.subject().startsWith("Iran"), document.subject());
    }

    @Test
    void reopeningTheSameArticleReplacesItsTabAndNothingSelectedOpensNothing() {
        openFor(relation("PRK", "arms_supply", "RUS"));
        openFor(relation("IRN", "arms_supply", "RUS"));
        assertEquals(1, reader.documents().size());

        selection.clear();
        assertFalse(reader.openSelection());
    }

    @Test
    void closingTheActiveArticleShowsTheGraph() {
        ReaderDocument document = openFor(relation("PRK", "arms_supply", "RUS"));

        reader.close(document);

        assertTrue(reader.documents().isEmpty());
        assertNull(reader.activeProperty().get());
    }

    @Test
    void regroupingKeepsTheTabsWithEvidenceOfTheNewGraph() {
        openFor(relation("PRK", "arms_supply", "RUS"));

        session.peopleSeparatelyProperty().set(true);

        assertEquals(1, reader.documents().size());
        ReaderDocument document = reader.activeProperty().get();
        assertEquals(session.getGraph().find("kim_jong_un", "RUS", "visit").orElseThrow(),
                segmentWith(document, "will travel to Russia").pick().orElseThrow());
    }
}

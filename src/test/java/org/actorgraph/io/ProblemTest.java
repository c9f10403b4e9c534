package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.model.Corpus;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void contentProblemReadsFileThenPathThenMessage() {
        Problem p = Problem.error("seed.actorgraph.json", "$.articles[0].relations[3].source",
                "unknown actor id \"PRKK\" (expected one of the ids in $.actors)");
        assertEquals("seed.actorgraph.json: $.articles[0].relations[3].source: unknown actor id \"PRKK\" "
                + "(expected one of the ids in $.actors)", p.toString());
    }

    @Test
    void syntaxProblemUsesTheCompilerStyleFileLineColumn() {
        Problem p = Problem.error("seed.json", "12:5", "malformed JSON: expected ',' or '}'");
        assertEquals("seed.json:12:5: malformed JSON: expected ',' or '}'", p.toString());
    }

    @Test
    void warningsAreMarkedAndFileProblemsHaveNoLocation() {
        assertEquals("a.json: $.x: warning: unknown field", Problem.warning("a.json", "$.x", "unknown field").toString());
        assertEquals("a.json: file not found", Problem.error("a.json", "", "file not found").toString());
    }

    @Test
    void loadResultSplitsErrorsFromWarningsAndRefusesACorpusWithErrors() {
        Problem warning = Problem.warning("a.json", "$.x", "unknown field");
        Problem error = Problem.error("a.json", "$.y", "bad");
        Corpus empty = new Corpus("", List.of(), List.of(), List.of(), List.of());

        LoadResult withWarning = new LoadResult("a.json", empty, List.of(warning));
        assertTrue(withWarning.isValid());
        assertEquals(List.of(), withWarning.errors());
        assertEquals(List.of(warning), withWarning.warnings());

        LoadResult withError = new LoadResult("a.json", null, List.of(warning, error));
        assertFalse(withError.isValid());
        assertTrue(withError.corpus().isEmpty());
        assertEquals(List.of(error), withError.errors());
        assertEquals(List.of(warning, error), withError.problems());
        IllegalStateException thrown = assertThrows(IllegalStateException.class, withError::requireCorpus);
        assertTrue(thrown.getMessage().contains("a.json: $.y: bad"), thrown.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new LoadResult("a.json", empty, List.of(error)));
    }

    @Test
    void jsonPathsQuoteNamesThatAreNotIdentifiers() {
        assertEquals("$.articles[0].relations[3].source",
                JsonPath.ROOT.field("articles").index(0).field("relations").index(3).field("source").toString());
        assertEquals("$.actors[1]['odd name']['it\\'s']",
                JsonPath.ROOT.field("actors").index(1).field("odd name").field("it's").toString());
    }
}

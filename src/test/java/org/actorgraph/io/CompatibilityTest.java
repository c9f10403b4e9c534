package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;

/**
 * Files written in an earlier version of the format must keep loading. The fixtures under
 * {@code compat/} are frozen: never edit them to make a test pass; add a new fixture for a new
 * version instead.
 */
class CompatibilityTest {

    private static final String COMPAT = "org/actorgraph/io/compat/";

    private final CorpusReader reader = new CorpusReader();

    @Test
    void version1MinimalFileKeepsLoading() {
        LoadResult result = reader.readResource(COMPAT + "v1-minimal.actorgraph.json");

        assertEquals(List.of(), result.problems());
        Corpus corpus = result.requireCorpus();
        assertEquals(2, corpus.actors().size());
        Relation relation = corpus.relations().get(0);
        assertEquals("PRK", relation.sourceId());
        assertEquals(Status.REPORTED, relation.status());
        assertEquals("Russia buys shells from North Korea",
                corpus.requireArticle("a1").quote(relation.evidence().get(0)));
    }

    @Test
    void version1FileWithEveryFieldKeepsLoading() {
        LoadResult result = reader.readResource(COMPAT + "v1-all-fields.actorgraph.json");

        assertEquals(List.of(), result.problems());
        Corpus corpus = result.requireCorpus();
        assertEquals(5, corpus.actors().size());
        assertEquals(2, corpus.articles().size());
        assertEquals(3, corpus.relations().size());
        Relation denied = corpus.relations().get(2);
        assertTrue(denied.negated());
        assertEquals("Yonhap", denied.attribution().by());
        assertEquals("AID (military)", corpus.requireType("arms_supply").plover());
    }
}

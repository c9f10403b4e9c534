package org.actorgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.LoadResult;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Corpus;
import org.junit.jupiter.api.Test;

/** The benchmark corpora must be files the application accepts without a single problem. */
class CorpusGeneratorTest {

    @Test
    void aGeneratedCorpusIsAValidFileOfTheRequestedSize() {
        Corpus corpus = CorpusGenerator.generate(40, 60, 300, 3);
        String json = new CorpusWriter().toJson(corpus);

        LoadResult read = new CorpusReader().read(new StringReader(json), "generated");

        assertTrue(read.problems().isEmpty(), read.report());
        Corpus back = read.requireCorpus();
        assertEquals(40, back.articles().size());
        assertEquals(60, back.actors().size());
        assertEquals(300, back.relations().size());
        assertTrue(back.actors().stream().anyMatch(a -> a.kind() == ActorKind.PERSON && a.affiliation() != null));
        assertEquals(6, back.relationTypes().size());
    }

    @Test
    void theSameArgumentsGiveTheSameFile() {
        CorpusWriter writer = new CorpusWriter();
        assertEquals(writer.toJson(CorpusGenerator.generate(10, 20, 50, 9)),
                writer.toJson(CorpusGenerator.generate(10, 20, 50, 9)));
    }
}

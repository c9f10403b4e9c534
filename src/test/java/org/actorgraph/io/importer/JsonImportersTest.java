package org.actorgraph.io.importer;

import static org.actorgraph.io.importer.ImportFixtures.fixture;
import static org.actorgraph.io.importer.ImportFixtures.importPaths;
import static org.actorgraph.io.importer.ImportFixtures.validated;
import static org.actorgraph.io.importer.ImportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doccano and Label Studio. Counts are those of the fixture files, read by eye and noted per test. */
class JsonImportersTest {

    @TempDir
    Path dir;

    /** One text; entities 0-3 (ORG, DATE, PERSON, PERSON); relations foundedAt, foundedBy, foundedBy, without ids. */
    @Test
    void doccanoRelationJsonl() {
        ImportResult result = importPaths(fixture("doccano/relation_extraction.import-example.jsonl"));

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals(0, result.errorCount(), result.report());
        assertEquals(1, corpus.articles().size());
        assertEquals(4, corpus.articles().get(0).mentions().size());
        assertEquals(4, corpus.actors().size());
        assertEquals(3, corpus.relations().size());
        assertEquals(List.of("foundedat", "foundedby", "foundedby"), corpus.relations().stream().map(Relation::typeId).toList());
        assertEquals("doccano", corpus.articles().get(0).provenance().tool());
    }

    /** The same document as one pretty-printed JSON object, relations with ids 0-2. */
    @Test
    void doccanoExportJsonAndMergingTwoFilesOfTheSameDocument() {
        ImportResult result = importPaths(fixture("doccano/relation_extraction.export-example.json"),
                fixture("doccano/relation_extraction.import-example.jsonl"));

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals(2, corpus.articles().size());
        assertEquals(4, corpus.actors().size(), "the same names are the same actors");
        assertEquals(6, corpus.relations().size());
        assertEquals(List.of("relation_extraction.export-example.json", "relation_extraction.import-example.jsonl"),
                corpus.articles().stream().map(a -> a.provenance().file()).toList());
    }

    /** Three lines: EU (ORG) and German (MISC); Peter Blackburn (PERSON); Obama (PERSON). No relations. */
    @Test
    void doccanoSequenceLabellingGivesMentionsOnly() {
        Corpus corpus = importPaths(fixture("doccano/sequence_labeling.export-example.jsonl")).corpus().orElseThrow();

        assertEquals(3, corpus.articles().size());
        assertEquals(List.of(2, 1, 1), corpus.articles().stream().map(a -> a.mentions().size()).toList());
        assertEquals(0, corpus.relations().size());
        assertEquals(4, corpus.actors().size());
        assertEquals("EU", corpus.articles().get(0).mentions().get(0).actorId(), "EU is in the default mapping");
    }

    @Test
    void doccanoOffsetsAreUtf16AndBadLinesAreReportedWithTheirLine() {
        String text = "🚀 Пхеньян: Москва получит снаряды.";
        int from = text.indexOf("Пхеньян");
        int to = text.indexOf("Москва");
        Path file = write(dir, "d.jsonl", String.join("\n",
                "{\"text\":\"" + text + "\",\"entities\":[{\"id\":1,\"label\":\"GPE\",\"start_offset\":" + from
                        + ",\"end_offset\":" + (from + 7) + "},{\"id\":2,\"label\":\"GPE\",\"start_offset\":" + to
                        + ",\"end_offset\":" + (to + 6) + "}],\"relations\":[{\"from_id\":1,\"to_id\":2,\"type\":\"Arms_supply\"}]}",
                "{\"text\": \"broken\", ",
                "{\"text\":\"short\",\"entities\":[{\"id\":1,\"label\":\"ORG\",\"start_offset\":2,\"end_offset\":99}],"
                        + "\"relations\":[{\"from_id\":1,\"to_id\":7,\"type\":\"x\"}]}",
                ""));

        ImportResult result = importPaths(file);

        assertEquals(List.of("d.jsonl:2", "d.jsonl:3", "d.jsonl:3"),
                result.problems().stream().map(p -> p.file() + ":" + p.location()).toList(), result.report());
        assertTrue(result.problems().get(1).message().startsWith("$.entities[0]: span 2-99"), result.report());
        assertTrue(result.problems().get(2).message().startsWith("$.relations[0]:"), result.report());
        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        Article article = corpus.articles().get(0);
        assertEquals("Пхеньян", article.quote(article.mentions().get(0).span()));
        Relation relation = corpus.relations().get(0);
        assertEquals("PRK", relation.sourceId());
        assertEquals("RUS", relation.targetId());
        assertEquals("arms_supply", relation.typeId());
        assertEquals(2, corpus.articles().size(), "the line with a bad span still gives its article");
    }

    /**
     * Older "completions" key; four labelled spans (Organization, Person, Person, Datetime); three
     * relations, all "right", one without a label.
     */
    @Test
    void labelStudioTemplateExample() {
        ImportResult result = importPaths(fixture("label-studio/relation-extraction.template-example.json"));

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals(0, result.errorCount(), result.report());
        assertEquals(1, corpus.articles().size());
        assertEquals(4, corpus.articles().get(0).mentions().size());
        assertEquals(4, corpus.actors().size());
        assertEquals(3, corpus.relations().size());
        assertEquals(List.of("org_founded_by", "related", "org_founded"),
                corpus.relations().stream().map(Relation::typeId).toList());
        assertEquals("microsoft", corpus.relations().get(0).sourceId());
        assertEquals("label-studio", corpus.articles().get(0).provenance().tool());
    }

    @Test
    void labelStudioAnnotationsDirectionsAndShiftedSpans() {
        String text = "Kim Jong Un met Putin. 😀 Moscow thanked Pyongyang.";
        int moscow = text.indexOf("Moscow");
        int pyongyang = text.indexOf("Pyongyang");
        Path file = write(dir, "ls.json", "[{\"id\": 7, \"data\": {\"text\": \"" + text + "\"}, \"annotations\": [{\"result\": ["
                + "{\"id\":\"a\",\"type\":\"labels\",\"value\":{\"start\":0,\"end\":11,\"text\":\"Kim Jong Un\",\"labels\":[\"Person\"]}},"
                + "{\"id\":\"b\",\"type\":\"labels\",\"value\":{\"start\":16,\"end\":21,\"text\":\"Putin\",\"labels\":[\"Person\"]}},"
                + "{\"id\":\"c\",\"type\":\"labels\",\"value\":{\"start\":" + (moscow - 1) + ",\"end\":" + (moscow + 5)
                + ",\"text\":\"Moscow\",\"labels\":[\"GPE\"]}},"
                + "{\"id\":\"d\",\"type\":\"labels\",\"value\":{\"start\":" + pyongyang + ",\"end\":" + (pyongyang + 9)
                + ",\"text\":\"Pyongyang\",\"labels\":[\"GPE\"]}},"
                + "{\"type\":\"relation\",\"from_id\":\"a\",\"to_id\":\"b\",\"direction\":\"bi\",\"labels\":[\"Meeting\"]},"
                + "{\"type\":\"relation\",\"from_id\":\"d\",\"to_id\":\"c\",\"direction\":\"left\",\"labels\":[\"Support\"]},"
                + "{\"type\":\"relation\",\"from_id\":\"d\",\"to_id\":\"zz\",\"direction\":\"right\",\"labels\":[\"Support\"]}"
                + "]}]}, {\"id\": 8}]");

        ImportResult result = importPaths(file);

        assertEquals(List.of("$[0].annotations[0].result[2].value", "$[0].annotations[0].result[6]", "$[1]"),
                result.problems().stream().map(p -> p.location()).toList(), result.report());
        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals("ls-7", corpus.articles().get(0).id());
        assertEquals(List.of("kim_jong_un>vladimir_putin", "vladimir_putin>kim_jong_un", "RUS>PRK"),
                corpus.relations().stream().map(r -> r.sourceId() + ">" + r.targetId()).toList());
        Article article = corpus.articles().get(0);
        assertEquals("Moscow", article.quote(article.mentions().get(2).span()));
    }
}

package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private final CorpusReader reader = new CorpusReader();

    @Test
    void validCorpusLoadsWithItsContent() {
        Corpus corpus = Fixtures.read(Fixtures.VALID).requireCorpus();

        assertEquals("Arms talks", corpus.title());
        assertEquals(List.of("PRK", "RUS", "kim"), corpus.actors().stream().map(Actor::id).toList());
        Actor kim = corpus.requireActor("kim");
        assertEquals(ActorKind.PERSON, kim.kind());
        assertEquals("PRK", kim.affiliation());
        assertEquals(List.of("DPRK"), corpus.requireActor("PRK").aliases());
        assertEquals(List.of("072"), corpus.requireType("arms_supply").cameo());
        assertEquals("#D62728", corpus.requireType("arms_supply").color());

        Article article = corpus.requireArticle("a1");
        assertEquals("Wire", article.outlet());
        assertEquals(null, article.url());
        assertEquals(LocalDate.of(2023, 9, 30), article.date().last());
        assertEquals(List.of("North Korea", "Russia"),
                article.mentions().stream().map(m -> article.quote(m.span())).toList());

        Relation relation = corpus.relations().get(0);
        assertEquals("a1", relation.articleId());
        assertEquals(List.of("PRK", "RUS", "arms_supply"), List.of(relation.sourceId(), relation.targetId(), relation.typeId()));
        assertEquals(Status.EXPECTED, relation.status());
        assertEquals(Certainty.INTENDED, relation.certainty());
        assertFalse(relation.negated());
        assertEquals("2023-09-10/2023-09-13", relation.date().text());
        assertEquals("officials", relation.attribution().by());
        assertEquals(new TextSpan(44, 58), relation.attribution().cue());
        assertEquals(List.of(new TextSpan(0, 42)), relation.evidence());
        assertEquals("unconfirmed", relation.note());
    }

    @Test
    void nonAsciiNamesAndSpansAroundEmojiCountUtf16CodeUnits() {
        Corpus corpus = reader.readResource("org/actorgraph/io/compat/v1-all-fields.actorgraph.json").requireCorpus();

        assertEquals("Владимир Путин", corpus.requireActor("putin").name());
        assertEquals("김정은", corpus.requireActor("kim").name());
        Article article = corpus.requireArticle("a1");
        Relation meeting = corpus.relations().get(0);
        assertTrue(article.quote(meeting.evidence().get(0)).endsWith("Восточный 🚀"));
        TextSpan rocket = corpus.relations().get(2).evidence().get(1);
        assertEquals(2, rocket.length(), "an emoji outside the BMP is two UTF-16 code units");
        assertEquals("🚀", article.quote(rocket));
        assertEquals(List.of("Владимир Путин", "Ким Чен Ына", "김정은", "Pyongyang"),
                article.mentions().stream().map(m -> article.quote(m.span())).toList());
    }

    @Test
    void spanBoundaryInsideASurrogatePairIsAWarning() {
        String json = Fixtures.validWith("\"text\": \"North Korea will supply Russia with shells, officials said.\"",
                "\"text\": \"North Korea will supply Russia with shells, officials said.🚀\"");
        json = Fixtures.replaceOnce(json, "\"start\": 44, \"end\": 58, \"text\": \"officials said\"",
                "\"start\": 44, \"end\": 60");

        LoadResult result = Fixtures.read(json);

        assertTrue(result.isValid(), result.report());
        assertEquals(1, result.warnings().size(), result.report());
        Problem warning = result.warnings().get(0);
        assertEquals("$.articles[0].relations[0].attribution.cue.end", warning.location());
        assertTrue(warning.message().contains("offset 60 falls inside the character 🚀"), warning.toString());
    }

    @Test
    void readsAFileAndNamesItInProblems() throws IOException {
        Path file = dir.resolve("broken.actorgraph.json");
        Files.writeString(file, Fixtures.validWith("\"kind\": \"person\"", "\"kind\": \"leader\""));

        LoadResult result = reader.read(file);

        assertEquals("broken.actorgraph.json", result.sourceName());
        assertTrue(result.errors().get(0).toString().startsWith("broken.actorgraph.json: $.actors[2].kind: "));
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        LoadResult result = reader.read(dir.resolve("nowhere.actorgraph.json"));

        assertFalse(result.isValid());
        Problem problem = result.errors().get(0);
        assertEquals("", problem.location());
        assertTrue(problem.message().startsWith("file not found"), problem.toString());
    }

    @Test
    void directoryIsAProblemNotAnException() {
        LoadResult result = reader.read(dir);
        assertTrue(result.errors().get(0).message().contains("is a directory"), result.report());
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
        Path file = dir.resolve("latin1.actorgraph.json");
        String json = Fixtures.validWith("\"name\": \"Russia\"", "\"name\": \"Rußland\"");
        Files.write(file, json.getBytes(StandardCharsets.ISO_8859_1));

        LoadResult result = reader.read(file);

        assertEquals(1, result.problems().size(), result.report());
        Problem problem = result.problems().get(0);
        assertEquals("7:30", problem.location());
        assertTrue(problem.message().startsWith("the file is not valid UTF-8: byte 0xDF"), problem.toString());
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path file = dir.resolve("bom.actorgraph.json");
        Files.writeString(file, "\uFEFF" + Fixtures.VALID);
        assertTrue(reader.read(file).isValid());
    }

    @Test
    void readingNeverModifiesTheFile() throws IOException {
        for (String json : List.of(Fixtures.VALID, Fixtures.validWith("\"version\": 1,", "\"version\": 1"),
                Fixtures.validWith("\"color\": \"#D62728\"", "\"colour\": \"#D62728\""))) {
            Path file = dir.resolve("corpus.actorgraph.json");
            Files.writeString(file, json);
            FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
            Files.setLastModifiedTime(file, past);
            byte[] before = Files.readAllBytes(file);

            reader.read(file);

            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(past, Files.getLastModifiedTime(file));
            try (var files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList(), "reading creates no files");
            }
        }
    }

    @Test
    void readerFailureIsAProblem() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("device gone");
            }

            @Override
            public void close() {
            }
        };

        LoadResult result = reader.read(failing, "stream.json");

        assertEquals("stream.json: cannot read: device gone", result.report());
    }

    @Test
    void missingResourceIsAProblem() {
        LoadResult result = reader.readResource("/org/actorgraph/nothing.actorgraph.json");
        assertEquals("nothing.actorgraph.json: no resource org/actorgraph/nothing.actorgraph.json on the class path",
                result.report());
    }
}

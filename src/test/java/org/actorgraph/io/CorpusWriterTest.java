package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Mention;
import org.actorgraph.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {

    @TempDir
    Path dir;

    private final CorpusReader reader = new CorpusReader();
    private final CorpusWriter writer = new CorpusWriter();

    private Corpus allFields() {
        return reader.readResource("org/actorgraph/io/compat/v1-all-fields.actorgraph.json").requireCorpus();
    }

    private Corpus small() {
        return Fixtures.read(Fixtures.VALID).requireCorpus();
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void readingWhatWasWrittenGivesTheSameCorpus() throws IOException {
        for (Corpus corpus : List.of(allFields(), small())) {
            Path file = dir.resolve("round.actorgraph.json");

            writer.write(corpus, file);
            LoadResult reread = reader.read(file);

            assertEquals(List.of(), reread.problems());
            assertEquals(Fixtures.dump(corpus), Fixtures.dump(reread.requireCorpus()));
        }
    }

    @Test
    void writingIsStable() throws IOException {
        Path first = dir.resolve("first.actorgraph.json");
        Path second = dir.resolve("second.actorgraph.json");
        writer.write(allFields(), first);
        writer.write(reader.read(first).requireCorpus(), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void writesTheDocumentedFormat() {
        String json = writer.toJson(allFields());

        assertTrue(json.startsWith("{\n  \"format\": \"actorgraph-corpus\",\n  \"version\": 1,\n"), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("\"name\": \"Владимир Путин\""), "non-ASCII is written as is");
        assertTrue(json.contains(", \"text\": \"🚀\"}"), "spans stay on one line with their text");
        assertTrue(json.contains("{\"start\": 0, \"end\": 60, \"text\": \"Владимир Путин принял Ким Чен Ына на космодроме Восточный 🚀\"}"),
                "even long ones");
        assertTrue(json.contains("{\"id\": \"RUS\", \"name\": \"Россия\", \"kind\": \"state\", \"aliases\": [\"Russia\", \"Москва\"]}"),
                "small objects stay on one line");
        assertTrue(json.contains("\"status\": \"alleged\",\n"), json);
        assertFalse(json.contains("null"), "absent optional fields are left out");
    }

    @Test
    void fieldsAreInDocumentedOrderAndSpansRepeatTheirText() {
        JsonObject root = JsonParser.parseString(writer.toJson(allFields())).getAsJsonObject();

        assertOrder(CorpusFormat.CORPUS, root);
        root.getAsJsonArray("actors").forEach(a -> assertOrder(CorpusFormat.ACTOR, a));
        root.getAsJsonArray("relationTypes").forEach(t -> assertOrder(CorpusFormat.RELATION_TYPE, t));
        JsonObject article = root.getAsJsonArray("articles").get(0).getAsJsonObject();
        assertOrder(CorpusFormat.ARTICLE, article);
        String text = article.get("text").getAsString();
        int cues = 0;
        for (JsonElement mention : article.getAsJsonArray("mentions")) {
            assertOrder(CorpusFormat.MENTION, mention);
            assertSpanText(text, mention.getAsJsonObject());
        }
        for (JsonElement relation : article.getAsJsonArray("relations")) {
            assertOrder(CorpusFormat.RELATION, relation);
            JsonObject attribution = relation.getAsJsonObject().getAsJsonObject("attribution");
            if (attribution != null) {
                assertOrder(CorpusFormat.ATTRIBUTION, attribution);
                assertOrder(CorpusFormat.SPAN, attribution.get("cue"));
                assertSpanText(text, attribution.getAsJsonObject("cue"));
                cues++;
            }
            for (JsonElement span : relation.getAsJsonObject().getAsJsonArray("evidence")) {
                assertOrder(CorpusFormat.SPAN, span);
                assertSpanText(text, span.getAsJsonObject());
            }
        }
        assertEquals(2, cues);
    }

    private static void assertOrder(ObjectShape shape, JsonElement object) {
        List<String> written = object.getAsJsonObject().keySet().stream().toList();
        List<String> documented = shape.names().stream().filter(written::contains).toList();
        assertEquals(documented, written, shape.what());
    }

    private static void assertSpanText(String text, JsonObject span) {
        assertEquals(text.substring(span.get("start").getAsInt(), span.get("end").getAsInt()), span.get("text").getAsString());
    }

    @Test
    void firstWriteCreatesTheFileWithoutBackupOrLeftovers() throws IOException {
        Path file = dir.resolve("new.actorgraph.json");

        writer.write(small(), file);

        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void overwritingKeepsThePreviousFileAsBakAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("c.actorgraph.json");
        Files.writeString(file, Fixtures.VALID);
        byte[] previous = Files.readAllBytes(file);

        writer.write(allFields(), file);

        Path backup = dir.resolve("c.actorgraph.json.bak");
        assertEquals(backup, CorpusWriter.backupOf(file));
        assertEquals(List.of(file, backup), filesInDir());
        assertArrayEquals(previous, Files.readAllBytes(backup));
        assertEquals(writer.toJson(allFields()), Files.readString(file));

        writer.write(small(), file);
        assertEquals(writer.toJson(allFields()), Files.readString(backup), "the backup is the last version");
        assertEquals(List.of(file, backup), filesInDir());
    }

    @Test
    void theNewContentIsMovedIntoPlaceNotWrittenIntoTheOldFile() throws IOException {
        Path file = dir.resolve("c.actorgraph.json");
        writer.write(small(), file);
        Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assumeTrue(before != null, "the file system identifies files");

        writer.write(allFields(), file);

        // A reader that still has the old file open keeps seeing a complete old corpus.
        assertNotEquals(before, Files.readAttributes(file, BasicFileAttributes.class).fileKey());
    }

    @Test
    void inconsistentCorpusIsRefusedBeforeTouchingTheFile() throws IOException {
        Path file = dir.resolve("c.actorgraph.json");
        Files.writeString(file, Fixtures.VALID);
        Corpus valid = small();
        Article article = valid.requireArticle("a1");
        Article broken = new Article(article.id(), article.title(), article.outlet(), article.date(), article.url(),
                article.text(), List.of(new Mention("PRK", new TextSpan(0, 500))));
        Corpus corpus = new Corpus(valid.title(), valid.actors(), valid.relationTypes(), List.of(broken), valid.relations());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(corpus, file));

        assertTrue(e.getMessage().contains("lies outside article a1"), e.getMessage());
        assertEquals(Fixtures.VALID, Files.readString(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void failureToWriteLeavesNothingBehind() {
        Path file = dir.resolve("missing-directory").resolve("c.actorgraph.json");
        assertThrows(IOException.class, () -> writer.write(small(), file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void symbolicLinkStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path real = dir.resolve("real.actorgraph.json");
        Files.writeString(real, Fixtures.VALID);
        Path link = dir.resolve("link.actorgraph.json");
        try {
            Files.createSymbolicLink(link, real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available: " + e);
        }

        writer.write(allFields(), link);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(writer.toJson(allFields()), Files.readString(real));
        assertEquals(Fixtures.VALID, Files.readString(dir.resolve("real.actorgraph.json.bak")));
    }

    @Test
    void permissionsOfTheReplacedFileAreKept() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("c.actorgraph.json");
        Files.writeString(file, Fixtures.VALID);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        writer.write(small(), file);

        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void emptyCorpusRoundTrips() throws IOException {
        Path file = dir.resolve("empty.actorgraph.json");
        writer.write(new Corpus(null, List.of(), List.of(), List.of(), List.of()), file);

        assertEquals("{\n  \"format\": \"actorgraph-corpus\",\n  \"version\": 1,\n  \"actors\": [],\n"
                + "  \"relationTypes\": [],\n  \"articles\": []\n}\n", Files.readString(file));
        assertTrue(reader.read(file).isValid());
    }
}

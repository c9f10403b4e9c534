package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading with progress and cancel gives what a plain read gives, and stops when asked. */
class CorpusReaderProgressTest {

    @TempDir
    Path dir;
    private final CorpusReader reader = new CorpusReader();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theSameResultAndTheSameProblemsAsReadingTheText() throws IOException {
        List<Path> files = List.of(write("valid.actorgraph.json", Fixtures.VALID),
                write("malformed.actorgraph.json", Fixtures.VALID.replaceFirst(",", "")),
                write("invalid.actorgraph.json", Fixtures.VALID.replace("\"RUS\"", "\"NOPE\"")));
        for (Path file : files) {
            LoadResult text = reader.read(new StringReader(Files.readString(file)), file.getFileName().toString());
            LoadResult watched = reader.read(file, ProgressListener.NONE, CancellationToken.NONE);
            assertEquals(text.problems(), watched.problems(), file.toString());
            assertEquals(text.corpus().map(c -> List.of(c.title(), c.actors(), c.relations())),
                    watched.corpus().map(c -> List.of(c.title(), c.actors(), c.relations())), file.toString());
        }
    }

    @Test
    void aFileThatCannotBeReadIsAProblemNotAnException() {
        for (Path file : List.of(dir.resolve("missing.actorgraph.json"), dir)) {
            LoadResult result = reader.read(file, ProgressListener.NONE, CancellationToken.NONE);
            assertEquals(1, result.errors().size(), result.problems().toString());
            assertTrue(result.corpus().isEmpty());
        }
    }

    @Test
    void progressRisesToTheEndThroughReadingAndChecking() throws IOException {
        Path file = write("valid.actorgraph.json", Fixtures.VALID);
        List<Long> done = new ArrayList<>();
        List<String> messages = new ArrayList<>();

        reader.read(file, (d, total, message) -> {
            assertEquals(CorpusReader.PROGRESS_TOTAL, total);
            done.add(d);
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }, CancellationToken.NONE);

        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1), done.toString());
        }
        assertEquals(0L, done.get(0));
        assertEquals(List.of("Reading valid.actorgraph.json", "Checking valid.actorgraph.json"), messages);
    }

    @Test
    void aCancelledReadStopsWithACancellation() throws IOException {
        Path file = write("valid.actorgraph.json", Fixtures.VALID);
        int[] asked = {0};

        assertThrows(CancellationException.class,
                () -> reader.read(file, ProgressListener.NONE, () -> ++asked[0] > 2));
        assertTrue(asked[0] >= 3);
    }
}

package org.actorgraph.io.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.LoadResult;
import org.actorgraph.model.Corpus;

/** The copies of /shared/fixtures in the test resources, and helpers for import tests. */
final class ImportFixtures {

    static final Path ROOT = Path.of("src", "test", "resources", "fixtures");

    private ImportFixtures() {
    }

    static Path fixture(String path) {
        return ROOT.resolve(path);
    }

    static ImportResult importPaths(Path... paths) {
        return new Importer().importPaths(List.of(paths));
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the corpus and reads it back with the corpus reader, which must find no problem at all. */
    static Corpus validated(Corpus corpus, Path dir) {
        try {
            Path file = dir.resolve("check.actorgraph.json");
            new CorpusWriter().write(corpus, file);
            LoadResult result = new CorpusReader().read(file);
            if (!result.problems().isEmpty()) {
                throw new AssertionError(result.report());
            }
            return result.requireCorpus();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the lines of an .ann file whose id starts with {@code prefix}: what the file really holds. */
    static long count(Path ann, char prefix) {
        try {
            return Files.readAllLines(ann, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isEmpty() && l.charAt(0) == prefix).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

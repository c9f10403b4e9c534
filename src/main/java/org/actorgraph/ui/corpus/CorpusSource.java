package org.actorgraph.ui.corpus;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a corpus comes from: a file the user chose, or the seed bundled with the application.
 *
 * @param displayName the name shown in the title and status bar, usually the file name
 * @param file the file, or null for the bundled seed
 */
public record CorpusSource(String displayName, Path file) {

    public CorpusSource {
        Objects.requireNonNull(displayName, "displayName");
    }

    /** A corpus file on disk. */
    public static CorpusSource ofFile(Path file) {
        Path fileName = file.getFileName();
        return new CorpusSource(fileName == null ? file.toString() : fileName.toString(), file);
    }

    /** The corpus bundled with the application. */
    public static CorpusSource bundledSeed() {
        return new CorpusSource("seed.actorgraph.json", null);
    }

    /** A corpus imported in the window and not saved yet; {@code name} is what it was imported from. */
    public static CorpusSource imported(String name) {
        return new CorpusSource(name + " — imported, not saved", null);
    }

    /** The file, unless this is the bundled seed or an imported corpus not saved yet. */
    public Optional<Path> path() {
        return Optional.ofNullable(file);
    }
}

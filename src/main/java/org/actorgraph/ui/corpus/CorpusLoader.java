package org.actorgraph.ui.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.LoadResult;
import org.actorgraph.io.ProgressListener;

/** Reads a corpus from a file or from the seed bundled on the class path. Safe off the UI thread. */
public final class CorpusLoader {

    /** Where the bundled seed corpus lies on the class path. */
    public static final String SEED_RESOURCE = "/org/actorgraph/corpora/seed.actorgraph.json";

    private final CorpusReader reader;
    private final String seedResource;

    /** A loader that opens {@code seedResource} (a class-path resource name) as the bundled seed. */
    public CorpusLoader(CorpusReader reader, String seedResource) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.seedResource = Objects.requireNonNull(seedResource, "seedResource");
    }

    /**
     * Reads the corpus; problems in its content are reported in the result.
     *
     * @throws IOException when the bundled seed is missing from the class path
     */
    public LoadResult load(CorpusSource source) throws IOException {
        return load(source, ProgressListener.NONE, CancellationToken.NONE);
    }

    /**
     * Reads the corpus, telling {@code progress} how far the file has been read and checked (out
     * of {@link CorpusReader#PROGRESS_TOTAL}) and stopping when {@code cancel} says so.
     *
     * @throws IOException when the bundled seed is missing from the class path
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public LoadResult load(CorpusSource source, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        if (source.file() != null) {
            return reader.read(source.file(), progress, cancel);
        }
        InputStream in = CorpusLoader.class.getResourceAsStream(seedResource);
        if (in == null) {
            throw new IOException("The bundled seed corpus " + seedResource + " is missing from the application.");
        }
        try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return reader.read(text, source.displayName());
        }
    }
}

package org.actorgraph.ui.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;

/**
 * The small corpora the UI tests use. The main one has six actors (Kim Jong-Un rolled up into
 * North Korea by default), seven relation types of which six are used, three parallel relations
 * between North Korea and Russia in both directions, every certainty, and a repeated sentence.
 */
public final class TestCorpora {

    /** Class-path name of the main test corpus. */
    public static final String MAIN = "/org/actorgraph/ui/test-corpus.actorgraph.json";
    /** Not JSON: a missing comma. */
    public static final String MALFORMED = "/org/actorgraph/ui/malformed.actorgraph.json";
    /** The main corpus with one unknown field: it opens, with a warning. */
    public static final String WARNINGS = "/org/actorgraph/ui/warnings.actorgraph.json";
    /** Valid JSON with three semantic errors. */
    public static final String INVALID = "/org/actorgraph/ui/invalid.actorgraph.json";

    private TestCorpora() {
    }

    /**
     * Writes into {@code dir} a generated corpus of 200 articles, 200 actors and 1,000 relations
     * (seed 1; about 180 dates): large enough for what the window does only for large graphs.
     */
    public static Path writeLarge(Path dir) throws IOException {
        Path file = dir.resolve("large.actorgraph.json");
        new CorpusWriter().write(CorpusGenerator.generate(200, 200, 1000, 1L), file);
        return file;
    }

    public static Path path(String resource) {
        try {
            return Path.of(TestCorpora.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session that loads synchronously, with the main test corpus as its seed. */
    public static CorpusSession session(RecordingDialogService dialogs) {
        return new CorpusSession(new CorpusLoader(new CorpusReader(), MAIN), new GraphAggregator(),
                new ImmediateTaskExecutor(), dialogs);
    }

    /** A session that loads synchronously, with the application's bundled seed already open. */
    public static CorpusSession seedSession(RecordingDialogService dialogs) {
        CorpusSession session = new CorpusSession(new CorpusLoader(new CorpusReader(), CorpusLoader.SEED_RESOURCE),
                new GraphAggregator(), new ImmediateTaskExecutor(), dialogs);
        session.open(CorpusSource.bundledSeed());
        return session;
    }

    /** A session with the main test corpus already open. */
    public static CorpusSession openSession(RecordingDialogService dialogs) {
        CorpusSession session = session(dialogs);
        session.open(CorpusSource.bundledSeed());
        return session;
    }

    /** Actors of {@link #largeSession}: under the 400 that open as an overview, so every one is a vertex. */
    public static final int LARGE_ACTORS = 300;

    /**
     * A session that loads synchronously, showing a generated corpus of 60 articles, 300 actors and
     * 1,000 relations (seed 1), people drawn separately: every actor is a vertex, and its actors ×
     * relations are over what the graph's metrics are computed at once for.
     */
    public static CorpusSession largeSession(RecordingDialogService dialogs) {
        CorpusSession session = session(dialogs);
        session.peopleSeparatelyProperty().set(true);
        session.show(CorpusGenerator.generate(60, LARGE_ACTORS, 1000, 1L), CorpusSource.imported("generated"));
        return session;
    }

    /** Hides every relation type but supplies-arms: about a sixth of the relations, a small graph. */
    public static void filterToOneType(CorpusSession session) {
        session.criteriaProperty().set(session.getCriteria().withHiddenTypeIds(
                java.util.Set.of("warns", "meets", "sanctions", "supports", "accuses")));
    }
}

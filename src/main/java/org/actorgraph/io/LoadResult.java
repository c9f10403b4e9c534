package org.actorgraph.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.actorgraph.model.Corpus;

/**
 * What came of reading a corpus file: the corpus, if it could be built, and every problem found.
 *
 * <p>The corpus is present exactly when there are no {@linkplain Problem.Severity#ERROR errors};
 * warnings never prevent loading. Problems are in the order they were found, which is the order of
 * the file. Immutable.
 */
public final class LoadResult {

    private final String sourceName;
    private final Corpus corpus;
    private final List<Problem> problems;

    /**
     * @param sourceName the name of the file or resource that was read
     * @param corpus the corpus, or null when it could not be built
     * @param problems all problems found
     * @throws IllegalArgumentException if a corpus is given together with errors
     */
    public LoadResult(String sourceName, Corpus corpus, List<Problem> problems) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.problems = List.copyOf(problems);
        if (corpus != null && this.problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a corpus with errors must not be loaded");
        }
        this.corpus = corpus;
    }

    /** The name of the file or resource that was read, as used in the problems. */
    public String sourceName() {
        return sourceName;
    }

    /** The corpus; present only when there are no errors. */
    public Optional<Corpus> corpus() {
        return Optional.ofNullable(corpus);
    }

    /** All problems, errors and warnings, in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems that prevent loading. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The problems that do not prevent loading. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** True when there are no errors (there may be warnings), so the corpus is present. */
    public boolean isValid() {
        return corpus != null;
    }

    /**
     * The corpus, for callers that cannot go on without it (the bundled seed, tests).
     *
     * @throws IllegalStateException listing the errors when the corpus could not be loaded
     */
    public Corpus requireCorpus() {
        if (corpus == null) {
            throw new IllegalStateException("cannot load " + sourceName + ":\n" + report());
        }
        return corpus;
    }

    /** All problems, one per line, as shown to a user. Empty when there are none. */
    public String report() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "LoadResult[" + sourceName + ", " + (isValid() ? "valid" : "invalid") + ", "
                + problems.size() + " problem(s)]";
    }
}

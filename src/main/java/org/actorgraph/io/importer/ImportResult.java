package org.actorgraph.io.importer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.actorgraph.io.Problem;
import org.actorgraph.model.Corpus;

/**
 * What an import produced: the corpus (absent when nothing at all could be imported) and every
 * problem, each with its file and place. Errors name what was left out; warnings what was imported
 * with a caveat (an unmapped label, a shifted span that was found nearby).
 */
public final class ImportResult {

    private final Corpus corpus;
    private final List<Problem> problems;

    ImportResult(Corpus corpus, List<Problem> problems) {
        this.corpus = corpus;
        this.problems = List.copyOf(problems);
    }

    /** The imported corpus; empty when no article could be imported. */
    public Optional<Corpus> corpus() {
        return Optional.ofNullable(corpus);
    }

    public List<Problem> problems() {
        return problems;
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** One line: "Imported 5 articles, 20 actors and 16 relations; 2 errors, 9 warnings". */
    public String summary() {
        int articles = corpus == null ? 0 : corpus.articles().size();
        int actors = corpus == null ? 0 : corpus.actors().size();
        int relations = corpus == null ? 0 : corpus.relations().size();
        return "Imported " + count(articles, "article") + ", " + count(actors, "actor") + " and "
                + count(relations, "relation") + "; " + count((int) errorCount(), "error") + ", "
                + count((int) warningCount(), "warning");
    }

    /** Every problem, one per line. */
    public String report() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

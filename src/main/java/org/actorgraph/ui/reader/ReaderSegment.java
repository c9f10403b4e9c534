package org.actorgraph.ui.reader;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.TextSpan;

/**
 * A run of an article's text over which nothing changes: the same evidence spans cover all of it.
 * Overlapping (and nested) evidence splits the text into such runs.
 *
 * @param start first character in the article
 * @param end one past the last character
 * @param text the characters
 * @param covers every evidence span of a shown relation that covers the whole run
 * @param focused whether the run belongs to the evidence the reader was opened for
 */
public record ReaderSegment(int start, int end, String text, List<Cover> covers, boolean focused) {

    public ReaderSegment {
        covers = List.copyOf(covers);
    }

    /** One relation's evidence span that covers a segment. */
    public record Cover(AggregatedRelation relation, TextSpan span) { }

    /** Whether any evidence covers this run: clicking it selects something. */
    public boolean isEvidence() {
        return !covers.isEmpty();
    }

    /**
     * The relation a click on this run selects: the one whose covering span is the shortest, as
     * the most specific claim about these words; on a tie, the first in the graph's order.
     */
    public Optional<AggregatedRelation> pick() {
        return covers.stream().min(Comparator.comparingInt(c -> c.span().length())).map(Cover::relation);
    }
}

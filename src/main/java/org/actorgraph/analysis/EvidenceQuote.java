package org.actorgraph.analysis;

import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.Relation;
import org.actorgraph.model.TextSpan;

/**
 * One distinct evidence sentence of an aggregated relation. When an article repeats a sentence,
 * it is one quote with several occurrences, so it counts once as evidence.
 *
 * @param text the quoted text, as in the article
 * @param article the article it comes from
 * @param occurrences every span of the article where this text is cited as evidence, in text order
 * @param claims the relations (claims) this sentence supports, in file order
 */
public record EvidenceQuote(String text, Article article, List<TextSpan> occurrences, List<Relation> claims) {

    public EvidenceQuote {
        occurrences = List.copyOf(occurrences);
        claims = List.copyOf(claims);
    }

    /** How many times the sentence is cited in the article. */
    public int occurrenceCount() {
        return occurrences.size();
    }
}

package org.actorgraph.ui.details;

import java.util.List;

/**
 * One evidence sentence as the details panel shows it.
 *
 * @param text the sentence
 * @param source the article: title, outlet and date
 * @param attribution who makes the claim
 * @param status how certain the claim is, e.g. "Proposed"
 * @param occurrences "×2 in the text" when the article repeats the sentence, otherwise empty
 * @param mentions where the relation's two actors are named inside {@code text}, in text order
 */
public record QuoteItem(String text, String source, String attribution, String status, String occurrences,
                        List<MentionRange> mentions) {

    public QuoteItem {
        mentions = List.copyOf(mentions);
    }

    public QuoteItem(String text, String source, String attribution, String status, String occurrences) {
        this(text, source, attribution, status, occurrences, List.of());
    }

    /** The text of each mention, for tests and tooltips. */
    public List<String> mentionTexts() {
        return mentions.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}

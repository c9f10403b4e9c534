package org.actorgraph.ui.details;

/**
 * One evidence sentence as the details panel shows it.
 *
 * @param text the sentence
 * @param source the article: title, outlet and date
 * @param attribution who makes the claim
 * @param status how certain the claim is, e.g. "Proposed"
 * @param occurrences "×2 in the text" when the article repeats the sentence, otherwise empty
 */
public record QuoteItem(String text, String source, String attribution, String status, String occurrences) { }

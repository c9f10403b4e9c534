package org.actorgraph.analysis;

/** The order of the steps of a default story ({@link StoryBuilder}). */
public enum StoryOrder {
    /** As the articles tell it: articles in file order, then the first evidence offset in the article. */
    TEXT,
    /**
     * As things happened: by the claims' period (the claim's date, else its article's date), earliest
     * first; claims that cannot be placed in time come last; ties keep the text order.
     */
    DATE
}

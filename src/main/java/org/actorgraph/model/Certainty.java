package org.actorgraph.model;

/**
 * How sure a claim is, in the four groups a reader can tell apart on screen: solid lines for
 * reported fact, dashed for intentions, dotted for speculation, and a distinct look for denials.
 * Declared from the most to the least certain, so {@code compareTo} orders by certainty.
 */
public enum Certainty {
    REPORTED("reported"),
    INTENDED("planned / expected / proposed"),
    SPECULATIVE("speculative / alleged"),
    DENIED("denied / negated");

    private final String label;

    Certainty(String label) {
        this.label = label;
    }

    /** A short human-readable label for legends and tooltips. */
    public String label() {
        return label;
    }
}

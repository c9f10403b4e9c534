package org.actorgraph.analysis;

/** Whether people are drawn as their own vertices or folded into the actor they belong to. */
public enum PersonGrouping {
    /** A person with an affiliation is represented by it (Kim Jong-Un → North Korea). The default. */
    ROLLED_UP,
    /** Every actor is its own vertex. */
    SEPARATE
}

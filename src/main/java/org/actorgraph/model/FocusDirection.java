package org.actorgraph.model;

/** Which relations a neighbourhood follows from the focused actor. */
public enum FocusDirection {
    /** Only relations the actor (and then its neighbours) is the source of. */
    OUTGOING,
    /** Only relations the actor (and then its neighbours) is the target of. */
    INCOMING,
    /** Relations in either direction. */
    BOTH
}

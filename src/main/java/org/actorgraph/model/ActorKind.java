package org.actorgraph.model;

/** What sort of actor a vertex stands for. Persons can be rolled up into the actor they belong to. */
public enum ActorKind {
    STATE, PERSON, ORGANISATION, GROUP, OTHER;

    /** The lower-case name used in corpus files, for example {@code "state"}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

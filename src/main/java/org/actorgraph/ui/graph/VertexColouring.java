package org.actorgraph.ui.graph;

/** What a vertex's fill colour shows. */
public enum VertexColouring {
    /** The kind of actor: state, person, organisation, group. */
    KIND,
    /** The community the actor belongs to. */
    COMMUNITY
}

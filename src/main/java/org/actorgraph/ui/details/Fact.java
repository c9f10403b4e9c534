package org.actorgraph.ui.details;

/** A labelled line of the details panel, such as "Aliases: DPRK, Pyongyang". */
public record Fact(String label, String value) { }

package org.actorgraph.ui.details;

/**
 * Where an actor of the selected relation is named inside an evidence sentence: a half-open range
 * of the sentence's characters.
 *
 * @param start first character, relative to the sentence
 * @param end one past the last character
 * @param role whether the named actor is the relation's source or its target
 */
public record MentionRange(int start, int end, Role role) {

    /** Which end of the relation the mentioned actor is. */
    public enum Role { SOURCE, TARGET }
}

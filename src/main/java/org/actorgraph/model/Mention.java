package org.actorgraph.model;

import java.util.Objects;

/** A place in an article's text where an actor is named. */
public record Mention(String actorId, TextSpan span) {
    public Mention {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(span, "span");
    }
}

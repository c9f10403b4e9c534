package org.actorgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Story}: the claims it adds to the picture, with a title and a note for the
 * presenter. The claims are relations of the corpus, named by their ids; a step usually holds the
 * claims one sentence states.
 *
 * @param relationIds ids of the claims ({@link Relation#id()}) the step adds, in order (never null,
 *     may be empty for a title-only step)
 * @param title a short heading, or the empty string (never null)
 * @param note a remark for the audience or the presenter, or the empty string (never null)
 */
public record StoryStep(List<String> relationIds, String title, String note) {

    public StoryStep {
        relationIds = List.copyOf(Objects.requireNonNullElse(relationIds, List.of()));
        title = Objects.requireNonNullElse(title, "");
        note = Objects.requireNonNullElse(note, "");
    }
}

package org.actorgraph.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one step of a story shows ({@link StoryPlayback}): the claims drawn so far, the claims the
 * step adds (drawn emphasised, the others dimmed), and the evidence with its source as the caption.
 *
 * @param index the step, counted from 0
 * @param count how many steps the story has
 * @param shownClaimIds the claims of this step and of every earlier one, in story order
 * @param newClaimIds the claims of this step, in step order
 * @param caption the evidence: the distinct quoted sentences of the step joined by " … ", or the
 *     empty string when the step names no claim of the corpus
 * @param citation where the evidence comes from: outlet · article date · claimant, or the empty string
 * @param title the step's title (may be empty)
 * @param note the step's note (may be empty)
 */
public record StoryFrame(int index, int count, Set<String> shownClaimIds, Set<String> newClaimIds,
                         String caption, String citation, String title, String note) {

    public StoryFrame {
        shownClaimIds = Collections.unmodifiableSet(new LinkedHashSet<>(shownClaimIds));
        newClaimIds = Collections.unmodifiableSet(new LinkedHashSet<>(newClaimIds));
        caption = Objects.requireNonNullElse(caption, "");
        citation = Objects.requireNonNullElse(citation, "");
        title = Objects.requireNonNullElse(title, "");
        note = Objects.requireNonNullElse(note, "");
    }

    /** "Step 3 of 33". */
    public String progress() {
        return "Step " + (index + 1) + " of " + count;
    }

    /** Whether this is the first step. */
    public boolean isFirst() {
        return index == 0;
    }

    /** Whether this is the last step. */
    public boolean isLast() {
        return index == count - 1;
    }
}

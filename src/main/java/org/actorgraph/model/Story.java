package org.actorgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A presentation of a corpus: steps that each add claims to the graph, shown one after another with
 * their evidence as the caption. Saved with a view ({@link SavedView#story()}).
 *
 * @param title the story's title, or the empty string (never null)
 * @param steps the steps in presentation order (never null)
 */
public record Story(String title, List<StoryStep> steps) {

    public Story {
        title = Objects.requireNonNullElse(title, "");
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
    }

    /** Every claim id of the story, in step order, each once. */
    public List<String> relationIds() {
        return steps.stream().flatMap(s -> s.relationIds().stream()).distinct().toList();
    }
}

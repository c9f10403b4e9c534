package org.actorgraph.ui.story;

import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * The keys that move through a story. Presentation clickers send Page Up and Page Down.
 */
public enum StoryKeys {
    NEXT, PREVIOUS, FIRST, LAST;

    /** What a key does in a story, if anything. */
    public static Optional<StoryKeys> of(KeyCode code) {
        return Optional.ofNullable(switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, KP_RIGHT, KP_DOWN -> NEXT;
            case LEFT, UP, PAGE_UP, KP_LEFT, KP_UP, BACK_SPACE -> PREVIOUS;
            case HOME -> FIRST;
            case END -> LAST;
            default -> null;
        });
    }

    /** Does this to the story. */
    public void apply(StoryViewModel story) {
        switch (this) {
            case NEXT -> story.next();
            case PREVIOUS -> story.previous();
            case FIRST -> story.first();
            case LAST -> story.last();
        }
    }
}

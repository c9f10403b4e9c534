package org.actorgraph.ui.history;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The user's changes that can be taken back: moving, pinning and unpinning actors, changing filters,
 * hiding and showing actors, changing the overview (View › Overview, expanding a community). Each change is recorded after it is done, as one {@link Step}; a new
 * change forgets the steps that were undone. Used on the UI thread only.
 */
public final class UndoHistory {

    /** How many steps are kept; the oldest are forgotten first. */
    public static final int LIMIT = 200;

    private final Deque<Step> undoable = new ArrayDeque<>();
    private final Deque<Step> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private boolean replaying;

    /**
     * One change: what it is called ("move North Korea"), how to take it back and how to do it again.
     *
     * @param label what the change did, in lower case after "Undo"
     * @param undo restores the state before the change
     * @param redo makes the change again
     */
    public record Step(String label, Runnable undo, Runnable redo) {
        public Step {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(undo, "undo");
            Objects.requireNonNull(redo, "redo");
        }
    }

    /**
     * Records a change the user has just made. Ignored while a step is being undone or redone, so
     * the code that replays a step may use the same methods that record it.
     */
    public void record(Step step) {
        Objects.requireNonNull(step, "step");
        if (replaying) {
            return;
        }
        undoable.push(step);
        while (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        update();
    }

    /** Records a change the user has just made. */
    public void record(String label, Runnable undo, Runnable redo) {
        record(new Step(label, undo, redo));
    }

    /**
     * Sets {@code property} to {@code next} as one step named {@code label}, which undo sets back
     * to what it held; no step when it holds {@code next} already.
     */
    public <T> void set(String label, Property<T> property, T next) {
        T before = property.getValue();
        if (Objects.equals(before, next)) {
            return;
        }
        property.setValue(next);
        record(label, () -> property.setValue(before), () -> property.setValue(next));
    }

    /** Takes back the latest change; does nothing when there is none. */
    public void undo() {
        if (undoable.isEmpty()) {
            return;
        }
        Step step = undoable.pop();
        replay(step.undo());
        redoable.push(step);
        update();
    }

    /** Makes the latest undone change again; does nothing when there is none. */
    public void redo() {
        if (redoable.isEmpty()) {
            return;
        }
        Step step = redoable.pop();
        replay(step.redo());
        undoable.push(step);
        update();
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    /** Forgets every step, for example when another corpus opens. */
    public void clear() {
        undoable.clear();
        redoable.clear();
        update();
    }

    /** Whether a step is being undone or redone right now. */
    public boolean isReplaying() {
        return replaying;
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoText.set(undoable.isEmpty() ? "Undo" : "Undo " + undoable.peek().label());
        redoText.set(redoable.isEmpty() ? "Redo" : "Redo " + redoable.peek().label());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo move North Korea", or "Undo" when there is nothing to undo: the menu item's text. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo hide Iran", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}

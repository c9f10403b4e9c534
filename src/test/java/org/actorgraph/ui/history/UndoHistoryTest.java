package org.actorgraph.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private final UndoHistory history = new UndoHistory();
    private final List<String> value = new ArrayList<>(List.of("a"));

    /** Changes the value the way a user action would: do it, then record it. */
    private void change(String label, String to) {
        String from = value.get(0);
        value.set(0, to);
        history.record(label, () -> value.set(0, from), () -> value.set(0, to));
    }

    @Test
    void settingAPropertyIsOneStepAndSettingItToWhatItHoldsIsNone() {
        javafx.beans.property.ObjectProperty<String> shown = new javafx.beans.property.SimpleObjectProperty<>("all");

        history.set("show top 10", shown, "top 10");
        history.set("show top 10", shown, "top 10");

        assertEquals("top 10", shown.get());
        assertEquals("Undo show top 10", history.undoTextProperty().get());
        history.undo();
        assertEquals("all", shown.get());
        assertFalse(history.canUndoProperty().get(), "the second call made no step");
        history.redo();
        assertEquals("top 10", shown.get());
    }

    @Test
    void nothingToUndoAtFirst() {
        assertFalse(history.canUndoProperty().get());
        assertFalse(history.canRedoProperty().get());
        assertEquals("Undo", history.undoTextProperty().get());
        history.undo();
        history.redo();
        assertEquals("a", value.get(0));
    }

    @Test
    void undoTakesBackTheLatestChangeAndNamesIt() {
        change("move Iran", "b");
        change("hide China", "c");

        assertEquals("Undo hide China", history.undoTextProperty().get());
        history.undo();
        assertEquals("b", value.get(0));
        assertEquals("Undo move Iran", history.undoTextProperty().get());
        assertEquals("Redo hide China", history.redoTextProperty().get());
        history.undo();
        assertEquals("a", value.get(0));
        assertFalse(history.canUndoProperty().get());
        assertTrue(history.canRedoProperty().get());
    }

    @Test
    void redoMakesTheChangesAgainInOrder() {
        change("one", "b");
        change("two", "c");
        history.undo();
        history.undo();

        history.redo();
        assertEquals("b", value.get(0));
        history.redo();
        assertEquals("c", value.get(0));
        assertFalse(history.canRedoProperty().get());
        assertEquals("Redo", history.redoTextProperty().get());
    }

    @Test
    void aNewChangeForgetsWhatWasUndone() {
        change("one", "b");
        history.undo();
        change("other", "x");

        assertFalse(history.canRedoProperty().get());
        history.undo();
        assertEquals("a", value.get(0));
    }

    @Test
    void changesMadeWhileReplayingAreNotRecorded() {
        history.record("outer", () -> history.record("inner", () -> { }, () -> { }), () -> { });

        history.undo();

        assertFalse(history.canUndoProperty().get(), "the inner step was not recorded");
        assertTrue(history.canRedoProperty().get());
    }

    @Test
    void keepsOnlyTheLatestSteps() {
        for (int i = 0; i < UndoHistory.LIMIT + 5; i++) {
            change("step " + i, "v" + i);
        }
        int undone = 0;
        while (history.canUndoProperty().get()) {
            history.undo();
            undone++;
        }
        assertEquals(UndoHistory.LIMIT, undone);
        assertEquals("v4", value.get(0));
    }

    @Test
    void clearForgetsEverything() {
        change("one", "b");
        history.undo();
        history.clear();

        assertFalse(history.canUndoProperty().get());
        assertFalse(history.canRedoProperty().get());
        assertEquals("Redo", history.redoTextProperty().get());
    }
}

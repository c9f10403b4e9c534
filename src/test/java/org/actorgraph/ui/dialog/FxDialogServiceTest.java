package org.actorgraph.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.actorgraph.io.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A dialog asked for while the main window still waits to show (a corpus that cannot be opened
 * at start) shows over that window, not on its own.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage owner;

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    private FxDialogService dialogsOfAWindowNotShownYet(FxRobot robot) {
        robot.interact(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 400, 300));
        });
        return new FxDialogService(owner, List.of());
    }

    @Test
    void anErrorShowsItsWindowFirst(FxRobot robot) {
        FxDialogService dialogs = dialogsOfAWindowNotShownYet(robot);
        robot.interact(() -> dialogs.showError("Could not open corpus.json", "It is not a corpus."));
        assertTrue(owner.isShowing(), "the main window");
        assertEquals(List.of("Could not open corpus.json"), dialogTitles());
    }

    @Test
    void problemsShowTheirWindowFirst(FxRobot robot) {
        FxDialogService dialogs = dialogsOfAWindowNotShownYet(robot);
        robot.interact(() -> dialogs.showProblems("Could not open corpus.json", "1 error found.",
                List.of(Problem.error("corpus.json", "$", "expected an object"))));
        assertTrue(owner.isShowing(), "the main window");
        assertEquals(List.of("Could not open corpus.json"), dialogTitles());
    }

    @Test
    void aWindowClosedMeanwhileIsNotOpenedAgain(FxRobot robot) {
        FxDialogService dialogs = dialogsOfAWindowNotShownYet(robot);
        robot.interact(() -> {
            owner.show();
            owner.hide(); // the user quit while a background task was still running
            dialogs.showError("Export failed", "The disk is full.");
        });
        assertFalse(owner.isShowing());
    }

    private List<String> dialogTitles() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() == owner && w.isShowing())
                .map(w -> ((Stage) w).getTitle()).toList();
    }
}

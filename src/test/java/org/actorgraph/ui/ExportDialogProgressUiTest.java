package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.actorgraph.ui.export.ExportDialog;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog while a file is written: its bar follows the export, and its Cancel stops it.
 * The work waits in a manual executor, so the dialog can be looked at before and while it runs.
 * A picture of the dialog half way is written to {@code target/screenshots/} for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogProgressUiTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = RunningApp.start(stage, TestCorpora.MAIN, executor, dialogs, dir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private void openDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(executor::runAll); // the load and the layout
        assertTrue(app.graphView().isDrawn());
        robot.clickOn(".graph-view").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.exportDialog().isShowing());
    }

    private static ProgressBar bar(FxRobot robot) {
        return robot.lookup("#" + ExportDialog.PROGRESS_ID).queryAs(ProgressBar.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#export-status").queryLabeled().getText();
    }

    @Test
    void theBarIsDeterminateWhileTheFileIsWrittenAndGoesAwayWhenItIsDone(FxRobot robot) throws IOException {
        openDialog(robot);
        Path file = dir.resolve("figure.pdf");
        dialogs.exportFileToChoose = file;
        assertFalse(bar(robot).isVisible(), "no bar before an export");

        robot.clickOn("#export-format").clickOn("PDF (vector, for reports and print)");
        robot.clickOn("#export-button");
        assertTrue(bar(robot).isVisible());
        assertTrue(bar(robot).isIndeterminate(), "nothing is known before the work starts");
        assertEquals("Exporting figure.pdf…", status(robot));
        assertTrue(robot.lookup("#export-button").queryButton().isDisabled());
        assertFalse(robot.lookup("#export-cancel").queryButton().isDisabled());

        List<String> seen = new ArrayList<>();
        Path picture = Path.of("target", "screenshots", "export-dialog-progress.png");
        robot.interact(() -> {
            bar(robot).progressProperty().addListener((obs, old, now) -> {
                ProgressBar shown = bar(robot);
                seen.add(shown.isVisible() + " " + (shown.isIndeterminate() ? "indeterminate" : "determinate"));
                if (now.doubleValue() > 0.5 && !Files.exists(picture)) {
                    save(shown.getScene(), picture);
                }
            });
            executor.runAll();
        });

        assertTrue(seen.contains("true determinate"), seen.toString());
        assertFalse(seen.contains("true indeterminate"), "never indeterminate once it has begun: " + seen);
        assertFalse(bar(robot).isVisible());
        assertEquals("Exported figure.pdf", status(robot));
        assertTrue(Files.size(file) > 1000);
    }

    @Test
    void cancelInTheDialogHalfWayLeavesTheOldFileAndSaysNothingWasWritten(FxRobot robot) throws IOException {
        openDialog(robot);
        Path file = dir.resolve("figure.png");
        Files.writeString(file, "the old figure");
        dialogs.exportFileToChoose = file;
        robot.clickOn("#export-button");

        robot.interact(() -> {
            Button cancel = robot.lookup("#export-cancel").queryButton();
            bar(robot).progressProperty().addListener((obs, old, now) -> {
                if (now.doubleValue() > 0.5 && !cancel.isDisabled()) {
                    cancel.fire(); // a click on Cancel while the bar moves
                }
            });
            executor.runAll();
        });

        assertEquals("Cancelled; nothing was written", status(robot));
        assertEquals("the old figure", Files.readString(file));
        assertFalse(bar(robot).isVisible());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static void save(Scene scene, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

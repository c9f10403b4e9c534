package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.export.ExportDialog;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.task.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export image… as a user meets it: Ctrl+E, pick SVG, Export. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppComposition(stage, TestCorpora.MAIN, new FxTaskExecutor(), owner -> dialogs,
                new SettingsStore(dir.resolve("settings.json")));
        app.start(List.of());
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        app.stop();
    }

    @Test
    void ctrlEOpensTheDialogAndExportingSvgWritesTheVisibleActors(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.graphView().isDrawn());
        robot.interact(() -> app.session().criteriaProperty().set(FilterCriteria.NONE
                .withHiddenTypeIds(Set.of("warning", "aid")).withHideIsolated(true)));
        Path file = dir.resolve("figure.svg");
        dialogs.exportFileToChoose = file;

        robot.clickOn(".graph-view").press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.exportDialog().isShowing(), "Ctrl+E opens the export dialog");
        assertEquals(1, robot.lookup("." + ExportDialog.STYLE_CLASS).queryAll().size());

        robot.clickOn("#export-format");
        robot.clickOn("SVG (vector, for the web and editing)");
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(file)
                && !app.exportViewModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        String svg = Files.readString(file);
        for (String shown : List.of("North Korea", "Russia", "Iran", "Ukraine")) {
            assertTrue(svg.contains(shown), shown);
        }
        assertFalse(svg.contains("United States"), "hidden by the filters, so not exported");
        assertTrue(robot.lookup("#export-status").queryLabeled().getText().startsWith("Exported figure.svg"));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}

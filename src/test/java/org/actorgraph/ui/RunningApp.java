package org.actorgraph.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.dialog.FxDialogService;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.task.FxTaskExecutor;
import org.actorgraph.ui.task.TaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application in a test's stage, wired by its composition root as on a user's machine,
 * except that the corpus opened first and the settings file are the test's.
 */
final class RunningApp {

    private RunningApp() {
    }

    /** Builds the application in {@code stage} and shows it on {@code seedResource}. */
    static AppComposition start(Stage stage, String seedResource, Path settingsDir) {
        return start(stage, seedResource, new FxTaskExecutor(),
                new FxDialogService(stage, AppComposition.stylesheets()), settingsDir);
    }

    /**
     * Builds the application in {@code stage} on the seed, then opens the generated corpus of 200
     * actors and 1,000 relations ({@link TestCorpora#writeLarge}), written to {@code dir}.
     */
    static AppComposition startOnLargeCorpus(Stage stage, Path dir) throws IOException {
        Path corpus = TestCorpora.writeLarge(dir);
        AppComposition app = start(stage, CorpusLoader.SEED_RESOURCE, dir);
        app.session().open(CorpusSource.ofFile(corpus));
        return app;
    }

    /**
     * The same with the test's own background work and dialogs, for tests that run the work step by
     * step or read what the dialogs were asked to show.
     */
    static AppComposition start(Stage stage, String seedResource, TaskExecutor executor, DialogService dialogs,
                                Path settingsDir) {
        AppComposition app = new AppComposition(stage, seedResource, executor, owner -> dialogs,
                new SettingsStore(settingsDir.resolve("settings.json")));
        app.start(List.of());
        return app;
    }

    /** Closes the dialogs a test left open and stops the background work. */
    static void close(FxRobot robot, Stage stage, AppComposition app) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        app.stop();
    }

    /**
     * Waits until the window is complete on its corpus: the graph drawn, and the filter panel's
     * legend rows and actor list, which follow the graph by a frame.
     */
    static void waitUntilComplete(Stage stage, AppComposition app) throws TimeoutException {
        waitUntil(() -> {
            if (!app.graphView().isDrawn()) {
                return false;
            }
            javafx.scene.Parent root = stage.getScene().getRoot();
            javafx.scene.Node actors = root.lookup(".filter-actor-list");
            return root.lookupAll(".legend-type").size() == app.filterViewModel().types().size()
                    && root.lookupAll(".legend-certainty").size() == app.filterViewModel().certainties().size()
                    && (actors == null || ((javafx.scene.control.ListView<?>) actors).getItems()
                            == app.filterViewModel().actorsFound());
        });
    }

    /** Waits for background work to make {@code condition} true, then for the screen to catch up. */
    /** Reads {@code read} on the FX thread, where the window changes while a test waits. */
    static <T> T onFx(Callable<T> read) throws TimeoutException {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The filter panel's section with this title. */
    static TitledPane filterSection(FxRobot robot, String title) {
        return robot.lookup(".filter-section").queryAllAs(TitledPane.class).stream()
                .filter(pane -> pane.getText().equals(title)).findFirst().orElseThrow();
    }
}

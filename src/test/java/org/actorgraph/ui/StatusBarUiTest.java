package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.ui.status.StatusBarView;
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
 * The status bar while background work runs, in the whole window. The work waits in a manual
 * executor until the test lets it run, so the window can be looked at while a corpus "loads".
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarUiTest {

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

    private static ProgressBar bar(FxRobot robot) {
        return robot.lookup("#" + StatusBarView.PROGRESS_ID).queryAs(ProgressBar.class);
    }

    private static Button cancel(FxRobot robot) {
        return robot.lookup("#" + StatusBarView.CANCEL_ID).queryButton();
    }

    private static String activity(FxRobot robot) {
        return robot.lookup(".status-activity").queryAs(Label.class).getText();
    }

    // The window waits for its first graph, but not for long: an opening that takes a while goes
    // on in the window, where it can be followed and cancelled.
    private void windowShownWhileOpening() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.session().busyProperty().get(), "still opening");
    }

    @Test
    void showsProgressAndCancelWhileACorpusOpensAndIsLaidOutThenHidesThem(FxRobot robot) throws Exception {
        windowShownWhileOpening();
        assertEquals("Opening seed.actorgraph.json…", activity(robot));
        assertTrue(bar(robot).isVisible());
        assertTrue(cancel(robot).isVisible());

        robot.clickOn(".graph-view").type(KeyCode.ESCAPE);
        assertTrue(app.session().busyProperty().get(), "Escape does not cancel the load");

        // Let the load run (a graph this small is laid out while it loads), then lay it out again:
        // that layout waits.
        robot.interact(() -> {
            executor.runAll();
            app.graphViewModel().rerunLayout();
        });
        assertEquals("Laying out 5 actors…", activity(robot));
        assertTrue(bar(robot).isVisible());
        assertTrue(cancel(robot).isVisible());

        // While the layout runs, the bar follows it.
        List<Double> seen = new ArrayList<>();
        robot.interact(() -> {
            bar(robot).progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
            executor.runAll();
        });
        assertTrue(seen.stream().anyMatch(p -> p > 0.2 && p < 1), "a determinate bar: " + seen);

        assertFalse(bar(robot).isVisible());
        assertFalse(cancel(robot).isVisible());
        assertEquals("", activity(robot));
        assertNotNull(app.graphViewModel().layoutProperty().get());
        assertTrue(app.graphView().isDrawn());
    }

    @Test
    void cancelStopsTheLoadAndSaysSo(FxRobot robot) throws Exception {
        windowShownWhileOpening();

        robot.clickOn("#" + StatusBarView.CANCEL_ID);
        robot.interact(executor::runAll);

        assertFalse(bar(robot).isVisible());
        assertFalse(cancel(robot).isVisible());
        assertEquals("Opening seed.actorgraph.json cancelled", activity(robot));
        assertNull(app.session().getCorpus());
        assertTrue(dialogs.titles.isEmpty(), dialogs.titles.toString());
    }

    // A generated corpus of 200 actors and 1,000 relations, opened and drawn.
    private void openLarge(FxRobot robot) throws Exception {
        Path corpus = org.actorgraph.ui.support.TestCorpora.writeLarge(dir);
        robot.interact(executor::runAll); // the seed
        // The window shows with the seed's graph, and the large corpus is opened in it.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> stage.isShowing());
        robot.interact(() -> {
            app.session().open(org.actorgraph.ui.corpus.CorpusSource.ofFile(corpus));
            executor.runAll(); // read, laid out and drawn while loading
        });
    }

    private static javafx.scene.Node viewport(FxRobot robot) {
        return robot.lookup(".graph-view").queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable().get(0);
    }

    @Test
    void inTheNarrowestWindowTheButtonsOfTheStatusBarAndTimelineAreShownWhole(FxRobot robot) throws Exception {
        openLarge(robot);
        double width = stage.getWidth();
        try {
            robot.interact(() -> {
                stage.setWidth(stage.getMinWidth());
                app.graphViewModel().rerunLayout(); // waits: its activity, bar and Cancel are shown
            });
            WaitForAsyncUtils.waitForFxEvents();
            // Read on the UI thread, which may still be putting the drawing together.
            List<String> problems = new ArrayList<>();
            robot.interact(() -> problems.addAll(cutOrOutOfSight(robot)));
            assertEquals(List.of(), problems);
        } finally {
            // The window is shared with the next test classes: its width first.
            robot.interact(() -> stage.setWidth(width));
            robot.interact(executor::runAll);
        }
    }

    // What of the status bar and the timeline is cut short or out of sight.
    private List<String> cutOrOutOfSight(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        Button cancel = cancel(robot);
        if (!cancel.isVisible() || !shownText(cancel).equals("Cancel")) {
            problems.add("Cancel shows as \"" + shownText(cancel) + "\", visible " + cancel.isVisible());
        }
        Label activity = robot.lookup(".status-activity").queryAs(Label.class);
        if (!shownText(activity).equals(activity.getText())) {
            problems.add("the activity shows as \"" + shownText(activity) + "\"");
        }
        Button play = robot.lookup("#timeline-play").queryButton();
        if (!shownText(play).equals("▶ Play")) {
            problems.add("Play shows as \"" + shownText(play) + "\"");
        }
        // Everything of the timeline is under the graph, none of it behind the details panel.
        double graphRight = app.graphView().localToScene(app.graphView().getBoundsInLocal()).getMaxX();
        javafx.scene.layout.Region timeline = robot.lookup("#timeline-bar").queryAs(javafx.scene.layout.Region.class);
        for (javafx.scene.Node part : timeline.getChildrenUnmodifiable()) {
            double right = part.localToScene(part.getBoundsInLocal()).getMaxX();
            if (part.isVisible() && right > graphRight + 0.5) {
                problems.add(part + " ends at " + right + ", the graph at " + graphRight);
            }
        }
        // And the details panel is in the window, not pushed out of sight by the graph's side.
        javafx.scene.Node details = robot.lookup((javafx.scene.Node n) -> n instanceof org.actorgraph.ui.details.DetailsView)
                .query();
        javafx.geometry.Bounds onScreen = details.localToScene(details.getLayoutBounds());
        if (onScreen.getMinX() < graphRight - 0.5 || onScreen.getMaxX() > stage.getScene().getWidth() + 0.5) {
            problems.add("details at " + onScreen + " in a window " + stage.getScene().getWidth() + " wide");
        }
        return problems;
    }

    // The text as drawn, which ends in "…" when the control is narrower than its text.
    private static String shownText(javafx.scene.control.Labeled control) {
        return ((javafx.scene.text.Text) control.lookup(".text")).getText();
    }

    @Test
    void goingBackToTheGraphOnScreenWhileAnotherIsDrawnBringsItBackFromDimmed(FxRobot robot) throws Exception {
        openLarge(robot);
        robot.interact(() -> app.overviewViewModel().showTopK(70));
        assertTrue(activity(robot).startsWith("Drawing"), activity(robot));
        assertTrue(viewport(robot).getOpacity() < 1);

        robot.interact(() -> {
            app.overviewViewModel().showAll();
            executor.runAll(); // the drawing no longer wanted ends
        });
        RunningApp.waitUntil(() -> app.graphView().isDrawn());

        assertEquals(1, viewport(robot).getOpacity(), "the graph on screen is itself again");
        assertFalse(viewport(robot).isMouseTransparent(), "and answers the mouse");
        assertEquals("", activity(robot));
        assertEquals(app.session().getGraph().actors().size(), app.graphView().vertexCount());
    }

    @Test
    void aNewOverviewIsFittedToTheWindowEvenWhenTheFiltersChangeWhileItIsDrawn(FxRobot robot) throws Exception {
        openLarge(robot);
        robot.interact(() -> {
            app.graphViewModel().viewport().zoomAt(3, 300, 300);
            app.overviewViewModel().showTopK(70);
        });
        assertTrue(activity(robot).startsWith("Drawing"), activity(robot));
        double zoomedIn = app.graphViewModel().viewport().getScale();

        robot.interact(() -> {
            app.session().criteriaProperty().set(app.session().getCriteria().withHiddenTypeIds(Set.of("meets")));
            executor.runAll();
        });
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        double shown = app.graphViewModel().viewport().getScale();
        robot.interact(() -> app.graphViewModel().viewport().fit());

        assertTrue(shown < zoomedIn, "not left at the zoom of before: " + shown);
        // Within 2 %: the panels beside the graph may still settle by a pixel or two after it is
        // drawn (once in a full test run: 0.2662 against 0.2634), which a fit done later sees.
        double fitted = app.graphViewModel().viewport().getScale();
        assertEquals(fitted, shown, fitted * 0.02, "fitted to the window");
    }

    @Test
    void aLargeGraphIsDrawnAwayFromTheWindowWhileTheOldDrawingWaitsDimmed(FxRobot robot) throws Exception {
        openLarge(robot);
        RunningApp.waitUntil(() -> app.graphView().isDrawn()); // its lines are painted in the background
        int rolledUp = app.graphView().vertexCount();

        // Drawing people separately is another graph, of more than a few hundred lines.
        robot.interact(() -> {
            app.session().peopleSeparatelyProperty().set(!app.session().peopleSeparatelyProperty().get());
            for (int step = 0; step < 5 && !activity(robot).startsWith("Drawing"); step++) {
                executor.runNext(); // regrouped, laid out
            }
        });
        assertTrue(activity(robot).matches("Drawing [0-9]+ actors…"), activity(robot));
        assertTrue(bar(robot).isVisible());
        javafx.scene.Node viewport = robot.lookup(".graph-view").queryAs(javafx.scene.Parent.class)
                .getChildrenUnmodifiable().get(0);
        assertTrue(viewport.getOpacity() < 1 && viewport.isMouseTransparent(), "the old drawing waits, dimmed");
        assertEquals(rolledUp, app.graphView().vertexCount(), "and is still the one shown");

        robot.interact(executor::runAll);
        // Built away from the window, then shown; its lines are painted in the background.
        RunningApp.waitUntil(() -> app.graphView().isDrawn());

        assertEquals("", activity(robot));
        assertEquals(app.session().getGraph().actors().size(), app.graphView().vertexCount());
        assertTrue(rolledUp != app.graphView().vertexCount(), "people drawn separately: " + rolledUp);
        assertEquals(1, ((javafx.scene.Parent) viewport).getChildrenUnmodifiable().size(), "only the new drawing");
        long curves = robot.lookup(".edge").queryAll().stream().filter(javafx.scene.shape.CubicCurve.class::isInstance)
                .filter(node -> node.getScene() != null).count();
        assertEquals(0, curves, "its lines are painted, not nodes");
        assertTrue(robot.lookup(".line-layer").queryAs(javafx.scene.image.ImageView.class).getImage() != null,
                "and painted");
        assertEquals(1, viewport.getOpacity());
        assertFalse(viewport.isMouseTransparent());
        assertTrue(app.graphView().isDrawn());
    }

    /** Opens the seed and lets its load and layout run, so that the graph is drawn. */
    private void openAndLayOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.graphView().isDrawn());
    }

    @Test
    void anExportShowsItsProgressAndCancelInTheMiddleLeavesTheOldFile(FxRobot robot) throws Exception {
        openAndLayOut(robot);
        Path file = dir.resolve("figure.png");
        Files.writeString(file, "the old figure");

        robot.interact(() -> app.exportViewModel().export(file, ExportFormat.PNG));
        assertEquals("Exporting figure.png…", activity(robot));
        assertTrue(bar(robot).isVisible());
        assertTrue(bar(robot).isIndeterminate(), "until the export has said how far it is");
        assertTrue(cancel(robot).isVisible());

        List<Double> seen = new ArrayList<>();
        robot.interact(() -> {
            bar(robot).progressProperty().addListener((obs, old, now) -> {
                seen.add(now.doubleValue());
                if (now.doubleValue() > 0.4 && cancel(robot).isVisible()) {
                    cancel(robot).fire(); // a click on Cancel while the bar moves
                }
            });
            executor.runAll();
        });

        assertTrue(seen.stream().anyMatch(p -> p > 0.1 && p < 0.4), "a determinate bar that moves: " + seen);
        assertFalse(bar(robot).isVisible());
        assertFalse(cancel(robot).isVisible());
        assertEquals("Exporting figure.png cancelled; nothing was written", activity(robot));
        assertEquals("the old figure", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.filter(f -> f.getFileName().toString().contains("figure")).toList(),
                    "no temporary file");
        }
    }

    @Test
    void cancelClickedBeforeTheExportStartedWritesNothing(FxRobot robot) throws Exception {
        openAndLayOut(robot);
        Path file = dir.resolve("graph.graphml");
        dialogs.exportFileToChoose = file;

        robot.interact(() -> app.exportViewModel().chooseAndExportData());
        assertEquals("Exporting graph.graphml…", activity(robot));
        robot.clickOn("#" + StatusBarView.CANCEL_ID);
        robot.interact(executor::runAll);

        assertEquals("Exporting graph.graphml cancelled; nothing was written", activity(robot));
        assertFalse(Files.exists(file));
        assertFalse(bar(robot).isVisible());
    }
}

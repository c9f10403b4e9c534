package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Relation;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode, the story and the timeline on the seed, as a teacher uses them. */
@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {

    @TempDir
    Path settingsDir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = RunningApp.start(stage, CorpusLoader.SEED_RESOURCE, settingsDir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private void waitForGraph() throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node find(String selector) {
        return stage.getScene().getRoot().lookup(selector);
    }

    private double labelFontSize(FxRobot robot) {
        return robot.lookup(".vertex-label").match(n -> n instanceof Text && n.isVisible())
                .queryAllAs(Text.class).stream().mapToDouble(t -> t.getFont().getSize()).max().orElse(0);
    }

    private Set<String> newEdgeClaims() {
        return app.graphView().storyNewRelations().stream().flatMap(r -> r.relations().stream())
                .map(Relation::id).collect(Collectors.toSet());
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.push(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void arrowHeadsStaySolidWhileTheStoryRestylesTheirDashedLines(FxRobot robot) throws TimeoutException {
        waitForGraph();
        robot.clickOn(app.graphView());
        press(robot, KeyCode.F5);

        int dashedArrows = 0;
        for (int step = 0; step < app.storyViewModel().steps().size(); step++) {
            dashedArrows += robot.lookup(".arrow").queryAll().stream()
                    .filter(arrow -> arrow.isVisible() && arrow.getStyle().contains("dash-array")).count();
            press(robot, KeyCode.RIGHT);
        }

        assertEquals(0, dashedArrows, "an arrow head has its line's dashes");
    }

    @Test
    void f5PresentsTheStoryStepByStepAndEscLeaves(FxRobot robot) throws TimeoutException {
        waitForGraph();
        double normalLabels = labelFontSize(robot);
        int allEdges = app.graphView().visibleEdgeCount();
        assertNotNull(find(".filter-panel"));

        robot.clickOn(app.graphView());
        press(robot, KeyCode.F5);

        assertTrue(app.presentationViewModel().presentingProperty().get());
        assertNull(find(".filter-panel"), "the filters are out of the window");
        assertNull(find(".side-panel"), "the details too");
        assertNull(find(".main-toolbar"));
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("theme-contrast"));
        assertTrue(labelFontSize(robot) >= 2 * normalLabels, labelFontSize(robot) + " vs " + normalLabels);
        assertTrue(find("#story-caption").isVisible());
        assertTrue(find("#legend-overlay").isVisible());
        assertFalse(find("#timeline-bar").isVisible(), "no timeline while the story runs");

        int stepOne = app.graphView().visibleEdgeCount();
        assertTrue(stepOne >= 1 && stepOne < allEdges, stepOne + " of " + allEdges);
        assertTrue(newEdgeClaims().containsAll(app.storyViewModel().steps().get(0).relationIds()));

        int before = stepOne;
        boolean grew = false;
        for (int i = 1; i < 6; i++) {
            press(robot, i % 2 == 0 ? KeyCode.RIGHT : KeyCode.PAGE_DOWN);
            assertEquals(i, app.storyViewModel().indexProperty().get());
            int now = app.graphView().visibleEdgeCount();
            assertTrue(now >= before, "edges stay: " + now + " after " + before);
            grew |= now > before;
            before = now;
            Set<String> stepClaims = Set.copyOf(app.storyViewModel().steps().get(i).relationIds());
            assertTrue(newEdgeClaims().containsAll(stepClaims), "the highlighted edge is the step's");
            for (AggregatedRelation edge : app.graphView().storyNewRelations()) {
                assertTrue(edge.relations().stream().anyMatch(r -> stepClaims.contains(r.id())));
            }
        }
        assertTrue(grew, "the graph grows as the story goes on");
        assertTrue(((javafx.scene.control.Label) find("#story-counter")).getText().startsWith("Step 6 of "));

        press(robot, KeyCode.PAGE_UP);
        press(robot, KeyCode.LEFT);
        assertEquals(3, app.storyViewModel().indexProperty().get());
        assertTrue(app.graphView().visibleEdgeCount() <= before);

        press(robot, KeyCode.END);
        assertEquals(app.storyViewModel().steps().size() - 1, app.storyViewModel().indexProperty().get());
        press(robot, KeyCode.HOME);
        assertEquals(stepOne, app.graphView().visibleEdgeCount());

        press(robot, KeyCode.ESCAPE);
        assertFalse(app.presentationViewModel().presentingProperty().get());
        assertNotNull(find(".filter-panel"), "the panels are back");
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("theme-contrast"));
        assertEquals(allEdges, app.graphView().visibleEdgeCount(), "the whole graph again");
        assertTrue(find("#timeline-bar").isVisible());
    }

    @Test
    void aLabelDimmedAtOneStepIsBrightAgainWhenItsActorComesBack(FxRobot robot) throws TimeoutException {
        waitForGraph();
        robot.clickOn(app.graphView());
        press(robot, KeyCode.F5);
        for (int i = 0; i < 11; i++) {
            press(robot, KeyCode.RIGHT);
        }
        Set<String> emphasised = app.graphView().storyNewRelations().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.source().name(), r.target().name()))
                .collect(Collectors.toSet());
        for (Text label : robot.lookup(".vertex-label").match(n -> n instanceof Text).queryAllAs(Text.class)) {
            if (emphasised.contains(label.getText())) {
                assertFalse(label.getStyleClass().contains("dimmed"), label.getText());
            }
        }
    }

    @Test
    void theStoryPanelAndCaptionAppearWhenTheStoryIsSwitchedOn(FxRobot robot) throws TimeoutException {
        waitForGraph();
        assertNull(find("#story-panel"), "made when the story is first switched on");
        assertNull(find("#story-caption"));

        robot.clickOn(app.graphView());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(app.storyViewModel().activeProperty().get());
        assertTrue(find("#story-panel").isVisible());
        assertTrue(find("#story-caption").isVisible());
        javafx.scene.control.ListView<?> steps = (javafx.scene.control.ListView<?>) find("#story-steps");
        assertEquals(app.storyViewModel().steps().size(), steps.getItems().size());
        assertEquals(0, steps.getSelectionModel().getSelectedIndex(), "the current step is selected");
        press(robot, KeyCode.RIGHT);
        assertEquals(1, steps.getSelectionModel().getSelectedIndex(), "and follows the story");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(find("#story-panel").isVisible());
        assertFalse(find("#story-caption").isVisible());
    }

    @Test
    void arrowKeysInATextFieldDoNotMoveTheStory(FxRobot robot) throws TimeoutException {
        waitForGraph();
        robot.interact(() -> app.storyViewModel().activeProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#story-step-title-field");
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.END);
        assertEquals(0, app.storyViewModel().indexProperty().get());

        robot.clickOn(app.graphView());
        WaitForAsyncUtils.waitForFxEvents();
        press(robot, KeyCode.RIGHT);
        assertEquals(1, app.storyViewModel().indexProperty().get(), "with the graph focused, Right steps on");
    }

    @Test
    void theTimelineAtAnEarlyDateShowsFewerEdges(FxRobot robot) throws TimeoutException {
        waitForGraph();
        int atTheEnd = app.graphView().edgeCount();
        robot.interact(() -> app.timelineViewModel().positionProperty().set(0));
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().edgeCount() < atTheEnd);
        int early = app.graphView().edgeCount();
        assertTrue(early < atTheEnd, early + " < " + atTheEnd);
        assertTrue(((javafx.scene.control.Label) find("#timeline-date")).getText().contains("1 of "));

        robot.interact(() -> app.timelineViewModel().positionProperty().set(
                app.timelineViewModel().lastPositionProperty().get()));
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().edgeCount() == atTheEnd);
    }
}

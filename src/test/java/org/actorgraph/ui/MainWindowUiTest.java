package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.CubicCurve;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.dialog.ProblemListView;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window as a user meets it, headless: the test corpus opens as the seed. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    Path settingsDir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = RunningApp.start(stage, TestCorpora.MAIN, settingsDir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        RunningApp.waitUntil(condition);
    }

    private void waitForGraph() throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
    }

    private static int count(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().size();
    }

    private static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().map(node -> node instanceof TextFlow flow
                ? flow.getChildren().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                        .collect(java.util.stream.Collectors.joining())
                : ((Label) node).getText()).toList();
    }

    private AggregatedRelation relation(String source, String type, String target) {
        return app.session().getGraph().find(source, target, type).orElseThrow();
    }

    @Test
    void opensOnTheSeedWithEveryActorEdgeAndLegendEntry(FxRobot robot) throws TimeoutException {
        waitForGraph();

        assertEquals(5, count(robot, ".vertex"), "Kim Jong-Un is rolled up into North Korea");
        assertEquals(9, robot.lookup(".edge").match(n -> n instanceof CubicCurve).queryAll().size());
        assertEquals(6, count(robot, ".legend-type"), "the unused type is not in the legend");
        assertEquals(4, count(robot, ".legend-certainty"));
        assertEquals("Test corpus: arms talks (seed.actorgraph.json) — ActorGraph", stage.getTitle());
        assertTrue(texts(robot, ".status-counts").get(0).startsWith("5 of 6 actors · 9 relations"));
    }

    @Test
    void clickingAnEdgeShowsItsEvidenceAndTheBackgroundClearsIt(FxRobot robot) throws TimeoutException {
        waitForGraph();
        Point2D onEdge = app.graphView().screenMidpointOf(relation("PRK", "arms_supply", "RUS")).orElseThrow();

        robot.clickOn(onEdge);
        waitUntil(() -> !robot.lookup(".quote-text").queryAll().isEmpty());

        assertEquals(List.of("Arms supply"), texts(robot, ".details-title"));
        assertTrue(texts(robot, ".quote-text")
                .contains("“North Korea provides Russia with weapons for the war in Ukraine.”"));
        assertEquals(List.of("×2 in the text"), texts(robot, ".quote-occurrences"));

        Node viewport = robot.lookup(".graph-viewport").query();
        Point2D corner = viewport.localToScreen(8, 8);
        robot.clickOn(corner);
        waitUntil(() -> robot.lookup(".quote-text").queryAll().isEmpty());
    }

    @Test
    void clickingAnActorShowsWhoItIs(FxRobot robot) throws TimeoutException {
        waitForGraph();
        Actor northKorea = app.session().getGraph().actor("PRK").orElseThrow();

        robot.clickOn(app.graphView().screenCenterOf(northKorea).orElseThrow());
        waitUntil(() -> texts(robot, ".details-title").contains("North Korea"));

        assertTrue(texts(robot, ".details-fact").contains("Kim Jong-Un"));
    }

    @Test
    void peopleSeparatelyToggleAddsThePersonVertex(FxRobot robot) throws TimeoutException {
        waitForGraph();

        robot.clickOn("#people-toggle");
        waitUntil(() -> app.graphView().vertexCount() == 6 && app.graphView().isDrawn());

        assertEquals(6, count(robot, ".vertex"));
        assertTrue(texts(robot, ".status-counts").get(0).startsWith("6 actors"));
    }

    @Test
    void malformedFileListsItsProblemsAndTheGraphStays(FxRobot robot) throws TimeoutException {
        waitForGraph();

        robot.interact(() -> app.mainViewModel().open(TestCorpora.path(TestCorpora.MALFORMED)));
        waitUntil(() -> robot.lookup("." + ProblemListView.STYLE_CLASS).tryQuery().isPresent());

        ProblemListView problems = robot.lookup("." + ProblemListView.STYLE_CLASS).queryAs(ProblemListView.class);
        assertEquals(1, problems.rows().size());
        assertTrue(texts(robot, ".problem-place").get(0).endsWith("5:3"), texts(robot, ".problem-place")::toString);
        assertTrue(texts(robot, ".problem-message").get(0).contains("expected"));
        assertEquals(5, app.graphView().vertexCount());
        assertEquals("Test corpus: arms talks (seed.actorgraph.json) — ActorGraph", stage.getTitle());
    }

    @Test
    void invalidFileListsEveryProblemWithItsJsonPath(FxRobot robot) throws TimeoutException {
        waitForGraph();

        robot.interact(() -> app.mainViewModel().open(TestCorpora.path(TestCorpora.INVALID)));
        waitUntil(() -> robot.lookup("." + ProblemListView.STYLE_CLASS).tryQuery().isPresent());

        List<String> places = texts(robot, ".problem-place");
        assertEquals(3, places.size());
        assertTrue(places.stream().anyMatch(p -> p.contains("$.articles[0].relations[0].source")), places.toString());
        assertEquals(9, app.graphView().edgeCount());
    }

    @Test
    void draggingAnActorPinsItWhereItWasDropped(FxRobot robot) throws TimeoutException {
        waitForGraph();
        Actor iran = app.session().getGraph().actor("IRN").orElseThrow();
        Point2D from = app.graphView().screenCenterOf(iran).orElseThrow();

        robot.drag(from, MouseButton.PRIMARY).moveBy(40, -30).moveBy(20, -10).release(MouseButton.PRIMARY);
        waitUntil(() -> app.graphViewModel().pinned().containsKey(iran));

        assertEquals(1, robot.lookup(".vertex.pinned").queryAll().size());
        Point2D now = app.graphView().screenCenterOf(iran).orElseThrow();
        assertTrue(now.distance(from) > 40, "moved from " + from + " to " + now);
    }

    @Test
    void mouseWheelZoomsAndDraggingTheBackgroundPans(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var viewport = app.graphViewModel().viewport();
        Node area = robot.lookup(".graph-viewport").query();
        Point2D corner = area.localToScreen(10, 10);
        double scale = viewport.getScale();

        robot.moveTo(corner).scroll(3, VerticalDirection.DOWN);
        waitUntil(() -> viewport.getScale() != scale);

        double x = viewport.translateXProperty().get();
        robot.drag(corner, MouseButton.PRIMARY).moveBy(60, 20).moveBy(60, 20).release(MouseButton.PRIMARY);
        waitUntil(() -> viewport.translateXProperty().get() > x + 100);
    }

    @Test
    void zoomShortcutsChangeTheZoomLevel(FxRobot robot) throws TimeoutException {
        waitForGraph();
        double before = app.graphViewModel().viewport().getScale();

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitUntil(() -> app.graphViewModel().viewport().getScale() < before);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(app.graphViewModel().viewport().getScale() - before) < 1e-6);
    }
}

package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.selection.Selection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Filtering, search and undo as a user does them, on the bundled seed. */
@ExtendWith(ApplicationExtension.class)
class ExploreUiTest {

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

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        RunningApp.waitUntil(condition);
    }

    private void waitForGraph() throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".status-counts").queryAs(Label.class).getText();
    }

    private static HBox typeRow(FxRobot robot, String label) {
        return robot.lookup(".legend-type").queryAllAs(HBox.class).stream()
                .filter(row -> ((CheckBox) row.getChildren().get(0)).getText().equals(label))
                .findFirst().orElseThrow();
    }

    private long drawnEdgesOfType(String typeId) {
        return app.session().getGraph().relations().stream().filter(r -> r.type().id().equals(typeId)).count();
    }

    @Test
    void uncheckingArmsSupplyRemovesItsEdgesAndTheCountsFollow(FxRobot robot) throws TimeoutException {
        waitForGraph();
        int edgesBefore = app.graphView().edgeCount();
        long arms = drawnEdgesOfType("arms_supply");
        assertTrue(arms > 0);
        String statusBefore = statusText(robot);
        assertTrue(statusBefore.contains(edgesBefore + " relations"), statusBefore);
        HBox row = typeRow(robot, "Arms supply");
        Label count = (Label) row.getChildren().get(1);
        assertEquals(String.valueOf(arms), count.getText());

        robot.clickOn(row.getChildren().get(0));
        waitUntil(() -> app.graphView().edgeCount() == edgesBefore - arms);

        assertEquals(0, drawnEdgesOfType("arms_supply"));
        assertEquals("0", count.getText(), "the legend row counts the edges drawn");
        assertTrue(statusText(robot).startsWith("7 of 11 actors · " + (edgesBefore - arms) + " of " + edgesBefore
                + " relations"), statusText(robot));
        assertTrue(robot.lookup("#reset-filters").queryButton().isVisible());

        // Saving the corpus under another name keeps what can be undone.
        robot.interact(() -> app.session().savedAs(java.nio.file.Path.of("elsewhere.actorgraph.json")));
        assertEquals("Undo hide Arms supply", app.history().undoTextProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> app.graphView().edgeCount() == edgesBefore);
        assertTrue(((CheckBox) row.getChildren().get(0)).isSelected(), "undo ticks the box again");
    }

    @Test
    void typingKimAndEnterSelectsNorthKoreaOrKimWhenPeopleAreSeparate(FxRobot robot) throws TimeoutException {
        waitForGraph();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("kim").type(KeyCode.ENTER);
        waitUntil(() -> app.selection().getSelection() instanceof Selection.ActorSelected);
        assertEquals("North Korea", selectedName());
        Point2D centre = app.graphView().screenCenterOf(selectedActor()).orElseThrow();
        Node area = robot.lookup(".graph-viewport").query();
        Point2D middle = area.localToScreen(area.getLayoutBounds().getCenterX(), area.getLayoutBounds().getCenterY());
        assertTrue(centre.distance(middle) < 2, "centred: " + centre + " vs " + middle);

        robot.clickOn("#people-toggle");
        waitUntil(() -> app.graphView().isDrawn() && app.session().getGraph().actor("kim_jong_un").isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("kim").type(KeyCode.ENTER);
        waitUntil(() -> "Kim Jong-Un".equals(selectedName()));
    }

    private Actor selectedActor() {
        return ((Selection.ActorSelected) app.selection().getSelection()).actor();
    }

    private String selectedName() {
        return app.selection().getSelection() instanceof Selection.ActorSelected a ? a.actor().name() : null;
    }

    @Test
    void undoPutsADraggedActorBack(FxRobot robot) throws TimeoutException {
        waitForGraph();
        Actor iran = app.session().getGraph().actor("IRN").orElseThrow();
        Point2D from = app.graphView().screenCenterOf(iran).orElseThrow();

        robot.drag(from, MouseButton.PRIMARY).moveBy(40, -30).moveBy(20, -10).release(MouseButton.PRIMARY);
        waitUntil(() -> app.graphViewModel().pinned().containsKey(iran));
        assertTrue(app.graphView().screenCenterOf(iran).orElseThrow().distance(from) > 40);
        assertEquals("Undo move Iran", app.history().undoTextProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> app.graphView().screenCenterOf(iran).orElseThrow().distance(from) < 1);

        assertTrue(app.graphViewModel().pinned().isEmpty(), "back where it was, and no longer pinned");
        assertEquals(0, robot.lookup(".vertex.pinned").queryAll().size());
    }

    @Test
    void aClosedFilterSectionShowsItsControlsWhenOpened(FxRobot robot) throws TimeoutException {
        waitForGraph();
        assertTrue(robot.lookup("#period-slider").tryQuery().isEmpty(), "made when the section is opened");
        assertTrue(robot.lookup(".filter-plain").tryQuery().isEmpty());

        robot.interact(() -> RunningApp.filterSection(robot, "Date").setExpanded(true));
        robot.interact(() -> RunningApp.filterSection(robot, "Evidence").setExpanded(true));
        robot.interact(() -> RunningApp.filterSection(robot, "Articles").setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();

        Node period = robot.lookup("#period-slider").query();
        assertTrue(period.isVisible());
        assertFalse(period.isDisabled(), "the seed's claims span several dates");
        assertEquals(app.filterViewModel().minEvidenceProperty().get(),
                robot.lookup("#min-evidence").queryAs(Spinner.class).getValue());
        assertFalse(app.filterViewModel().articles().isEmpty());
        assertEquals(app.filterViewModel().articles().size(), robot.lookup(".filter-plain").queryAll().size(),
                "a short list shows every row");
        // The seed's only article cannot be unticked: nothing would be left.
        CheckBox only = robot.lookup(".filter-plain .check-box").queryAs(CheckBox.class);
        robot.interact(only::fire); // as a click does; the section is below the panel's fold
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(only.isSelected(), "the box shows the article still ticked");
        assertTrue(app.session().getCriteria().onlyArticleIds().isEmpty());

        robot.interact(() -> app.filterViewModel().reset());
        robot.interact(() -> RunningApp.filterSection(robot, "Date").setExpanded(false));
        robot.interact(() -> RunningApp.filterSection(robot, "Date").setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(period, robot.lookup("#period-slider").query(), "made once");
    }

    @Test
    void hiddenActorsKeepTheOthersInPlace(FxRobot robot) throws TimeoutException {
        waitForGraph();
        Actor russia = app.session().getGraph().actor("RUS").orElseThrow();
        Point2D before = app.graphView().screenCenterOf(russia).orElseThrow();

        robot.interact(() -> app.filterViewModel().setActorShown("IRN", false));
        waitUntil(() -> app.graphView().isDrawn() && app.session().getGraph().actor("IRN").isEmpty());

        assertTrue(app.graphView().screenCenterOf(russia).orElseThrow().distance(before) < 0.5,
                "Russia stays where it was");
    }
}

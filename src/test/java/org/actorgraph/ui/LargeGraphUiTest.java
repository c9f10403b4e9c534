package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A generated corpus of 200 actors and 1,000 relations: zoomed out to the whole graph, most names
 * are left out and those kept do not cover each other; zoomed in, every name is back.
 */
@ExtendWith(ApplicationExtension.class)
class LargeGraphUiTest {

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = RunningApp.startOnLargeCorpus(stage, dir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private static List<Node> visibleLabels(FxRobot robot) {
        return robot.lookup(".vertex-label").queryAll().stream()
                .filter(n -> n.isVisible() && n.getParent() != null && n.getParent().getStyleClass().contains("graph"))
                .toList();
    }

    @Test
    void theOverviewKeepsAFewNamesApartAndZoomingInBringsThemAllBack(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().vertexCount() > 100);
        robot.sleep(400); // the fit on opening is over
        assertTrue(app.graphViewModel().viewport().getScale() < 0.5, "the whole graph is shown small");

        List<Node> named = visibleLabels(robot);
        assertFalse(named.isEmpty(), "the most connected actors keep their names");
        assertTrue(named.size() <= 20, named.size() + " names");
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                Bounds a = named.get(i).getBoundsInParent();
                assertFalse(a.intersects(named.get(j).getBoundsInParent()), "two names cover each other");
            }
        }
        // Enlarged: on screen a kept name is as tall as at 90 % zoom.
        double onScreen = named.get(0).localToScene(named.get(0).getBoundsInLocal()).getHeight();
        assertTrue(onScreen > 12, "a kept name is readable: " + onScreen + " px high");

        robot.interact(() -> app.graphViewModel().viewport().zoomAt(1 / app.graphViewModel().viewport().getScale(), 300, 300));
        RunningApp.waitUntil(() -> !app.graphView().isShowingStill());

        assertEquals(app.graphView().vertexCount(), visibleLabels(robot).size(), "every name at 100 %");
    }

    @Test
    void theFilterPanelShowsEveryCountWholeAndShortensTheLabelInstead(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().vertexCount() > 100);
        RunningApp.waitUntilComplete(stage, app);
        List<javafx.scene.control.Label> counts = robot.lookup(".filter-row .filter-count")
                .queryAllAs(javafx.scene.control.Label.class).stream().toList();
        assertTrue(counts.stream().anyMatch(c -> c.getText().length() >= 3),
                "a count of hundreds, which used to end in \"…\"");
        for (javafx.scene.control.Label count : counts) {
            Node shown = count.lookup(".text");
            assertEquals(count.getText(), ((javafx.scene.text.Text) shown).getText(), "the count as drawn");
        }
    }

    @Test
    void theTimelineOfHundredsOfDatesLeavesOutItsTickMarks(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        javafx.scene.control.Slider slider = robot.lookup("#timeline-slider").queryAs(javafx.scene.control.Slider.class);
        // A fifth of the 1,000 generated relations are dated, on days drawn from 1,000: well over a
        // hundred dates on a slider a few hundred pixels wide.
        assertTrue(slider.getMax() > 100, slider.getMax() + " dates");
        assertFalse(slider.isShowTickMarks(), "a tick mark per date would be a grey band");
    }

    @Test
    void theArticlesSectionMakesRowsOnlyForTheArticlesInView(FxRobot robot) throws TimeoutException {
        javafx.scene.control.ListView<org.actorgraph.ui.filter.FilterOption<String>> list = openArticles(robot);

        assertEquals(200, app.filterViewModel().articles().size(), "the generated corpus has 200 articles");
        int rows = robot.lookup(".filter-plain").queryAll().size();
        assertTrue(rows > 0 && rows <= 12, rows + " rows made");

        robot.interact(() -> list.scrollTo(150));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String far = app.filterViewModel().articles().get(150).label();
        assertTrue(robot.lookup(".filter-plain .check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .anyMatch(box -> box.getText().equals(far)), "an article far down is shown once scrolled to");
    }

    @Test
    void anArticleUntickedStaysUntickedWhenItsRowIsScrolledAwayAndBack(FxRobot robot) throws TimeoutException {
        javafx.scene.control.ListView<org.actorgraph.ui.filter.FilterOption<String>> list = openArticles(robot);
        String first = app.filterViewModel().articles().get(0).label();

        javafx.scene.control.CheckBox firstBox = boxOf(robot, first);
        robot.interact(firstBox::fire); // as a click does; the section is below the panel's fold
        RunningApp.waitUntil(() -> !app.session().filteringProperty().get());
        java.util.Set<String> only = app.session().getCriteria().onlyArticleIds();
        assertEquals(199, only.size(), "every article but the one unticked");
        // From the keyboard: the second row, then Space.
        robot.interact(() -> {
            list.requestFocus();
            list.getFocusModel().focus(1);
        });
        robot.type(javafx.scene.input.KeyCode.SPACE);
        RunningApp.waitUntil(() -> app.session().getCriteria().onlyArticleIds().size() == 198);
        java.util.Set<String> after = app.session().getCriteria().onlyArticleIds();

        robot.interact(() -> list.scrollTo(150));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> list.scrollTo(0));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals(after, app.session().getCriteria().onlyArticleIds(), "scrolling changes no filter");
        for (javafx.scene.control.CheckBox box : robot.lookup(".filter-plain .check-box")
                .queryAllAs(javafx.scene.control.CheckBox.class)) {
            var option = app.filterViewModel().articles().stream().filter(o -> o.label().equals(box.getText()))
                    .findFirst().orElseThrow();
            assertEquals(option.isShown(), box.isSelected(), box.getText());
        }
        assertFalse(boxOf(robot, first).isSelected());
        assertFalse(boxOf(robot, app.filterViewModel().articles().get(1).label()).isSelected());
    }

    // Once the corpus is drawn, the filter panel's Articles section opened.
    @SuppressWarnings("unchecked")
    private javafx.scene.control.ListView<org.actorgraph.ui.filter.FilterOption<String>> openArticles(FxRobot robot)
            throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        javafx.scene.control.TitledPane articles = RunningApp.filterSection(robot, "Articles");
        robot.interact(() -> articles.setExpanded(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".filter-plain-list").queryAs(javafx.scene.control.ListView.class);
    }

    private static javafx.scene.control.CheckBox boxOf(FxRobot robot, String label) {
        return robot.lookup(".filter-plain .check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .filter(box -> box.getText().equals(label)).findFirst().orElseThrow();
    }
}


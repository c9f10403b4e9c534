package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.analysis.PathItem;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the installed application opens it: on the bundled seed corpus. */
@ExtendWith(ApplicationExtension.class)
class SeedWindowUiTest {

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
        RunningApp.waitUntilComplete(stage, app);
    }

    private static List<String> labels(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAll().stream().map(node -> node instanceof TextFlow flow
                ? flow.getChildren().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                        .collect(java.util.stream.Collectors.joining())
                : ((Label) node).getText()).toList();
    }

    @Test
    void showsTheCoreActorsAndALegendMatchingTheGraph(FxRobot robot) throws TimeoutException {
        waitForGraph();
        AggregatedGraph graph = app.session().getGraph();

        List<String> vertexLabels = robot.lookup(".vertex-label").match(n -> n instanceof Text)
                .queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertTrue(vertexLabels.containsAll(Set.of("North Korea", "Russia", "Iran", "United States", "China",
                "Ukraine")), vertexLabels::toString);
        assertEquals(graph.actors().size(), robot.lookup(".vertex").queryAll().size());
        assertEquals(graph.relations().size(), app.graphView().edgeCount());
        assertEquals(graph.typesShown().size(), robot.lookup(".legend-type").queryAll().size());
        assertEquals(graph.certaintiesShown().size(), robot.lookup(".legend-certainty").queryAll().size());
        assertTrue(stage.getTitle().contains("seed.actorgraph.json"), stage.getTitle());
    }

    @Test
    void theGraphAreaKeepsItsHeightWhenTheTimelinesTickMarksGo(FxRobot robot) throws Exception {
        waitForGraph();
        javafx.scene.control.Slider slider = robot.lookup("#timeline-slider").queryAs(javafx.scene.control.Slider.class);
        javafx.scene.layout.Region bar = robot.lookup("#timeline-bar").queryAs(javafx.scene.layout.Region.class);
        assertTrue(slider.isShowTickMarks());
        double barHeight = bar.getHeight();
        double graphHeight = app.graphView().getHeight();

        // Some 180 dates: too many for a tick mark each.
        java.nio.file.Path many = org.actorgraph.ui.support.TestCorpora.writeLarge(settingsDir);
        robot.interact(() -> app.session().open(org.actorgraph.ui.corpus.CorpusSource.ofFile(many)));
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && app.graphView().vertexCount() > 100);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertFalse(slider.isShowTickMarks());
        assertEquals(barHeight, bar.getHeight(), 0.01, "the timeline bar");
        assertEquals(graphHeight, app.graphView().getHeight(), 0.01, "the graph area");
    }

    @Test
    void theTimelineMarksEachOfTheSeedsFewDates(FxRobot robot) throws TimeoutException {
        waitForGraph();
        // The seed's relations carry six different dates (assets/corpora/seed.actorgraph.json).
        javafx.scene.control.Slider slider = robot.lookup("#timeline-slider").queryAs(javafx.scene.control.Slider.class);
        assertTrue(slider.getMax() <= 7, slider.getMax() + " positions");
        assertTrue(slider.isShowTickMarks(), "a tick mark per date");
    }

    @Test
    void clickingIransArmsSupplyToRussiaShowsTheDronesSentence(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var drones = app.session().getGraph().find("IRN", "RUS", "arms_supply").orElseThrow();

        robot.clickOn(app.graphView().screenMidpointOf(drones).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".quote-text").queryAll().isEmpty());

        assertEquals(List.of("Iran → Russia"), labels(robot, ".details-subtitle"));
        assertTrue(labels(robot, ".quote-text").stream().anyMatch(t -> t.contains("drones made in Iran")),
                labels(robot, ".quote-text")::toString);
    }

    @Test
    void theRepeatedOpeningSentenceIsShownOnceAndMarkedAsRepeated(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var visit = app.session().getGraph().find("PRK", "RUS", "visit").orElseThrow();

        robot.clickOn(app.graphView().screenMidpointOf(visit).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".quote-text").queryAll().isEmpty());

        assertEquals(List.of("Visit"), labels(robot, ".details-title"));
        long opening = labels(robot, ".quote-text").stream()
                .filter(t -> t.startsWith("“In a rare visit out of the country")).count();
        assertEquals(1, opening);
        assertTrue(labels(robot, ".quote-occurrences").contains("×2 in the text"));
    }

    @Test
    void aSelectedRelationShowsItsFactsAndMarksTheActorsInItsQuotes(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var arms = app.session().getGraph().find("PRK", "RUS", "arms_supply").orElseThrow();

        robot.interact(() -> app.selection().select(arms));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".quote-text").queryAll().isEmpty());

        assertTrue(labels(robot, ".details-fact-label").containsAll(List.of("Statuses", "Claimed by", "Date")),
                labels(robot, ".details-fact-label")::toString);
        // Of the six arms supply claims only r16 (the artillery shells, September 2022) is dated.
        assertTrue(labels(robot, ".details-fact").contains("2022-09"), labels(robot, ".details-fact")::toString);
        List<String> sources = robot.lookup(".quote-mention-source").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        List<String> targets = robot.lookup(".quote-mention-target").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertTrue(sources.contains("Kim Jong-Un"), sources::toString);
        assertTrue(targets.contains("Vladimir Putin"), targets::toString);
    }

    @Test
    void anActorListsItsRelationsAndAClickSelectsOne(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var iran = app.session().getGraph().actor("IRN").orElseThrow();

        robot.clickOn(app.graphView().screenCenterOf(iran).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".relation-link").queryAll().isEmpty());
        Hyperlink link = robot.lookup(".relation-link").queryAs(Hyperlink.class);
        assertEquals("→ Russia (1 claim)", link.getText());
        assertTrue(labels(robot, ".details-rank").stream().anyMatch(r -> r.endsWith("of 7 by PageRank")));

        robot.interact(() -> scrollIntoView(robot.lookup(".details").queryAs(javafx.scene.control.ScrollPane.class),
                link));
        WaitForAsyncUtils.waitForFxEvents();
        // The links share one tooltip, which says what the link under the pointer selects.
        List<Hyperlink> links = robot.lookup(".relation-link").queryAllAs(Hyperlink.class).stream().toList();
        Hyperlink last = links.get(links.size() - 1);
        robot.interact(() -> scrollIntoView(robot.lookup(".details").queryAs(javafx.scene.control.ScrollPane.class),
                last));
        robot.moveTo(last);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Select " + last.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("relation-group")
                        && last.getParent().getChildrenUnmodifiable().indexOf(n)
                        < last.getParent().getChildrenUnmodifiable().indexOf(last))
                .reduce((first, second) -> second).map(n -> ((javafx.scene.control.Label) n).getText()).orElseThrow()
                + " " + last.getText(), last.getTooltip().getText());
        robot.interact(() -> scrollIntoView(robot.lookup(".details").queryAs(javafx.scene.control.ScrollPane.class),
                link));
        robot.moveTo(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Select Arms supply → Russia (1 claim)", link.getTooltip().getText());
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Arms supply"), labels(robot, ".details-title"));
        assertEquals(List.of("Iran → Russia"), labels(robot, ".details-subtitle"));
    }

    @Test
    void theReaderHighlightsTheEvidenceAndAClickOnItSelectsTheRelation(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var arms = app.session().getGraph().find("PRK", "RUS", "arms_supply").orElseThrow();
        robot.clickOn(app.graphView().screenMidpointOf(arms).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> labels(robot, ".details-title").contains("Arms supply"));

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".reader-focus").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        String highlighted = robot.lookup(".reader-focus").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
        assertTrue(highlighted.contains("North Korea provides Russia with weapons"), highlighted);
        assertEquals(2, app.centreTabs().getTabs().size());
        assertTrue(app.centreTabs().isInView("North Korean leader Kim Jong-Un will travel"));

        robot.interact(() -> app.selection().clear());
        robot.clickOn(app.centreTabs().screenPointOf("North Korea provides Russia with weapons").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Selection.of(arms), app.selection().getSelection());
        assertEquals(List.of("North Korea → Russia"), labels(robot, ".details-subtitle"));
    }

    @Test
    void aPathFromIranToUkraineIsFoundAndHighlighted(FxRobot robot) throws TimeoutException {
        waitForGraph();
        var graph = app.session().getGraph();
        // The analysis pane is hidden until asked for.
        assertTrue(robot.lookup("#path-from").tryQuery().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Actor> from = robot.lookup("#path-from").queryComboBox();
        ComboBox<Actor> to = robot.lookup("#path-to").queryComboBox();

        robot.interact(() -> {
            from.getSelectionModel().select(graph.actor("IRN").orElseThrow());
            to.getSelectionModel().select(graph.actor("UKR").orElseThrow());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".path-step").queryAll().isEmpty());

        ListView<PathItem> paths = robot.lookup("#path-list").queryListView();
        assertTrue(paths.getItems().get(0).label().startsWith("Iran → Russia → Ukraine"),
                paths.getItems().get(0).label());
        assertTrue(labels(robot, ".path-step").get(0).startsWith("Iran —Arms supply→ Russia: “"),
                labels(robot, ".path-step")::toString);
        // Iran, Russia and Ukraine stay; China, North Korea, the United States and the West fade.
        assertEquals(4, robot.lookup(".vertex.dimmed").queryAll().size());
        assertEquals(3, robot.lookup(".vertex.on-path").queryAll().size());
    }

    @Test
    void theAnalysisPaneIsBuiltWhenFirstAskedForAndListsEveryDrawnActor(FxRobot robot) throws TimeoutException {
        waitForGraph();
        assertTrue(robot.lookup("#centrality-table").tryQuery().isEmpty(), "not built before it is asked for");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#centrality-table").queryTableView();
        assertTrue(table.isVisible());
        assertEquals(app.session().getGraph().actors().size(), table.getItems().size());
        assertEquals(app.session().getGraph().actors().size(), robot.lookup("#centrality-table .table-row-cell")
                .match(row -> ((javafx.scene.control.TableRow<?>) row).getItem() != null).queryAll().size(),
                "a row on screen per actor");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#centrality-table").tryQuery().isEmpty(), "hidden again");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(table, robot.lookup("#centrality-table").queryTableView(), "the same pane comes back");
    }

    /** Scrolls a scroll pane so that a node inside it is in view, as a user would before clicking. */
    private static void scrollIntoView(javafx.scene.control.ScrollPane pane, javafx.scene.Node node) {
        pane.layout();
        double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
        double viewportHeight = pane.getViewportBounds().getHeight();
        double nodeY = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        if (contentHeight > viewportHeight) {
            pane.setVvalue(Math.min(1, Math.max(0, (nodeY - 20) / (contentHeight - viewportHeight))));
        }
    }
}

package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.dialog.FxDialogService;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.task.FxTaskExecutor;
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
        app = new AppComposition(stage, CorpusLoader.SEED_RESOURCE, new FxTaskExecutor(),
                owner -> new FxDialogService(owner, AppComposition.stylesheets()),
                new SettingsStore(settingsDir.resolve("settings.json")));
        app.start(List.of());
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        app.stop();
    }

    private void waitForGraph() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.graphView().isDrawn());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> labels(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
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
}

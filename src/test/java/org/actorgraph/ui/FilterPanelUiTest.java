package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.corpus.CorpusSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The filter panel's actor list with a name far longer than the panel is wide. */
@ExtendWith(ApplicationExtension.class)
class FilterPanelUiTest {

    private static final String LONG_NAME = "Islamic Republic of Iran, Ministry of Defence and Armed Forces Logistics";

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        String seed;
        try (InputStream in = getClass().getResourceAsStream(CorpusLoader.SEED_RESOURCE)) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String renamed = seed.replace("\"name\": \"Iran\"", "\"name\": \"" + LONG_NAME + "\"");
        assertTrue(renamed.contains(LONG_NAME), "the seed names Iran as the test expects");
        Path corpus = dir.resolve("long-name.actorgraph.json");
        Files.writeString(corpus, renamed, StandardCharsets.UTF_8);
        app = RunningApp.start(stage, CorpusLoader.SEED_RESOURCE, dir);
        app.session().open(CorpusSource.ofFile(corpus));
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    // The actor list once the corpus with the long name is drawn and the window complete.
    private ListView<?> actorListOfTheRenamedCorpus(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntil(() -> app.graphView().isDrawn()
                && app.session().getFullGraph().actors().stream().anyMatch(a -> a.name().equals(LONG_NAME)));
        RunningApp.waitUntilComplete(stage, app);
        return robot.lookup(".filter-actor-list").queryAs(ListView.class);
    }

    @Test
    void aLongActorNameEndsInAnEllipsisAndItsCountStaysInView(FxRobot robot) throws TimeoutException {
        ListView<?> list = actorListOfTheRenamedCorpus(robot);

        assertTrue(list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()),
                "no sideways scrolling in the actor list");
        HBox row = list.lookupAll(".filter-actor-row").stream().map(HBox.class::cast)
                .filter(r -> ((CheckBox) r.getChildren().get(0)).getText().equals(LONG_NAME))
                .findFirst().orElseThrow();
        Label count = (Label) row.getChildren().get(1);
        assertEquals(count.getText(), ((Text) count.lookup(".text")).getText(), "the count is whole");
        Bounds inList = list.sceneToLocal(count.localToScene(count.getBoundsInLocal()));
        assertTrue(inList.getMaxX() <= list.getWidth(), "the count is inside the list: " + inList);
        String shown = ((Text) row.getChildren().get(0).lookup(".text")).getText();
        assertTrue(shown.endsWith("…") || shown.endsWith("..."), "the name is shortened: " + shown);
    }

    @Test
    void aRowsTooltipNamesTheActorThePointerIsOn(FxRobot robot) throws TimeoutException {
        ListView<?> list = actorListOfTheRenamedCorpus(robot);
        java.util.List<javafx.scene.control.ListCell<?>> cells = list.lookupAll(".filter-actor-row").stream()
                .<javafx.scene.control.ListCell<?>>map(row -> (javafx.scene.control.ListCell<?>) row.getParent()).toList();
        assertTrue(cells.size() >= 2, "two rows in view: " + cells.size());

        for (javafx.scene.control.ListCell<?> cell : cells.subList(0, 2)) {
            robot.moveTo(cell);
            String name = ((CheckBox) ((HBox) cell.getGraphic()).getChildren().get(0)).getText();
            assertEquals("Untick to hide " + name + " and its relations; the number is how many relations are drawn",
                    cell.getTooltip().getText());
        }
    }
}

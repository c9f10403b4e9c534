package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View › Overview › Communities and a double-click on a community, on a generated corpus. */
@ExtendWith(ApplicationExtension.class)
class OverviewUiTest {

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = RunningApp.start(stage, CorpusLoader.SEED_RESOURCE, dir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        RunningApp.close(robot, stage, app);
    }

    private AggregatedGraph shown() {
        return app.session().getGraph();
    }

    @Test
    void aDoubleClickOnACommunityDrawsItsMembers(FxRobot robot) throws IOException, TimeoutException {
        Path file = dir.resolve("generated.actorgraph.json");
        new CorpusWriter().write(CorpusGenerator.generate(20, 80, 260, 3), file);
        RunningApp.waitUntil(() -> app.graphView().isDrawn());
        robot.interact(() -> app.mainViewModel().open(file));
        RunningApp.waitUntil(() -> app.graphView().isDrawn() && shown().corpus().actors().size() == 80);
        int all = app.graphView().vertexCount();

        robot.clickOn(".graph-view");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        RunningApp.waitUntil(() -> !shown().groups().isEmpty() && app.graphView().isDrawn()
                && app.graphView().vertexCount() == shown().actors().size());
        int overview = app.graphView().vertexCount();
        assertTrue(overview < all, overview + " drawn of " + all);
        String status = robot.lookup(".status-counts").queryAs(Label.class).getText();
        assertTrue(status.startsWith(overview + " of 80 actors (" + shown().groups().size() + " group"), status);

        ActorGroup community = shown().groups().stream().filter(g -> g.kind() == ActorGroup.Kind.COMMUNITY)
                .findFirst().orElseThrow();
        Point2D at = app.graphView().screenCenterOf(community.actor()).orElseThrow();
        robot.moveTo(at).doubleClickOn(MouseButton.PRIMARY);
        RunningApp.waitUntil(() -> shown().actor(community.id()).isEmpty() && app.graphView().isDrawn()
                && app.graphView().vertexCount() == shown().actors().size());

        assertEquals(overview - 1 + community.size(), app.graphView().vertexCount());
        List<Actor> members = community.members();
        for (Actor member : members) {
            assertTrue(app.graphView().screenCenterOf(member).isPresent(), member.name() + " is drawn");
        }
    }
}

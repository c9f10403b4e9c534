package org.actorgraph.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.actorgraph.ui.analysis.GraphMetrics;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While a busy actor's relations are sorted in the background, the panel says so where they will
 * be listed, and lists them in its place when they arrive. North Korea has 6 relations in the
 * test corpus; the panel here sorts more than 5 in the background.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsListingUiTest {

    private final CorpusSession session = TestCorpora.openSession(new RecordingDialogService());
    private final SelectionModel selection = new SelectionModel();
    private final ManualTaskExecutor background = new ManualTaskExecutor();
    private Stage own;

    // A window of its own: the tests share the primary one, whose size later tests rely on.
    @Start
    void start(Stage stage) {
        DetailsViewModel details = new DetailsViewModel(selection, session, new GraphMetrics(session), background, 5);
        own = new Stage();
        own.setScene(new Scene(new DetailsView(details), 320, 600));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> own.close());
    }

    private List<String> texts(String styleClass) {
        return own.getScene().getRoot().lookupAll("." + styleClass).stream().filter(Node::isVisible)
                .map(node -> ((Labeled) node).getText()).toList();
    }

    @Test
    void theListIsSaidToBeOnItsWayThenTakesItsPlace(FxRobot robot) {
        robot.interact(() -> selection.select(session.getGraph().actor("PRK").orElseThrow()));

        assertEquals(List.of("Listing 6 relations…"), texts("relation-note"));
        assertTrue(texts("relation-link").isEmpty(), texts("relation-link")::toString);

        robot.interact(background::runAll);
        robot.interact(() -> { }); // the frames that add the rows

        assertTrue(texts("relation-note").isEmpty(), texts("relation-note")::toString);
        assertEquals(6, texts("relation-link").size(), texts("relation-link")::toString);
    }
}

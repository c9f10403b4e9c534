package org.actorgraph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.details.RelationLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The details of a busy actor list the first relations of each type, and offer the others: "Show
 * more" lists the next ones in place. The rows are added a part per frame, so that no frame styles
 * and lays out hundreds of links at once, and in the end every row is listed, in the panel's order.
 * On the generated corpus of 200 actors and 1,000 relations, whose busiest actor has more relations
 * than a part, and more of some type than the panel lists at first.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsLinksUiTest {

    /** Rows a frame may add, as the panel promises (DetailsView.LINKS_PER_FRAME). */
    private static final int PART = 60;
    /** Relations of a type listed at first, and added by each "Show more" (DetailsViewModel). */
    private static final int FIRST = 25;
    private static final int MORE = 50;

    @TempDir
    Path dir;
    private AppComposition app;
    private Stage stage;
    private final List<Integer> linksPerFrame = new ArrayList<>();
    private AnimationTimer watcher;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = RunningApp.startOnLargeCorpus(stage, dir);
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        robot.interact(() -> {
            if (watcher != null) {
                watcher.stop();
            }
        });
        RunningApp.close(robot, stage, app);
    }

    private List<Hyperlink> links() {
        return stage.getScene().getRoot().lookupAll(".relation-link").stream().map(Hyperlink.class::cast).toList();
    }

    private List<Hyperlink> offers() {
        return stage.getScene().getRoot().lookupAll(".relation-more").stream().map(Hyperlink.class::cast).toList();
    }

    // The actor's relations in the graph, by type: how many of each, in the corpus's type order.
    private static Map<String, Integer> perType(AggregatedGraph graph, Actor actor) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        graph.corpus().relationTypes().forEach(type -> {
            int n = (int) graph.relations().stream()
                    .filter(r -> r.type().id().equals(type.id()) && (r.source().equals(actor) || r.target().equals(actor)))
                    .count();
            if (n > 0) {
                counts.put(type.label(), n);
            }
        });
        return counts;
    }

    // What the panel lists at first: up to FIRST of each type.
    private static int listedAtFirst(Map<String, Integer> perType) {
        return perType.values().stream().mapToInt(n -> Math.min(n, FIRST)).sum();
    }

    // Once the corpus is open, selects its busiest actor and waits until its first relations of
    // each type are listed.
    private Actor selectBusiestUntilListed(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        AggregatedGraph graph = app.session().getGraph();
        Actor busiest = graph.actorsByDegree().get(0);
        robot.interact(() -> app.graphViewModel().select(busiest));
        int atFirst = listedAtFirst(perType(graph, busiest));
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> links().size()) == atFirst);
        return busiest;
    }

    // Scrolls the details panel to the node, as a reader would before clicking it.
    private static void scrollTo(Node node) {
        Parent ancestor = node.getParent();
        while (!(ancestor instanceof ScrollPane)) {
            ancestor = ancestor.getParent();
        }
        ScrollPane pane = (ScrollPane) ancestor;
        Node content = pane.getContent();
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(Math.min(1, Math.max(0, (y - 20) / room)));
        pane.layout();
    }

    // The first FIRST of each type of the selected actor's relations, in the panel's order.
    private List<String> firstOfEachType() {
        return app.detailsViewModel().relationLinks().stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l.group(), LinkedHashMap::new,
                        java.util.stream.Collectors.toList()))
                .values().stream().flatMap(group -> group.stream().limit(FIRST)).map(l -> l.text()).toList();
    }

    private VBox relationsBox() {
        return (VBox) links().get(0).getParent();
    }

    private static List<RelationLink> relations(List<Hyperlink> links) {
        return links.stream().map(link -> (RelationLink) link.getUserData()).toList();
    }

    private static List<String> texts(List<Hyperlink> links) {
        return links.stream().map(Hyperlink::getText).toList();
    }

    @Test
    void aBusyActorsFirstRelationsOfEachTypeAreListedAPartPerFrame(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        AggregatedGraph graph = app.session().getGraph();
        Actor busiest = graph.actorsByDegree().get(0);
        Map<String, Integer> perType = perType(graph, busiest);
        int expected = listedAtFirst(perType);
        assertTrue(expected > 2 * PART, "the busiest actor's first relations: " + expected);
        assertTrue(perType.values().stream().anyMatch(n -> n > FIRST), "a type with more than listed: " + perType);
        robot.interact(() -> {
            watcher = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    linksPerFrame.add(links().size());
                }
            };
            watcher.start();
            app.graphViewModel().select(busiest);
            linksPerFrame.add(links().size()); // what the selection itself listed
        });
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> links().size()) == expected);
        robot.interact(watcher::stop);

        assertTrue(linksPerFrame.get(0) > 0 && linksPerFrame.get(0) <= PART, "the selection lists the first part");
        for (int i = 1; i < linksPerFrame.size(); i++) {
            assertTrue(linksPerFrame.get(i) - linksPerFrame.get(i - 1) <= PART,
                    "no frame adds more than a part: " + linksPerFrame);
        }
        List<String> shown = RunningApp.onFx(() -> texts(links()));
        assertEquals(firstOfEachType(), shown);
        List<String> offered = RunningApp.onFx(() -> texts(offers()));
        List<String> expectedOffers = perType.values().stream().filter(n -> n > FIRST)
                .map(n -> n - FIRST <= MORE ? "Show " + (n - FIRST) + " more"
                        : "Show " + MORE + " more (" + (n - FIRST) + " not listed)")
                .toList();
        assertEquals(expectedOffers, offered);
    }

    @Test
    void showMoreListsTheNextRelationsOfItsTypeInPlace(FxRobot robot) throws TimeoutException {
        Actor busiest = selectBusiestUntilListed(robot);
        Map<String, Integer> perType = perType(app.session().getGraph(), busiest);
        int atFirst = listedAtFirst(perType);
        String type = perType.entrySet().stream().filter(e -> e.getValue() > FIRST).findFirst().orElseThrow().getKey();
        int hidden = perType.get(type) - FIRST;
        List<RelationLink> before = RunningApp.onFx(() -> relations(links()));
        // The nodes listed below the type's offer: kept as they are, not made again.
        List<Node> below = RunningApp.onFx(() -> {
            List<Node> rows = relationsBox().getChildren();
            return List.copyOf(rows.subList(rows.indexOf(offers().get(0)) + 1, rows.size()));
        });

        Hyperlink offer = RunningApp.onFx(() -> offers().get(0));
        robot.interact(() -> scrollTo(offer));
        robot.clickOn(offer);
        int now = atFirst + Math.min(hidden, MORE);
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> links().size()) == now);

        List<RelationLink> after = RunningApp.onFx(() -> relations(links()));
        List<RelationLink> ofType = app.detailsViewModel().relationLinks().stream()
                .filter(l -> l.group().equals(type)).toList();
        int listed = Math.min(ofType.size(), FIRST + MORE);
        int start = after.indexOf(ofType.get(0));
        assertEquals(ofType.subList(0, listed), after.subList(start, start + listed),
                "the type's next relations follow its first ones");
        List<RelationLink> others = new ArrayList<>(after);
        others.removeAll(ofType);
        List<RelationLink> othersBefore = new ArrayList<>(before);
        othersBefore.removeAll(ofType);
        assertEquals(othersBefore, others, "the other types' lists are as they were");
        List<Node> rowsAfter = RunningApp.onFx(() -> List.copyOf(relationsBox().getChildren()));
        assertEquals(below, rowsAfter.subList(rowsAfter.size() - below.size(), rowsAfter.size()),
                "the rows below are the same nodes");
        String expectedOffer = hidden - MORE <= 0 ? null : hidden - MORE <= MORE ? "Show " + (hidden - MORE) + " more"
                : "Show " + MORE + " more (" + (hidden - MORE) + " not listed)";
        List<String> offered = RunningApp.onFx(() -> texts(offers()));
        assertEquals(expectedOffer == null ? perType.values().stream().filter(n -> n > FIRST).count() - 1
                : perType.values().stream().filter(n -> n > FIRST).count(), offered.size(), offered::toString);
        if (expectedOffer != null) {
            assertEquals(expectedOffer, offered.get(0));
        }
    }

    @Test
    void aDoubleClickOnShowMoreSelectsNothing(FxRobot robot) throws TimeoutException {
        Actor busiest = selectBusiestUntilListed(robot);
        int atFirst = listedAtFirst(perType(app.session().getGraph(), busiest));
        Hyperlink offer = RunningApp.onFx(() -> offers().get(0));
        robot.interact(() -> scrollTo(offer));
        javafx.geometry.Point2D pointer = RunningApp.onFx(() -> {
            javafx.geometry.Bounds bounds = offer.localToScreen(offer.getBoundsInLocal());
            return new javafx.geometry.Point2D(bounds.getMinX() + 20, bounds.getCenterY());
        });

        robot.doubleClickOn(pointer);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        // The second click landed on a relation listed in the offer's place.
        assertTrue(RunningApp.onFx(() -> links().stream()
                .anyMatch(link -> link.localToScreen(link.getBoundsInLocal()).contains(pointer))),
                "a relation link is under the pointer");

        assertEquals(new org.actorgraph.ui.selection.Selection.ActorSelected(busiest),
                app.graphViewModel().selectionProperty().get(), "the actor stays selected");
        assertTrue(RunningApp.onFx(() -> links().size()) > atFirst, "the first click listed more");
    }

    @Test
    void anotherSelectionWhileListingStartsItsOwnList(FxRobot robot) throws TimeoutException {
        RunningApp.waitUntilComplete(stage, app);
        AggregatedGraph graph = app.session().getGraph();
        Actor busiest = graph.actorsByDegree().get(0);
        Actor next = graph.actorsByDegree().get(1);
        robot.interact(() -> {
            app.graphViewModel().select(busiest);
            app.graphViewModel().select(next);
        });
        int expected = listedAtFirst(perType(graph, next));
        RunningApp.waitUntil(() -> RunningApp.onFx(() -> links().size()) == expected);
        // A few more frames: nothing of the first list may follow.
        org.testfx.util.WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);

        List<String> shown = RunningApp.onFx(() -> texts(links()));
        assertEquals(firstOfEachType(), shown);
    }
}

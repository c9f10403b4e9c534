package org.actorgraph.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.Metric;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.graph.VertexColouring;
import org.actorgraph.ui.graph.VertexStyles;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

/**
 * The analysis pane on the main test corpus: rolled up, North Korea, Russia, Iran, Ukraine and the
 * United States joined by nine aggregated relations (see the corpus file).
 */
class AnalysisViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.openSession(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs);
    private final AnalysisViewModel analysis = new AnalysisViewModel(session, selection, graph);

    private Actor actor(String id) {
        return session.getGraph().actor(id).orElseThrow();
    }

    private List<String> rowNames() {
        return analysis.rows().stream().map(MetricRow::name).toList();
    }

    @Test
    void tableListsEveryActorByDegreeThenName() {
        assertEquals(List.of("North Korea", "Russia", "Iran", "Ukraine", "United States"), rowNames());
        MetricRow northKorea = analysis.rows().get(0);
        assertEquals(6, northKorea.degree());
        assertEquals(4, northKorea.inDegree());
        assertEquals(2, northKorea.outDegree());
        MetricRow iran = analysis.rows().get(2);
        assertEquals(0, iran.inDegree());
        assertEquals(3, iran.outDegree());
    }

    @Test
    void sizingByAnotherMetricResortsTheTableAndResizesTheVertices() {
        analysis.sizeMetricProperty().set(Metric.IN_DEGREE);

        assertEquals(Metric.IN_DEGREE, graph.vertexSizeMetricProperty().get());
        assertEquals(List.of("North Korea", "Russia", "Ukraine", "Iran", "United States"), rowNames());
        Map<Actor, Double> radii = graph.vertexRadii();
        assertEquals(VertexStyles.MAX_RADIUS, radii.get(actor("PRK")), 1e-9);
        assertEquals(VertexStyles.MIN_RADIUS, radii.get(actor("IRN")), 1e-9);
        radii.values().forEach(r -> assertTrue(r >= VertexStyles.MIN_RADIUS && r <= VertexStyles.MAX_RADIUS));
    }

    @Test
    void byDegreeTheRadiiAreTheUsualOnes() {
        assertEquals(VertexStyles.radius(6), graph.vertexRadii().get(actor("PRK")), 1e-9);
        assertEquals(VertexStyles.radius(2), graph.vertexRadii().get(actor("USA")), 1e-9);
    }

    @Test
    void clickingARowSelectsTheActor() {
        analysis.select(analysis.rows().get(1));

        assertEquals(Selection.of(actor("RUS")), selection.getSelection());
    }

    @Test
    void pathsFromIranToUkraineFollowingDirection() {
        analysis.followDirectionProperty().set(true);
        analysis.fromProperty().set(actor("IRN"));
        analysis.toProperty().set(actor("UKR"));

        assertEquals(List.of("Iran → Russia → Ukraine  (2 steps, shortest)",
                "Iran → North Korea → Russia → Ukraine  (3 steps)"),
                analysis.paths().stream().map(PathItem::label).toList());
        assertSame(analysis.paths().get(0), analysis.selectedPathProperty().get());
        assertEquals(analysis.paths().get(0).path(), graph.highlightedPathProperty().get());
        assertEquals(List.of(
                "Iran —Arms supply→ Russia: “Iran already supplies drones to Russia.” (Test Times, 2023-09-05)",
                "Russia —Invasion→ Ukraine: “Russia invaded Ukraine on February 24, 2022.” (Test Times, 2023-09-05)"),
                analysis.explanation());
        assertEquals("2 paths of up to 4 steps", analysis.pathStatusProperty().get());
    }

    @Test
    void ignoringDirectionFindsMorePathsAndExplainsRelationsFollowedBackwards() {
        analysis.fromProperty().set(actor("IRN"));
        analysis.toProperty().set(actor("UKR"));

        assertEquals(4, analysis.paths().size());
        PathItem viaWashington = analysis.paths().stream()
                .filter(p -> p.label().startsWith("Iran → North Korea → United States")).findFirst().orElseThrow();
        analysis.selectedPathProperty().set(viaWashington);

        assertTrue(analysis.explanation().contains("North Korea ←Warning— United States: "
                + "“The United States warned North Korea against the deal.” (White House, Test Times, 2023-09-05)"),
                analysis.explanation()::toString);
    }

    @Test
    void clearingThePathEndsUndimsTheGraph() {
        analysis.fromProperty().set(actor("IRN"));
        analysis.toProperty().set(actor("UKR"));

        analysis.clearPath();

        assertTrue(analysis.paths().isEmpty());
        assertTrue(analysis.explanation().isEmpty());
        assertNull(graph.highlightedPathProperty().get());
    }

    @Test
    void noPathBetweenTheSameActor() {
        analysis.fromProperty().set(actor("IRN"));
        analysis.toProperty().set(actor("IRN"));

        assertTrue(analysis.paths().isEmpty());
        assertNull(graph.highlightedPathProperty().get());
        assertEquals("Choose two different actors.", analysis.pathStatusProperty().get());
    }

    @Test
    void colouringByCommunityFillsEveryVertexAndListsTheCommunities() {
        assertTrue(graph.vertexFills().isEmpty());

        analysis.colourByCommunityProperty().set(true);

        assertEquals(VertexColouring.COMMUNITY, graph.vertexColouringProperty().get());
        assertEquals(5, graph.vertexFills().size());
        int members = analysis.communities().stream().mapToInt(c -> c.members().split(", ").length).sum();
        assertEquals(5, members);
        assertEquals(analysis.communities().get(0).colour(), graph.vertexFills().get(
                session.getGraph().actors().stream().filter(a -> analysis.communities().get(0).members()
                        .contains(a.name())).findFirst().orElseThrow()));
    }

    @Test
    void whileThePaneIsClosedTheTableWaitsAndCatchesUpWhenItOpens() {
        analysis.activeProperty().set(false);
        session.criteriaProperty().set(org.actorgraph.model.FilterCriteria.NONE.withHiddenActorIds(java.util.Set.of("IRN")));

        assertEquals(List.of("North Korea", "Russia", "Iran", "Ukraine", "United States"), rowNames(),
                "a closed pane keeps the table it had");

        analysis.activeProperty().set(true);

        assertEquals(List.of("North Korea", "Russia", "Ukraine", "United States"), rowNames());
    }

    /** The pane on the generated 300-actor corpus, analysed only when the test runs the background's tasks. */
    private record LargePane(CorpusSession session, org.actorgraph.ui.support.ManualTaskExecutor background,
                             GraphViewModel graph, AnalysisViewModel pane) { }

    private LargePane largePane() {
        CorpusSession large = TestCorpora.largeSession(dialogs);
        org.actorgraph.ui.support.ManualTaskExecutor background = new org.actorgraph.ui.support.ManualTaskExecutor();
        GraphViewModel graph = new GraphViewModel(large, selection, background, new ForceLayout(), dialogs);
        return new LargePane(large, background, graph, new AnalysisViewModel(large, selection, graph));
    }

    @Test
    void aLargeGraphFillsTheTableCommunitiesAndColoursOnceAnalysed() {
        LargePane lp = largePane();
        CorpusSession large = lp.session();
        org.actorgraph.ui.support.ManualTaskExecutor background = lp.background();
        GraphViewModel largeGraph = lp.graph();
        AnalysisViewModel pane = lp.pane();
        pane.colourByCommunityProperty().set(true);
        largeGraph.vertexSizeMetricProperty().set(Metric.BETWEENNESS);

        assertEquals(AnalysisViewModel.ANALYSING, pane.missingProperty().get());
        assertTrue(pane.rows().isEmpty());
        assertTrue(pane.communities().isEmpty());
        assertTrue(largeGraph.vertexFills().isEmpty(), "the kind's colours until the communities are known");
        org.actorgraph.analysis.AggregatedGraph shown = large.getGraph();
        Map<Actor, Double> radii = largeGraph.vertexRadii();
        shown.actors().forEach(a -> assertEquals(VertexStyles.radius(shown.degree(a)), radii.get(a), 1e-9,
                "sized by degree until betweenness is known"));

        background.runAll();

        assertEquals("", pane.missingProperty().get());
        assertEquals(TestCorpora.LARGE_ACTORS, pane.rows().size());
        assertTrue(pane.communities().size() > 1, () -> pane.communities().size() + " communities");
        int linked = (int) shown.actors().stream().filter(a -> shown.degree(a) > 0).count();
        assertEquals(linked, largeGraph.vertexFills().size(), "every linked actor is in a community");
        Actor central = pane.rows().get(0).actor();
        assertEquals(VertexStyles.MAX_RADIUS, largeGraph.vertexRadii().get(central), 1e-9,
                "the actor of highest betweenness is the largest");
    }

    @Test
    void anAnalysisThatArrivesWhileThePaneIsClosedIsShownWhenItOpens() {
        LargePane lp = largePane();
        AnalysisViewModel pane = lp.pane();
        assertEquals(AnalysisViewModel.ANALYSING, pane.missingProperty().get());

        pane.activeProperty().set(false);
        lp.background().runAll();
        assertTrue(pane.rows().isEmpty(), "a closed pane is not filled");
        pane.activeProperty().set(true);

        assertEquals(TestCorpora.LARGE_ACTORS, pane.rows().size());
        assertEquals("", pane.missingProperty().get());
        assertTrue(!pane.communities().isEmpty());
    }
}

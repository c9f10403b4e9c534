package org.actorgraph.ui.views;

import org.actorgraph.analysis.OverviewSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.ActorGrouping;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.analysis.Metric;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.model.Actor;
import org.actorgraph.model.OverviewSetting;
import org.actorgraph.ui.graph.OverviewViewModel;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.io.ViewFileReader;
import org.actorgraph.io.ViewFileWriter;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.actorgraph.model.ViewportState;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedViewsViewModelTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final UndoHistory history = new UndoHistory();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs, history);
    private final SavedViewsViewModel views = new SavedViewsViewModel(session, graph, selection, history, dialogs,
            new ViewFileReader(), new ViewFileWriter());
    private Path corpus;

    @BeforeEach
    void openACorpusFile() throws IOException {
        corpus = dir.resolve("arms.actorgraph.json");
        Files.copy(TestCorpora.path(TestCorpora.MAIN), corpus);
        session.open(CorpusSource.ofFile(corpus));
        graph.viewport().viewportWidthProperty().set(900);
        graph.viewport().viewportHeightProperty().set(600);
    }

    private static final FilterCriteria CRITERIA = FilterCriteria.NONE
            .withHiddenTypeIds(Set.of("visit"))
            .withHiddenCertainties(Set.of(Certainty.SPECULATIVE))
            .withMinEvidence(1)
            .withFocus(new Focus("RUS", 2, FocusDirection.BOTH));

    @Test
    void saveResetAndOpenRestoresTheFigureExactly() {
        session.criteriaProperty().set(CRITERIA);
        var iran = session.getFullGraph().actor("IRN").orElseThrow();
        graph.moved(iran, new Point(0, 0), new Point(111, 222));
        graph.viewport().zoomIn();
        graph.viewport().panBy(30, -12);
        selection.select(session.getGraph().actor("RUS").orElseThrow());
        Map<String, Point> positions = graph.positionsById();
        ViewportState viewport = graph.viewport().state();
        Path file = dir.resolve("figure.view.json");

        assertTrue(views.save(file));
        session.criteriaProperty().set(FilterCriteria.NONE);
        graph.rerunLayout();
        graph.unpinAll();
        graph.viewport().fit();
        selection.clear();
        views.open(file);

        assertEquals(CRITERIA, session.getCriteria());
        assertEquals(positions, graph.positionsById());
        assertEquals(Set.of("IRN"), graph.pinnedIds());
        assertEquals(viewport.scale(), graph.viewport().state().scale(), 1e-9);
        assertEquals(viewport.centreX(), graph.viewport().state().centreX(), 1e-9);
        assertEquals(viewport.centreY(), graph.viewport().state().centreY(), 1e-9);
        assertEquals("RUS", ((Selection.ActorSelected) selection.getSelection()).actor().id());
        assertTrue(dialogs.titles.isEmpty(), dialogs.titles::toString);
    }

    @Test
    void aViewOfAnotherCorpusAppliesOnceThatCorpusIsShown() throws IOException {
        session.criteriaProperty().set(CRITERIA);
        Path file = dir.resolve("other.view.json");
        views.save(file);
        session.open(CorpusSource.bundledSeed());

        views.open(file);

        assertEquals(corpus, session.getCorpus().source().path().orElseThrow());
        assertEquals(CRITERIA, session.getCriteria(), "the session shows the corpus after it stops being busy");
    }

    @Test
    void aViewWhoseCorpusFailsToOpenIsDroppedAndDoesNotApplyLater() throws IOException {
        Path file = dir.resolve("lost.view.json");
        Files.writeString(file, """
                {"format": "actorgraph-view", "version": 1, "corpus": "lost.actorgraph.json",
                 "filters": {"hideIsolated": true}}
                """);

        views.open(file);
        session.open(CorpusSource.ofFile(corpus));

        assertEquals(corpus, session.getCorpus().source().path().orElseThrow());
        assertEquals(FilterCriteria.NONE, session.getCriteria());
        assertFalse(dialogs.titles.isEmpty(), "the session said why the corpus did not open");
    }

    @Test
    void theCorpusPathIsRelativeToTheViewFile() {
        SavedView view = views.current(dir.resolve("figure.view.json"));

        assertEquals("arms.actorgraph.json", view.corpusFile());
    }

    @Test
    void openingAViewOfAnotherCorpusOpensThatCorpusFirst() throws IOException {
        session.peopleSeparatelyProperty().set(true);
        Path file = dir.resolve("people.view.json");
        views.save(file);
        session.peopleSeparatelyProperty().set(false);
        session.open(CorpusSource.bundledSeed());

        views.open(file);

        assertEquals(corpus, session.getCorpus().source().path().orElseThrow());
        assertTrue(session.peopleSeparatelyProperty().get());
        assertTrue(session.getGraph().actor("kim_jong_un").isPresent());
    }

    @Test
    void unknownIdsAreReportedAndIgnored() throws IOException {
        SavedView view = new SavedView("arms.actorgraph.json", false,
                FilterCriteria.NONE.withHiddenActorIds(Set.of("ATLANTIS", "IRN")),
                Map.of("NARNIA", new Point(1, 2)), Set.of(), null, "NOBODY", null);
        Path file = dir.resolve("odd.view.json");
        new ViewFileWriter().write(view, file);

        views.open(file);

        assertTrue(session.getGraph().actor("IRN").isEmpty(), "the known id still applies");
        assertEquals(1, dialogs.problemLists.size());
        String problems = dialogs.problemLists.get(0).toString();
        assertTrue(problems.contains("ATLANTIS") && problems.contains("NARNIA") && problems.contains("NOBODY"),
                problems);
        assertEquals(Selection.NONE, selection.getSelection());
    }

    @Test
    void aBrokenViewFileIsListedAndChangesNothing() throws IOException {
        Path file = dir.resolve("broken.view.json");
        Files.writeString(file, "{ \"criteria\": [");
        session.criteriaProperty().set(CRITERIA);

        views.open(file);

        assertEquals(1, dialogs.problemLists.size());
        assertTrue(dialogs.titles.get(0).contains("broken.view.json"));
        assertEquals(CRITERIA, session.getCriteria());
    }

    // ---------------------------------------------------------------- the overview

    private final OverviewViewModel overview = new OverviewViewModel(session, dialogs, history);

    private Path openGeneratedCorpus() throws IOException {
        Path generated = dir.resolve("generated.actorgraph.json");
        new CorpusWriter().write(CorpusGenerator.generate(30, 150, 500, 7), generated);
        session.open(CorpusSource.ofFile(generated));
        return generated;
    }

    private Set<String> drawnIds() {
        return session.getGraph().actors().stream().map(Actor::id).collect(Collectors.toSet());
    }

    private List<Actor> communities() {
        return session.getGraph().groups().stream().filter(g -> g.kind() == ActorGroup.Kind.COMMUNITY)
                .map(ActorGroup::actor).toList();
    }

    @Test
    void aViewKeepsCommunitiesWithTwoExpandedAndOpensTheSameOverview() throws IOException {
        openGeneratedCorpus();
        session.actorGroupingProperty().set(GroupingSpec.communities(Metric.BETWEENNESS));
        List<Actor> groups = communities();
        assertTrue(groups.size() >= 3, "the generated corpus has several communities");
        assertTrue(overview.expand(groups.get(0)));
        assertTrue(overview.expand(groups.get(1)));
        GroupingSpec expanded = session.actorGroupingProperty().get();
        Set<String> drawn = drawnIds();
        Path file = dir.resolve("communities.view.json");

        assertTrue(views.save(file));
        String json = Files.readString(file);
        String first = groups.get(0).id().substring(ActorGrouping.COMMUNITY_ID_PREFIX.length());
        assertTrue(json.contains("\"mode\": \"communities\"") && json.contains("\"metric\": \"betweenness\"")
                && json.contains("\"" + first + "\""), json);
        assertFalse(json.contains("group:"), "communities are named by actor ids: " + json);

        overview.showAll();
        views.open(file);

        assertEquals(expanded, session.actorGroupingProperty().get());
        assertEquals(drawn, drawnIds(), "the same vertices are drawn");
        assertTrue(dialogs.titles.isEmpty(), dialogs.titles::toString);
    }

    @Test
    void anExpandedCommunityNamedByAnActorThatNoLongerLeadsOneIsReported() throws IOException {
        openGeneratedCorpus();
        session.actorGroupingProperty().set(GroupingSpec.communities(Metric.DEGREE));
        List<ActorGroup> found = session.getGraph().groups().stream()
                .filter(g -> g.kind() == ActorGroup.Kind.COMMUNITY).toList();
        String leader = found.get(0).actor().id().substring(ActorGrouping.COMMUNITY_ID_PREFIX.length());
        // A member of another community, not the one it is named after.
        String otherLeader = found.get(1).actor().id().substring(ActorGrouping.COMMUNITY_ID_PREFIX.length());
        Actor member = found.get(1).members().stream().filter(a -> !a.id().equals(otherLeader)).findFirst()
                .orElseThrow();
        Path file = dir.resolve("stale.view.json");
        new ViewFileWriter().write(new SavedView(null, false, FilterCriteria.NONE, Map.of(), Set.of(), null, null,
                null, null, new OverviewSetting(OverviewSetting.Mode.COMMUNITIES, 30, OverviewSetting.Centrality.DEGREE,
                        Set.of(leader, member.id()))), file);
        overview.showAll();

        views.open(file);

        assertTrue(session.getGraph().actor(leader).isPresent(), "the community it leads is expanded");
        assertTrue(session.getGraph().actor(member.id()).isEmpty(), "the other community stays collapsed");
        assertEquals(1, dialogs.problemLists.size(), dialogs.titles::toString);
        List<String> said = dialogs.problemLists.get(0).stream().map(Object::toString).toList();
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).contains("stale.view.json") && said.get(0).contains("$.overview.expanded")
                && said.get(0).contains(member.name() + " (" + member.id() + ") does not lead a community; it is drawn "
                        + "inside \u201c" + found.get(1).actor().name() + "\u201d"), said.get(0));
    }

    @Test
    void aViewKeepsTheTopKAndItsMetricAcrossOpeningTheCorpusAgain() throws IOException {
        Path generated = openGeneratedCorpus();
        session.actorGroupingProperty().set(GroupingSpec.topK(30, Metric.BETWEENNESS));
        assertEquals(31, session.getGraph().actors().size(), "30 actors and the other actors");
        Set<String> drawn = drawnIds();
        Path file = dir.resolve("top30.view.json");
        assertTrue(views.save(file));
        String pinnedActor = drawn.stream().filter(id -> !id.startsWith("group:")).sorted().findFirst().orElseThrow();

        overview.showCommunities();
        session.open(CorpusSource.ofFile(corpus)); // another corpus, then the view's again
        views.open(file);

        assertEquals(generated, session.getCorpus().source().path().orElseThrow());
        assertEquals(GroupingSpec.topK(30, Metric.BETWEENNESS), session.actorGroupingProperty().get());
        assertEquals(drawn, drawnIds());
        assertTrue(session.getGraph().actor(pinnedActor).isPresent());
        assertFalse(history.canUndoProperty().get(), "opening a view is not a step to undo");
    }

    @Test
    void aSelectedActorFoldedIntoAGroupSelectsItsGroup() throws IOException {
        // The top 2 by degree stay on their own; Iran, with one relation, is among the other actors.
        Path file = dir.resolve("folded.view.json");
        new ViewFileWriter().write(new SavedView(null, false, FilterCriteria.NONE, Map.of(), Set.of(), null, "IRN",
                null, null, new OverviewSetting(OverviewSetting.Mode.TOP_K, 2, OverviewSetting.Centrality.DEGREE,
                Set.of())), file);

        views.open(file);

        assertTrue(session.getGraph().actor("IRN").isEmpty(), "Iran is folded into a group");
        Selection selected = selection.getSelection();
        assertTrue(selected instanceof Selection.ActorSelected a
                && a.actor().id().equals(org.actorgraph.analysis.ActorGrouping.OTHERS_ID), String.valueOf(selected));
    }

    @Test
    void aViewFileWithoutAnOverviewLeavesTheOverviewAsItIs() throws IOException {
        openGeneratedCorpus();
        overview.showTopK(12);
        GroupingSpec topK = session.actorGroupingProperty().get();
        Path file = dir.resolve("old.view.json");
        Files.writeString(file, """
                {"format": "actorgraph-view", "version": 1, "corpus": "generated.actorgraph.json",
                 "filters": {"hideIsolated": true}}
                """);

        views.open(file);

        assertTrue(dialogs.titles.isEmpty(), dialogs.titles::toString);
        assertTrue(session.getCriteria().hideIsolated(), "the rest of the view applies");
        assertEquals(topK, session.actorGroupingProperty().get());
    }

    @Test
    void aViewWithABadOverviewIsListedWithItsPathAndChangesNothing() throws IOException {
        session.criteriaProperty().set(CRITERIA);
        Path file = dir.resolve("bad.view.json");
        Files.writeString(file, """
                {"format": "actorgraph-view", "version": 1, "corpus": "arms.actorgraph.json",
                 "overview": {"mode": "top-k", "k": "thirty", "metric": "fame", "expanded": [7]}}
                """);

        views.open(file);

        assertEquals(1, dialogs.problemLists.size());
        String problems = dialogs.problemLists.get(0).toString();
        assertTrue(problems.contains("bad.view.json: $.overview.k: expected an integer >= 1"), problems);
        assertTrue(problems.contains("bad.view.json: $.overview.metric: unknown centrality \"fame\""), problems);
        assertTrue(problems.contains("bad.view.json: $.overview.expanded[0]: expected a string"), problems);
        assertEquals(CRITERIA, session.getCriteria(), "a view with errors is not opened, as any other");
        assertEquals(GroupingSpec.ALL, session.actorGroupingProperty().get());
    }

    @Test
    void anExpandedCommunityTheCorpusDoesNotKnowIsReported() throws IOException {
        SavedView view = new SavedView("arms.actorgraph.json", false, FilterCriteria.NONE, Map.of(), Set.of(), null,
                null, null, null, new OverviewSetting(OverviewSetting.Mode.COMMUNITIES, 25,
                        OverviewSetting.Centrality.DEGREE, Set.of("ATLANTIS")));
        Path file = dir.resolve("atlantis.view.json");
        new ViewFileWriter().write(view, file);

        views.open(file);

        assertEquals(GroupingSpec.Mode.COMMUNITIES, session.actorGroupingProperty().get().mode());
        assertEquals(1, dialogs.problemLists.size());
        assertTrue(dialogs.problemLists.get(0).toString().contains("actor ATLANTIS is not in this corpus"),
                dialogs.problemLists.get(0)::toString);
    }

    @Test
    void everyOverviewModeAndMetricHasItsPlaceInAViewFile() {
        for (GroupingSpec.Mode mode : GroupingSpec.Mode.values()) {
            for (Metric metric : Metric.values()) {
                GroupingSpec spec = new GroupingSpec(mode, 3, metric, Set.of(ActorGrouping.COMMUNITY_ID_PREFIX + "RUS"));
                assertEquals(spec, OverviewSettings.spec(OverviewSettings.of(spec)));
            }
        }
        assertEquals(GroupingSpec.Mode.values().length, OverviewSetting.Mode.values().length);
        assertEquals(Metric.values().length, OverviewSetting.Centrality.values().length);
    }
}

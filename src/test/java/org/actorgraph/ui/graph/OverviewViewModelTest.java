package org.actorgraph.ui.graph;

import org.actorgraph.analysis.GroupPlacement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.ActorGrouping;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.model.Actor;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Point;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.details.DetailsViewModel;
import org.actorgraph.ui.details.Fact;
import org.actorgraph.ui.history.UndoHistory;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final SelectionModel selection = new SelectionModel();
    private final GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
            new ForceLayout(), dialogs);
    private final UndoHistory history = new UndoHistory();
    private final OverviewViewModel overview = new OverviewViewModel(session, dialogs, history);
    private Map<Actor, Point> allPositions;

    @BeforeEach
    void openAGeneratedCorpus() {
        graph.setGroupExpander(overview::expand);
        session.show(CorpusGenerator.generate(30, 150, 500, 7), CorpusSource.imported("generated"));
        allPositions = drawn().positions();
    }

    private GraphLayout drawn() {
        return graph.layoutProperty().get();
    }

    private Actor firstCommunity() {
        return drawn().graph().groups().stream().filter(g -> g.kind() == ActorGroup.Kind.COMMUNITY)
                .findFirst().orElseThrow().actor();
    }

    @Test
    void communitiesDrawFewerActorsEachAtItsMembersCentroidUnlessThatCoversAnother() {
        int all = drawn().graph().actors().size();

        overview.showCommunities();

        AggregatedGraph shown = drawn().graph();
        assertEquals(GroupingSpec.Mode.COMMUNITIES, overview.modeProperty().get());
        assertTrue(shown.groups().size() >= 2, "the generated corpus has several communities");
        assertTrue(shown.actors().size() < all / 3, shown.actors().size() + " drawn of " + all);
        int moved = 0;
        double lowest = shown.actors().stream().filter(a -> !a.id().equals(ActorGrouping.UNLINKED_ID))
                .mapToDouble(a -> drawn().positions().get(a).y()).max().orElseThrow();
        for (ActorGroup group : shown.groups()) {
            if (group.kind() == ActorGroup.Kind.UNLINKED) {
                assertEquals(lowest + GroupPlacement.UNLINKED_GAP, drawn().positions().get(group.actor()).y(), 1e-6,
                        "the actors without relations sit below the rest, not at the edge of the full layout");
                continue;
            }
            double x = group.members().stream().mapToDouble(m -> allPositions.get(m).x()).average().orElseThrow();
            double y = group.members().stream().mapToDouble(m -> allPositions.get(m).y()).average().orElseThrow();
            Point p = drawn().positions().get(group.actor());
            Point middle = new Point(x, y);
            List<ActorGroup> others = shown.groups().stream()
                    .filter(other -> other != group && other.kind() != ActorGroup.Kind.UNLINKED).toList();
            // No community covers another; one whose middle is free of the others stays there.
            assertTrue(others.stream().noneMatch(q -> covers(group, p, q, drawn().positions().get(q.actor()))),
                    group.actor().name() + " covers another");
            if (others.stream().noneMatch(q -> covers(group, middle, q, drawn().positions().get(q.actor())))) {
                assertEquals(x, p.x(), 1e-6, group.actor().name());
                assertEquals(y, p.y(), 1e-6, group.actor().name());
            } else {
                moved++;
            }
        }
        assertTrue(moved < shown.groups().size() - 1, "most communities stay at their middles: " + moved);
        int members = shown.groups().stream().mapToInt(ActorGroup::size).sum();
        assertEquals(all, shown.actors().size() - shown.groups().size() + members,
                "every actor is drawn on its own or inside exactly one group");
    }

    // Two community vertices closer than the room they take with their names (wider for long names).
    private static boolean covers(ActorGroup a, Point at, ActorGroup b, Point bAt) {
        double across = (GroupPlacement.groupWidth(a.actor()) + GroupPlacement.groupWidth(b.actor())) / 2;
        return Math.abs(at.x() - bAt.x()) < across && Math.abs(at.y() - bAt.y()) < GroupPlacement.GROUP_HEIGHT;
    }

    @Test
    void theOtherActorsOfATopKAreDrawnWhereTheyCoverNoneOfTheActorsKept() {
        overview.showTopK(25);

        AggregatedGraph shown = drawn().graph();
        Actor others = shown.actor(ActorGrouping.OTHERS_ID).orElseThrow();
        Point p = drawn().positions().get(others);
        for (Actor kept : shown.actors()) {
            if (shown.group(kept).isEmpty()) {
                Point q = drawn().positions().get(kept);
                assertFalse(Math.abs(p.x() - q.x()) < (GroupPlacement.GROUP_WIDTH + GroupPlacement.ACTOR_WIDTH) / 2
                        && Math.abs(p.y() - q.y()) < (GroupPlacement.GROUP_HEIGHT + GroupPlacement.ACTOR_HEIGHT) / 2,
                        "the other actors at " + p + " cover " + kept.name() + " at " + q);
            }
        }
    }

    @Test
    void aDoubleClickOnACommunityShowsItsMembersWhereTheyWereLaidOut() {
        overview.showCommunities();
        Actor community = firstCommunity();
        List<Actor> members = drawn().graph().group(community).orElseThrow().members();
        int before = drawn().graph().actors().size();

        assertTrue(graph.activate(community));

        AggregatedGraph shown = drawn().graph();
        assertFalse(shown.actor(community.id()).isPresent());
        assertEquals(before - 1 + members.size(), shown.actors().size());
        for (Actor member : members) {
            assertEquals(allPositions.get(member), drawn().positions().get(member), member.name());
        }
        assertTrue(overview.collapsibleProperty().get());

        overview.collapseAll();
        assertTrue(drawn().graph().actor(community.id()).isPresent());
        assertFalse(overview.collapsibleProperty().get());
    }

    @Test
    void aDoubleClickOnAnActorOrOnTheOtherActorsExpandsNothing() {
        overview.showTopK(10);
        Actor others = drawn().graph().actor(ActorGrouping.OTHERS_ID).orElseThrow();
        assertEquals(11, drawn().graph().actors().size());
        assertEquals("Other actors (" + (allPositions.size() - 10) + ")", others.name());
        assertFalse(graph.activate(others));
        assertFalse(graph.activate(drawn().graph().actors().get(0)));
        assertEquals(11, drawn().graph().actors().size());
    }

    @Test
    void theTopKDialogSetsKAndCancellingChangesNothing() {
        overview.chooseTopK();
        assertEquals(GroupingSpec.Mode.ALL, overview.modeProperty().get(), "cancelled");
        dialogs.topKToChoose = 5;
        overview.chooseTopK();
        assertEquals(GroupingSpec.Mode.TOP_K, overview.modeProperty().get());
        assertEquals(6, drawn().graph().actors().size());
        overview.showAll();
        assertEquals(allPositions.size(), drawn().graph().actors().size());
    }

    @Test
    void filtersStillApplyUnderTheOverview() {
        overview.showCommunities();
        int relations = drawn().graph().relations().size();
        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenTypeIds(Set.of("meets")));
        AggregatedGraph shown = drawn().graph();
        assertFalse(shown.groups().isEmpty());
        assertTrue(shown.relations().stream().noneMatch(r -> r.type().id().equals("meets")));
        assertTrue(shown.relations().size() < relations);
    }

    @Test
    void aSelectedActorInsideANewGroupSelectsTheGroupAndItsDetailsListTheMembers() {
        DetailsViewModel details = new DetailsViewModel(selection, session);
        overview.showCommunities();
        ActorGroup group = drawn().graph().group(firstCommunity()).orElseThrow();
        overview.showAll();
        graph.select(group.members().get(1));

        overview.showCommunities();

        assertEquals(group.actor().name(), details.titleProperty().get());
        List<String> labels = details.facts().stream().map(Fact::label).toList();
        assertTrue(labels.containsAll(List.of("Members", "Most central", "Relations", "Inside")), labels.toString());
        assertTrue(details.facts().get(0).value().startsWith(group.members().get(0).name() + ", "));
        String inside = details.facts().stream().filter(f -> f.label().equals("Inside")).findFirst()
                .orElseThrow().value();
        assertTrue(inside.startsWith(group.internalRelations() + " relation"), inside);
    }

    @Test
    void aCorpusOfMoreThanFourHundredActorsOpensAsCommunitiesAndTheSeedAsItIs() {
        session.show(CorpusGenerator.generate(100, 900, 2000, 3), CorpusSource.imported("large")); // people roll up: about 520 actors

        assertEquals(GroupingSpec.Mode.COMMUNITIES, overview.modeProperty().get());
        assertTrue(drawn().graph().actors().size() < 100, drawn().graph().actors().size() + " vertices");
        assertTrue(session.getFullGraph().actors().size() > CorpusSession.OVERVIEW_ACTORS,
                "every actor is still in the full graph");

        overview.showAll();
        session.show(CorpusGenerator.generate(30, 150, 500, 7), CorpusSource.imported("small"));

        assertEquals(GroupingSpec.Mode.ALL, overview.modeProperty().get());
        assertEquals(session.getFullGraph().actors().size(), drawn().graph().actors().size());
    }

    @Test
    void theActorListStillCountsAnActorsOwnRelationsWhenItIsInsideAGroup() {
        var filters = new org.actorgraph.ui.filter.FilterViewModel(session, selection,
                new org.actorgraph.ui.history.UndoHistory());
        AggregatedGraph full = session.getFullGraph();
        Actor busiest = full.actorsByDegree().get(0);

        overview.showCommunities();

        assertTrue(drawn().graph().actor(busiest.id()).isEmpty(), "the busiest actor is inside a group");
        int counted = filters.actors().stream().filter(o -> o.key().equals(busiest.id())).findFirst()
                .orElseThrow().countProperty().get();
        assertEquals(full.degree(busiest), counted);
    }

    @Test
    void aFilterKeepsTheCommunitiesAndTheirPlacesSoTheViewOnlyHidesWhatItLeavesOut() {
        overview.showCommunities();
        GraphLayout before = drawn();
        Set<String> groupIds = before.graph().groups().stream().map(g -> g.actor().id())
                .collect(java.util.stream.Collectors.toSet());

        session.criteriaProperty().set(FilterCriteria.NONE.withHiddenTypeIds(Set.of("meets")));

        GraphLayout after = drawn();
        for (ActorGroup group : after.graph().groups()) {
            assertTrue(groupIds.contains(group.actor().id()), group.actor().name() + " is a group of the unfiltered overview");
        }
        assertTrue(after.graph().relations().stream().allMatch(r -> after.base().graph().containsEdge(r)),
                "every line drawn is one of the unfiltered overview's, so the view hides the others");
        assertEquals(before.graph().groups().size(), after.base().groups().size(), "the drawing is the unfiltered overview's");
        assertTrue(after.graph().relations().size() < after.base().relations().size());
    }

    private java.util.Set<String> drawnIds() {
        return drawn().graph().actors().stream().map(Actor::id).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void undoAfterTopKGoesBackToThePreviousOverviewAndRedoShowsTheTopKAgain() {
        overview.showCommunities();
        GroupingSpec communities = session.actorGroupingProperty().get();
        Set<String> communityIds = drawnIds();

        overview.showTopK(10);
        assertEquals(11, drawn().graph().actors().size(), "ten actors and the other actors");
        assertEquals("Undo top 10 actors by degree", history.undoTextProperty().get());

        history.undo();
        assertEquals(communities, session.actorGroupingProperty().get());
        assertEquals(GroupingSpec.Mode.COMMUNITIES, overview.modeProperty().get());
        assertEquals(communityIds, drawnIds());
        assertEquals("Undo show communities", history.undoTextProperty().get());
        assertEquals("Redo top 10 actors by degree", history.redoTextProperty().get());

        history.redo();
        assertEquals(GroupingSpec.Mode.TOP_K, overview.modeProperty().get());
        assertEquals(10, session.actorGroupingProperty().get().topK());
        assertEquals(11, drawn().graph().actors().size());
        assertTrue(drawn().graph().actor(ActorGrouping.OTHERS_ID).isPresent());
    }

    @Test
    void undoAfterExpandingACommunityCollapsesItAndCollapsingIsAStepToo() {
        overview.showCommunities();
        Actor community = firstCommunity();
        String leader = drawn().graph().group(community).orElseThrow().leader().name();
        Set<String> collapsed = drawnIds();

        assertTrue(graph.activate(community));
        assertEquals("Undo expand the community of " + leader, history.undoTextProperty().get());

        history.undo();
        assertTrue(drawn().graph().actor(community.id()).isPresent(), "the community is one vertex again");
        assertEquals(collapsed, drawnIds());
        assertFalse(overview.collapsibleProperty().get());

        history.redo();
        assertTrue(drawn().graph().actor(community.id()).isEmpty());
        overview.collapseAll();
        assertEquals("Undo collapse communities", history.undoTextProperty().get());
        history.undo();
        assertTrue(drawn().graph().actor(community.id()).isEmpty(), "undoing the collapse expands it again");
        assertTrue(overview.collapsibleProperty().get());
    }

    @Test
    void choosingTheOverviewItHasAlreadyIsNoStep() {
        overview.showAll();
        overview.collapseAll();
        assertFalse(history.canUndoProperty().get());
        dialogs.topKToChoose = 5;
        overview.chooseTopK();
        overview.showTopK(5);
        assertEquals("Undo top 5 actors by degree", history.undoTextProperty().get());
        history.undo();
        assertEquals(GroupingSpec.Mode.ALL, overview.modeProperty().get());
        assertFalse(history.canUndoProperty().get(), "showing the same top 5 twice was one step");
    }
}

package org.actorgraph.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.support.FailingTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class DetailsViewModelTest {

    private final CorpusSession session = TestCorpora.openSession(new RecordingDialogService());
    private final SelectionModel selection = new SelectionModel();
    private final DetailsViewModel details = new DetailsViewModel(selection, session);

    private AggregatedRelation relation(String source, String type, String target) {
        return session.getGraph().find(source, target, type).orElseThrow();
    }

    private String fact(String label) {
        return details.facts().stream().filter(f -> f.label().equals(label)).map(Fact::value)
                .findFirst().orElse("<none>");
    }

    @Test
    void showsAHintWhenNothingIsSelected() {
        assertTrue(details.emptyProperty().get());
        assertEquals(DetailsViewModel.HINT, details.subtitleProperty().get());
        assertTrue(details.quotes().isEmpty());
    }

    @Test
    void relationShowsTypeDirectionAndEachDistinctSentenceOnce() {
        selection.select(relation("PRK", "arms_supply", "RUS"));

        assertEquals("Arms supply", details.titleProperty().get());
        assertEquals("North Korea → Russia", details.subtitleProperty().get());
        assertEquals("Proposed, Denied", fact("Statuses"));
        assertEquals("2 sentences in 2 articles, 2 claims", fact("Evidence"));
        List<QuoteItem> quotes = details.quotes();
        assertEquals(2, quotes.size());
        assertEquals("North Korea provides Russia with weapons for the war in Ukraine.", quotes.get(0).text());
        assertEquals("×2 in the text", quotes.get(0).occurrences());
        assertEquals("According to The New York Times", quotes.get(0).attribution());
        assertEquals("Proposed", quotes.get(0).status());
        assertEquals("Kim to meet Putin — Test Times, 2023-09-05", quotes.get(0).source());
        assertEquals("", quotes.get(1).occurrences());
        assertEquals("Denied", quotes.get(1).status());
    }

    @Test
    void claimInTheOutletsOwnVoiceSaysSo() {
        selection.select(relation("RUS", "tech_transfer", "PRK"));

        assertEquals("Stated by the outlet", details.quotes().get(0).attribution());
    }

    @Test
    void actorShowsAliasesRelationsAndThePeopleRolledIntoIt() {
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        assertEquals("North Korea", details.titleProperty().get());
        assertEquals("State", details.subtitleProperty().get());
        assertEquals("DPRK, Pyongyang, 북한", fact("Also known as"));
        assertEquals("6 relations (2 outgoing, 4 incoming), 7 claims", fact("Relations"));
        assertEquals("Kim Jong-Un", fact("Includes"));
        assertTrue(details.quotes().isEmpty());
    }

    @Test
    void personShownSeparatelyNamesTheStateItBelongsTo() {
        session.peopleSeparatelyProperty().set(true);
        selection.select(session.getGraph().actor("kim_jong_un").orElseThrow());

        assertEquals("Person", details.subtitleProperty().get());
        assertEquals("North Korea", fact("Affiliation"));
        assertEquals("김정은", fact("Also known as"));
        assertEquals("1 relation (1 outgoing, 0 incoming), 1 claim", fact("Relations"));
    }

    @Test
    void relationListsDatesAndEveryClaimant() {
        selection.select(relation("PRK", "arms_supply", "RUS"));

        assertEquals("Not given", fact("Dates"));
        assertEquals("The New York Times; North Korean officials", fact("Claimed by"));
        assertTrue(details.relationLinks().isEmpty());
        assertTrue(details.ranks().isEmpty());
    }

    @Test
    void actorListsItsRelationsGroupedByTypeAndDirectionWithClaimCounts() {
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        assertEquals(List.of(
                "Arms supply → Russia (2 claims)",
                "Arms supply ← Iran (1 claim)",
                "Technology transfer ← Iran (1 claim)",
                "Technology transfer ← Russia (1 claim)",
                "Visit → Russia (1 claim)",
                "Warning ← United States (1 claim)"),
                details.relationLinks().stream().map(RelationLink::fullText).toList());
        assertEquals("6 (in 4, out 2)", fact("Degree"));
    }

    @Test
    void namesakesAreListedInTheOrderOfTheirIds() {
        CorpusSession namesakes = TestCorpora.session(new RecordingDialogService());
        namesakes.show(new org.actorgraph.analysis.SmallCorpus()
                        .state("ZZ", "Georgia").state("AA", "Georgia").state("MM", "Armenia").type("visit")
                        .relation("MM", "visit", "ZZ", org.actorgraph.model.Status.REPORTED, "A visit to one Georgia.")
                        .relation("MM", "visit", "AA", org.actorgraph.model.Status.REPORTED, "A visit to the other.")
                        .build(),
                org.actorgraph.ui.corpus.CorpusSource.imported("namesakes"));
        SelectionModel chosen = new SelectionModel();
        DetailsViewModel panel = new DetailsViewModel(chosen, namesakes);

        chosen.select(namesakes.getGraph().actor("MM").orElseThrow());

        assertEquals(List.of("AA", "ZZ"),
                panel.relationLinks().stream().map(link -> link.relation().target().id()).toList());
    }

    @Test
    void clickingAListedRelationSelectsIt() {
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        details.select(details.relationLinks().get(1));

        assertEquals(relation("IRN", "arms_supply", "PRK"),
                ((org.actorgraph.ui.selection.Selection.RelationSelected) selection.getSelection()).relation());
        assertEquals("Iran → North Korea", details.subtitleProperty().get());
    }

    @Test
    void actorShowsItsCentralityRanks() {
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        List<String> ranks = details.ranks();
        assertEquals(5, ranks.size());
        assertEquals("1st of 5 by Degree", ranks.get(0));
        assertEquals("1st of 5 by In-degree", ranks.get(1));
        assertTrue(ranks.get(4).endsWith(" of 5 by PageRank"), ranks::toString);
    }

    @Test
    void ordinalsReadAsWords() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "102nd"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 102).stream().map(DetailsViewModel::ordinal).toList());
    }

    @Test
    void openInArticleRunsTheWiredOpener() {
        int[] opened = {0};
        details.setArticleOpener(() -> opened[0]++);
        selection.select(relation("PRK", "arms_supply", "RUS"));

        assertTrue(details.canOpenInArticle());
        details.openInArticle();

        assertEquals(1, opened[0]);
    }

    @Test
    void clearingTheSelectionBringsBackTheHint() {
        selection.select(relation("USA", "warning", "PRK"));
        selection.clear();

        assertTrue(details.emptyProperty().get());
        assertTrue(details.facts().isEmpty());
    }

    @Test
    void aLargeGraphRanksByDegreeAtOnceAndByBetweennessAndPageRankWhenTheyArrive() {
        CorpusSession large = TestCorpora.largeSession(new RecordingDialogService());
        ManualTaskExecutor background = new ManualTaskExecutor();
        SelectionModel chosen = new SelectionModel();
        DetailsViewModel panel = new DetailsViewModel(chosen, large,
                new org.actorgraph.ui.analysis.GraphMetrics(large, background));
        org.actorgraph.analysis.AggregatedGraph graph = large.getGraph();
        org.actorgraph.model.Actor busiest = graph.actors().stream()
                .max(java.util.Comparator.comparingInt(graph::degree)).orElseThrow();

        chosen.select(busiest);

        assertEquals(List.of("1st of 300 by Degree", panel.ranks().get(1), panel.ranks().get(2),
                DetailsViewModel.PENDING_RANKS), panel.ranks());
        assertTrue(panel.ranks().get(1).endsWith(" of 300 by In-degree"), panel.ranks()::toString);

        background.runAll();

        assertEquals(5, panel.ranks().size(), panel.ranks()::toString);
        assertTrue(panel.ranks().get(3).endsWith(" of 300 by Betweenness"), panel.ranks()::toString);
        assertTrue(panel.ranks().get(4).endsWith(" of 300 by PageRank"), panel.ranks()::toString);
    }

    @Test
    void anActorStillSelectedAfterAFilterIsRankedInTheNewGraph() {
        CorpusSession large = TestCorpora.largeSession(new RecordingDialogService());
        ManualTaskExecutor background = new ManualTaskExecutor();
        SelectionModel chosen = new SelectionModel();
        DetailsViewModel panel = new DetailsViewModel(chosen, large,
                new org.actorgraph.ui.analysis.GraphMetrics(large, background));
        org.actorgraph.model.Actor busiest = large.getGraph().actorsByDegree().get(0);
        chosen.select(busiest);
        assertEquals(DetailsViewModel.PENDING_RANKS, panel.ranks().get(panel.ranks().size() - 1));

        TestCorpora.filterToOneType(large);

        org.actorgraph.analysis.AggregatedGraph small = large.getGraph();
        assertTrue(small.actors().contains(busiest));
        assertEquals(5, panel.ranks().size(), "the small graph is ranked at once: " + panel.ranks());
        assertTrue(panel.ranks().get(0).endsWith(" of " + small.actors().size() + " by Degree"), panel.ranks()::toString);
        assertTrue(panel.ranks().get(4).endsWith(" of " + small.actors().size() + " by PageRank"), panel.ranks()::toString);
    }

    @Test
    void aBusyActorListsTheFirstRelationsOfEachTypeAndShowMoreListsTheNextFiftyInPlace() {
        CorpusSession busy = TestCorpora.session(new RecordingDialogService());
        busy.peopleSeparatelyProperty().set(true);
        busy.show(org.actorgraph.bench.CorpusGenerator.generate(100, 400, 6000, 1L),
                org.actorgraph.ui.corpus.CorpusSource.imported("generated"));
        SelectionModel chosen = new SelectionModel();
        DetailsViewModel panel = new DetailsViewModel(chosen, busy);
        org.actorgraph.analysis.AggregatedGraph graph = busy.getGraph();
        org.actorgraph.model.Actor hub = graph.actorsByDegree().get(0);
        // The hub's relations of each type, counted in the graph.
        java.util.Map<String, Long> perType = graph.relations().stream()
                .filter(r -> r.source().equals(hub) || r.target().equals(hub))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.type().label(), java.util.stream.Collectors.counting()));
        String type = perType.entrySet().stream().filter(e -> e.getValue() > 25 + 50).map(java.util.Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no type with over 75 relations: " + perType));
        long hidden = perType.get(type) - 25;

        chosen.select(hub);

        List<RelationRow> rows = List.copyOf(panel.relationRows());
        assertEquals(perType.size(), rows.stream().filter(r -> r instanceof RelationRow.Heading).count());
        assertEquals(perType.values().stream().mapToLong(n -> Math.min(n, 25)).sum(),
                rows.stream().filter(r -> r instanceof RelationRow.Link).count());
        RelationRow.More more = rows.stream().filter(r -> r instanceof RelationRow.More m && m.group().equals(type))
                .map(RelationRow.More.class::cast).findFirst().orElseThrow();
        assertEquals(String.format(java.util.Locale.ENGLISH, "Show 50 more (%,d not listed)", hidden), more.text());

        panel.listMore(more);

        List<RelationRow> after = List.copyOf(panel.relationRows());
        int heading = after.indexOf(new RelationRow.Heading(type));
        List<RelationLink> ofType = panel.relationLinks().stream().filter(l -> l.group().equals(type)).toList();
        List<RelationRow> expected = new java.util.ArrayList<>();
        ofType.subList(0, 75).forEach(link -> expected.add(new RelationRow.Link(link)));
        expected.add(new RelationRow.More(type, (int) hidden - 50, (int) Math.min(50, hidden - 50)));
        assertEquals(expected, after.subList(heading + 1, heading + 1 + expected.size()),
                "the type's next fifty follow its first relations, then the offer of the rest");
        List<RelationRow> othersBefore = rows.stream().filter(r -> !ofType(r, type)).toList();
        assertEquals(othersBefore, after.stream().filter(r -> !ofType(r, type)).toList(), "the other types are as they were");
    }

    @Test
    void aBusyActorsRelationsAreSaidToBeOnTheirWayThenListedAsAtOnce() {
        ManualTaskExecutor background = new ManualTaskExecutor();
        DetailsViewModel panel = listingAboveFive(background);
        org.actorgraph.model.Actor northKorea = session.getGraph().actor("PRK").orElseThrow();

        selection.select(northKorea);

        assertEquals(List.of(new RelationRow.Note("Listing 6 relations…")), panel.relationRows());
        assertTrue(panel.relationLinks().isEmpty());
        assertEquals("North Korea", panel.titleProperty().get(), "the rest of the details do not wait");
        assertEquals("6 relations (2 outgoing, 4 incoming), 7 claims", fact(panel, "Relations"));

        background.runAll();

        // The panel without a background (the field `details`) listed them at the click.
        assertEquals(details.relationRows(), panel.relationRows());
        assertEquals(6, panel.relationLinks().size());
        assertTrue(panel.relationRows().stream().noneMatch(r -> r instanceof RelationRow.Note));
    }

    @Test
    void aBusyActorsRelationsSortedAfterAnotherSelectionAreNotListed() {
        ManualTaskExecutor background = new ManualTaskExecutor();
        DetailsViewModel panel = listingAboveFive(background);
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        selection.select(relation("PRK", "arms_supply", "RUS"));
        background.runAll();

        assertEquals("Arms supply", panel.titleProperty().get());
        assertTrue(panel.relationRows().isEmpty(), panel.relationRows()::toString);
        assertTrue(panel.relationLinks().isEmpty());
    }

    @Test
    void relationsThatCouldNotBeListedSaySo() {
        FailingTaskExecutor background = new FailingTaskExecutor(new IllegalStateException("out of memory"));
        DetailsViewModel panel = listingAboveFive(background);
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        background.failNext();

        assertEquals(List.of(new RelationRow.Note("The relations could not be listed: out of memory")),
                panel.relationRows());
    }

    @Test
    void relationsThatCouldNotBeListedForAReasonWithoutMessageNameIt() {
        FailingTaskExecutor background = new FailingTaskExecutor(new OutOfMemoryError());
        DetailsViewModel panel = listingAboveFive(background);
        selection.select(session.getGraph().actor("PRK").orElseThrow());

        background.failNext();

        assertEquals(List.of(new RelationRow.Note("The relations could not be listed: java.lang.OutOfMemoryError")),
                panel.relationRows());
    }

    // A panel that lists an actor's relations on `background` from six on: North Korea has 6 in
    // the test corpus.
    private DetailsViewModel listingAboveFive(org.actorgraph.ui.task.TaskExecutor background) {
        return new DetailsViewModel(selection, session, new org.actorgraph.ui.analysis.GraphMetrics(session),
                background, 5);
    }

    private static String fact(DetailsViewModel panel, String label) {
        return panel.facts().stream().filter(f -> f.label().equals(label)).map(Fact::value)
                .findFirst().orElse("<none>");
    }

    private static boolean ofType(RelationRow row, String type) {
        return row instanceof RelationRow.Link l && l.link().group().equals(type)
                || row instanceof RelationRow.More m && m.group().equals(type);
    }
}

package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;

class GraphAggregatorTest {

    private final GraphAggregator aggregator = new GraphAggregator();

    private static SmallCorpus koreaAndRussia() {
        return new SmallCorpus()
                .state("PRK", "North Korea").state("RUS", "Russia").state("UKR", "Ukraine")
                .person("kim", "Kim Jong-Un", "PRK").person("putin", "Vladimir Putin", "RUS")
                .type("arms_supply").type("communication").type("invasion").type("visit");
    }

    @Test
    void peopleAreRolledUpIntoTheirStatesByDefault() {
        Corpus corpus = koreaAndRussia()
                .relation("kim", "communication", "putin", Status.REPORTED, "Kim wrote to Putin.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);

        assertEquals(List.of("PRK", "RUS", "UKR"), graph.actors().stream().map(Actor::id).toList());
        assertTrue(graph.find("PRK", "RUS", "communication").isPresent(),
                "Kim → Putin letters are drawn as North Korea → Russia");
    }

    @Test
    void peopleShownSeparatelyKeepTheirOwnVertices() {
        Corpus corpus = koreaAndRussia()
                .relation("kim", "communication", "putin", Status.REPORTED, "Kim wrote to Putin.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.SEPARATE);

        assertEquals(5, graph.actors().size());
        assertTrue(graph.find("kim", "putin", "communication").isPresent());
        assertTrue(graph.find("PRK", "RUS", "communication").isEmpty());
    }

    @Test
    void claimsWithTheSameEndsAndTypeBecomeOneEdgeWithAllTheirEvidence() {
        Corpus corpus = koreaAndRussia()
                .relation("PRK", "arms_supply", "RUS", Status.PROPOSED, "North Korea may send shells.")
                .relation("kim", "arms_supply", "putin", Status.SPECULATIVE, "Kim could arm Putin.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);

        assertEquals(1, graph.relations().size());
        AggregatedRelation edge = graph.relations().get(0);
        assertEquals(2, edge.relations().size());
        assertEquals(2, edge.evidenceCount());
        assertEquals(List.of("North Korea may send shells.", "Kim could arm Putin."),
                edge.quotes().stream().map(EvidenceQuote::text).toList());
    }

    @Test
    void differentTypesAndOppositeDirectionsStayParallelEdges() {
        Corpus corpus = koreaAndRussia()
                .relation("PRK", "arms_supply", "RUS", Status.PROPOSED, "Shells go to Russia.")
                .relation("PRK", "visit", "RUS", Status.PLANNED, "Kim will visit Russia.")
                .relation("RUS", "arms_supply", "PRK", Status.PROPOSED, "Russia may send technology.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);

        assertEquals(3, graph.relations().size());
        Actor prk = graph.actor("PRK").orElseThrow();
        Actor rus = graph.actor("RUS").orElseThrow();
        assertEquals(2, graph.graph().getAllEdges(prk, rus).size());
        assertEquals(1, graph.graph().getAllEdges(rus, prk).size());
    }

    @Test
    void aSentenceTheArticleRepeatsCountsOnceAsEvidence() {
        String repeated = "Kim will travel to Russia this month.";
        Corpus corpus = koreaAndRussia()
                .relation("kim", "visit", "RUS", Status.PLANNED, repeated, "Other news.", repeated)
                .build();

        AggregatedRelation visit = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP)
                .find("PRK", "RUS", "visit").orElseThrow();

        assertEquals(2, visit.evidenceCount(), "the repeat is not a second piece of evidence");
        EvidenceQuote first = visit.quotes().get(0);
        assertEquals(repeated, first.text());
        assertEquals(2, first.occurrenceCount());
    }

    @Test
    void anEdgeIsAsCertainAsItsMostCertainClaim() {
        Corpus corpus = koreaAndRussia()
                .relation("PRK", "arms_supply", "RUS", Status.SPECULATIVE, "It might happen.")
                .relation("PRK", "arms_supply", "RUS", Status.REPORTED, "It happened.")
                .relation("RUS", "invasion", "UKR", Status.ALLEGED, "Allegedly so.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);

        AggregatedRelation arms = graph.find("PRK", "RUS", "arms_supply").orElseThrow();
        assertEquals(Certainty.REPORTED, arms.certainty());
        assertEquals(Set.of(Status.REPORTED, Status.SPECULATIVE), arms.statuses());
        assertEquals(Set.of(Certainty.REPORTED, Certainty.SPECULATIVE), graph.certaintiesShown());
        assertEquals(3, graph.edgeClaimCount(), "two edges bundle the three claims");
    }

    @Test
    void aRelationBetweenALeaderAndHisOwnStateIsLeftOutWhenRolledUpAndCounted() {
        Corpus corpus = koreaAndRussia()
                .relation("putin", "communication", "RUS", Status.REPORTED, "Putin addressed Russia.")
                .relation("RUS", "invasion", "UKR", Status.REPORTED, "Russia invaded Ukraine.")
                .build();

        AggregatedGraph rolledUp = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);
        AggregatedGraph separate = aggregator.aggregate(corpus, PersonGrouping.SEPARATE);

        assertEquals(1, rolledUp.relations().size());
        assertEquals(1, rolledUp.hiddenSelfRelations());
        assertEquals(1, rolledUp.edgeClaimCount(), "the claim left out is not among the edges' claims");
        assertEquals(2, separate.relations().size());
        assertEquals(0, separate.hiddenSelfRelations());
        assertEquals(2, separate.edgeClaimCount());
    }

    @Test
    void theLegendListsOnlyTypesThatAreShownInCorpusOrder() {
        Corpus corpus = koreaAndRussia()
                .relation("RUS", "invasion", "UKR", Status.REPORTED, "Russia invaded Ukraine.")
                .relation("PRK", "arms_supply", "RUS", Status.PROPOSED, "Shells go to Russia.")
                .build();

        List<String> shown = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP).typesShown().stream()
                .map(RelationType::id).toList();

        assertEquals(List.of("arms_supply", "invasion"), shown);
        assertFalse(shown.contains("visit"));
    }

    @Test
    void degreeCountsEachAggregatedEdgeOnce() {
        Corpus corpus = koreaAndRussia()
                .relation("PRK", "arms_supply", "RUS", Status.PROPOSED, "One.")
                .relation("PRK", "arms_supply", "RUS", Status.REPORTED, "Two.")
                .relation("RUS", "invasion", "UKR", Status.REPORTED, "Three.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);

        assertEquals(2, graph.degree(graph.actor("RUS").orElseThrow()));
        assertEquals(1, graph.degree(graph.actor("PRK").orElseThrow()));
        assertEquals("Russia", graph.actorsByDegree().get(0).name());
    }

    @Test
    void anActorsRelationsAreTheEdgesThatStartOrEndAtIt() {
        Corpus corpus = koreaAndRussia()
                .relation("kim", "visit", "putin", Status.REPORTED, "Kim visited Putin.")
                .relation("RUS", "arms_supply", "PRK", Status.REPORTED, "Russia armed North Korea.")
                .relation("RUS", "invasion", "UKR", Status.REPORTED, "Russia invaded Ukraine.")
                .build();

        AggregatedGraph graph = aggregator.aggregate(corpus, PersonGrouping.ROLLED_UP);
        Actor korea = graph.actor("PRK").orElseThrow();
        Actor ukraine = graph.actor("UKR").orElseThrow();

        assertEquals(Set.of(graph.find("PRK", "RUS", "visit").orElseThrow(),
                graph.find("RUS", "PRK", "arms_supply").orElseThrow()), graph.relationsOf(korea));
        assertEquals(Set.of(graph.find("RUS", "UKR", "invasion").orElseThrow()), graph.relationsOf(ukraine));
        Actor kim = corpus.actor("kim").orElseThrow();
        assertEquals(Set.of(), graph.relationsOf(kim), "a person rolled up into North Korea is not drawn");
    }
}

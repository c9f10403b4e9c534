package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.LoadResult;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The graph an analyst sees on first start: the bundled seed corpus, loaded from the classpath. */
class SeedGraphTest {

    private static Corpus seed;

    @BeforeAll
    static void loadTheBundledSeed() {
        LoadResult result = new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json");
        assertTrue(result.isValid(), result.report());
        seed = result.requireCorpus();
    }

    private static AggregatedGraph rolledUp() {
        return new GraphAggregator().aggregate(seed, PersonGrouping.ROLLED_UP);
    }

    private static List<String> quotes(AggregatedRelation edge) {
        return edge.quotes().stream().map(EvidenceQuote::text).toList();
    }

    @Test
    void theSixCoreActorsAreVerticesOfTheDefaultView() {
        Set<String> names = rolledUp().actors().stream().map(Actor::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("North Korea", "Russia", "Iran", "United States", "China", "Ukraine")),
                names::toString);
    }

    @Test
    void leadersAreFoldedIntoTheirStatesByDefaultAndShownWhenAsked() {
        Set<String> rolledUpNames = rolledUp().actors().stream().map(Actor::name).collect(Collectors.toSet());
        Set<String> separateNames = new GraphAggregator().aggregate(seed, PersonGrouping.SEPARATE).actors()
                .stream().map(Actor::name).collect(Collectors.toSet());

        assertTrue(separateNames.containsAll(Set.of("Kim Jong-Un", "Vladimir Putin")), separateNames::toString);
        assertTrue(rolledUpNames.stream().noneMatch(n -> n.equals("Kim Jong-Un") || n.equals("Vladimir Putin")),
                rolledUpNames::toString);
    }

    @Test
    void northKoreaToRussiaArmsSupplyIsShownWithTheDealQuote() {
        AggregatedRelation arms = rolledUp().find("PRK", "RUS", "arms_supply").orElseThrow();

        assertTrue(quotes(arms).stream().anyMatch(q -> q.contains("North Korea provides Russia with weapons")),
                quotes(arms)::toString);
        assertEquals(Certainty.INTENDED, arms.certainty(), "the deal is proposed and planned, not done");
    }

    @Test
    void iranToRussiaDronesAreAReportedArmsSupply() {
        AggregatedRelation drones = rolledUp().find("IRN", "RUS", "arms_supply").orElseThrow();

        assertTrue(quotes(drones).stream().anyMatch(q -> q.contains("drones made in Iran")),
                quotes(drones)::toString);
        assertEquals(Certainty.REPORTED, drones.certainty());
    }

    @Test
    void theRepeatedFirstParagraphIsOneQuoteCitedTwice() {
        AggregatedRelation visit = rolledUp().find("PRK", "RUS", "visit").orElseThrow();

        EvidenceQuote opening = visit.quotes().stream()
                .filter(q -> q.text().startsWith("In a rare visit out of the country")).findFirst().orElseThrow();
        assertEquals(2, opening.occurrenceCount());
        long sameText = visit.quotes().stream().filter(q -> q.text().equals(opening.text())).count();
        assertEquals(1, sameText, "the repeat must not count as a second piece of evidence");
    }

    @Test
    void russiaInvadingUkraineIsReportedFact() {
        AggregatedRelation invasion = rolledUp().find("RUS", "UKR", "military_aggression").orElseThrow();
        assertEquals(Certainty.REPORTED, invasion.certainty());
    }

    @Test
    void chinaAppearsThroughTheNuclearComparison() {
        AggregatedGraph graph = rolledUp();
        Actor china = graph.actor("CHN").orElseThrow();
        assertTrue(graph.degree(china) > 0, "China is linked, not an isolated vertex");
    }
}

package org.actorgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.junit.jupiter.api.Test;

class ActorSearchTest {

    private static final Corpus CORPUS = new SmallCorpus()
            .state("TUR", "Türkiye", "Turkey")
            .state("RUS", "Россия", "Russia", "Russian Federation")
            .state("PRK", "North Korea", "DPRK")
            .state("KOR", "South Korea", "Korea")
            .state("KI", "Korea Institute")
            .state("PKU", "Pankorean Union")
            .state("VLA", "Vlaanderen")
            .person("kim", "Kim Jong-Un", "PRK")
            .person("putin", "Vladimir Putin", "RUS")
            .person("lavrov", "Russian envoy", "RUS")
            .type("t")
            .build();

    private final ActorSearch search = new ActorSearch();

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }

    private List<String> find(PersonGrouping grouping, String query) {
        return ids(search.find(new GraphAggregator().aggregate(CORPUS, grouping), query));
    }

    @Test
    void ranksExactThenPrefixThenWordPrefixThenSubstring() {
        // "korea": South Korea has the alias Korea (exact), Korea Institute starts with it, North Korea
        // has it as a later word, Pankorean Union contains it inside a word.
        assertEquals(List.of("KOR", "KI", "PRK", "PKU"), find(PersonGrouping.ROLLED_UP, "korea"));
        // "kor": Korea Institute and South Korea (by its alias Korea) both start with it; equal ranks go
        // by name, so Korea Institute before South Korea.
        assertEquals(List.of("KI", "KOR", "PRK", "PKU"), find(PersonGrouping.ROLLED_UP, "kor"));
        // "rea" is inside a word of all four: equal ranks, by name.
        assertEquals(List.of("KI", "PRK", "PKU", "KOR"), find(PersonGrouping.ROLLED_UP, "rea"));
    }

    @Test
    void ignoresCaseAndDiacritics() {
        assertEquals(List.of("TUR"), find(PersonGrouping.ROLLED_UP, "turkiye"));
        assertEquals(List.of("TUR"), find(PersonGrouping.ROLLED_UP, "TÜRKİYE"));
        assertEquals(List.of("RUS"), find(PersonGrouping.ROLLED_UP, "россия"));
        assertEquals(List.of("RUS"), find(PersonGrouping.ROLLED_UP, "РОССИЯ"));
        assertEquals(List.of("RUS"), find(PersonGrouping.ROLLED_UP, "Russia"), "by alias");
    }

    @Test
    void hyphensAndSpacesAreLoose() {
        assertEquals(List.of("kim"), find(PersonGrouping.SEPARATE, "kim jong un"));
        assertEquals(List.of("kim"), find(PersonGrouping.SEPARATE, "KIM-JONG-UN"));
        assertEquals(List.of("kim"), find(PersonGrouping.SEPARATE, "  jong  un "));
        assertEquals("kim jong un", ActorSearch.normalise("Kim Jong-Un"));
    }

    @Test
    void aRolledUpPersonIsFoundThroughTheActorThatRepresentsHim() {
        assertEquals(List.of("RUS"), find(PersonGrouping.ROLLED_UP, "putin"));
        assertEquals(List.of("putin"), find(PersonGrouping.SEPARATE, "putin"));
        assertEquals(List.of("PRK"), find(PersonGrouping.ROLLED_UP, "kim jong un"));
        // Vlaanderen matches directly (prefix), Russia only through Vladimir Putin (also a prefix): direct first.
        assertEquals(List.of("VLA", "RUS"), find(PersonGrouping.ROLLED_UP, "vla"));
        // Russia matches directly by its alias and through the Russian envoy: listed once.
        assertEquals(List.of("RUS"), find(PersonGrouping.ROLLED_UP, "russian"));
    }

    @Test
    void onlyShownActorsAreFoundAndABlankQueryFindsNothing() {
        AggregatedGraph withoutRussia = new GraphFilter().apply(CORPUS, PersonGrouping.ROLLED_UP,
                FilterCriteria.NONE.withHiddenActorIds(Set.of("RUS")));
        assertEquals(List.of(), ids(search.find(withoutRussia, "russia")));
        assertEquals(List.of(), ids(search.find(withoutRussia, "putin")));
        assertEquals(List.of(), find(PersonGrouping.ROLLED_UP, " - "));
        assertEquals(List.of(), find(PersonGrouping.ROLLED_UP, null));
        assertEquals(List.of(), find(PersonGrouping.ROLLED_UP, "nowhere"));
    }
}

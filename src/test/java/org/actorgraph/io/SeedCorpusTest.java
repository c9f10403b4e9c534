package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bundled seed corpus loadable and faithful to its article. The expectations come from
 * reading the article (a report of Kim Jong-Un's planned trip to Russia, September 2023), not from
 * the file, so a careless edit of the annotations shows up here.
 */
class SeedCorpusTest {

    private static final Path SEED = Path.of("assets", "corpora", "seed.actorgraph.json");

    private static final List<String> CORE_STATES = List.of("PRK", "RUS", "IRN", "USA", "CHN", "UKR");

    /** The statuses of the format, including the synonym "asserted". */
    private static final Set<String> ALLOWED_STATUSES = Set.of(
            "reported", "asserted", "planned", "expected", "proposed", "alleged", "speculative", "denied");

    private static LoadResult result;
    private static JsonObject raw;

    @BeforeAll
    static void load() throws Exception {
        result = new CorpusReader().read(SEED);
        raw = JsonParser.parseString(Files.readString(SEED, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    // ---------------------------------------------------------------- loading

    @Test
    void seedLoadsWithoutAnyProblem() {
        assertTrue(result.problems().isEmpty(), () -> "the seed corpus has problems:\n" + describe(result.problems()));
        assertTrue(result.errors().isEmpty(), () -> describe(result.errors()));
        assertTrue(result.isValid(), "the seed corpus is not valid");
        assertTrue(result.corpus().isPresent(), "no corpus was built from the seed file");
    }

    // ---------------------------------------------------------------- actors

    @Test
    void theSixCoreActorsAreStates() {
        for (String id : CORE_STATES) {
            Actor actor = corpus().actor(id).orElseThrow(() -> new AssertionError("missing core actor " + id));
            assertEquals(ActorKind.STATE, actor.kind(), id + " should be a state");
        }
    }

    @Test
    void everyPersonBelongsToAState() {
        List<Actor> persons = corpus().actors().stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
        assertFalse(persons.isEmpty(), "the article names leaders; the corpus has no person");
        for (Actor person : persons) {
            String affiliation = person.affiliationId()
                    .orElseThrow(() -> new AssertionError(person.id() + " has no affiliation"));
            Actor state = corpus().actor(affiliation)
                    .orElseThrow(() -> new AssertionError(person.id() + " belongs to unknown actor " + affiliation));
            assertEquals(ActorKind.STATE, state.kind(), person.id() + " should belong to a state");
        }
    }

    @Test
    void theLeadersNamedInTheArticleBelongToTheirStates() {
        Map<String, String> leaderOf = Map.of(
                "Kim Jong-Un", "PRK", "Vladimir Putin", "RUS", "Shoigu", "RUS", "Xi Jinping", "CHN");
        leaderOf.forEach((name, state) -> {
            Actor person = corpus().actors().stream()
                    .filter(a -> a.kind() == ActorKind.PERSON && a.name().contains(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no person named " + name));
            assertEquals(state, person.affiliation(), name + "'s state");
        });
    }

    @Test
    void everyCoreStateAndCapitalIsMentionedInTheText() {
        Article article = article();
        Set<String> mentioned = article.mentions().stream().map(Mention::actorId).collect(Collectors.toSet());
        for (String id : CORE_STATES) {
            assertTrue(mentioned.contains(id), id + " is named in the article but has no mention");
        }
        assertTrue(hasMention(article, "RUS", "Moscow"), "\"Moscow\" should be a mention of Russia");
        assertTrue(hasMention(article, "CHN", "Beijing"), "\"Beijing\" should be a mention of China");
        for (Mention mention : article.mentions()) {
            assertTrue(corpus().actor(mention.actorId()).isPresent(), "mention of unknown actor " + mention.actorId());
            assertTrue(mention.span().fitsIn(article.text().length()), "mention outside the text: " + mention);
        }
    }

    // ---------------------------------------------------------------- key claims

    @Test
    void northKoreaSuppliesRussiaWithWeaponsInTheDiscussedDeal() {
        List<Relation> claims = relations("PRK", "RUS", "arms_supply");
        assertTrue(claims.stream().anyMatch(quotes("North Korea provides Russia with weapons")),
                "no North Korea -> Russia arms supply cites \"North Korea provides Russia with weapons\"");
        // The deal, NYT's shells, the letters, "would not be the first country", the shells Russia planned to buy.
        assertTrue(claims.size() >= 5, "expected at least five claims of North Korean arms for Russia, got "
                + ids(claims));
    }

    @Test
    void northKoreanArmsForRussiaAreNeverReportedAsDelivered() {
        for (Relation claim : relations("PRK", "RUS", "arms_supply")) {
            assertEquals(Certainty.INTENDED, claim.certainty(),
                    claim.id() + ": the article only reports a deal under discussion or a plan");
        }
    }

    @Test
    void iranSuppliesRussiaWithDrones() {
        List<Relation> claims = relations("IRN", "RUS", "arms_supply");
        assertTrue(claims.stream().anyMatch(quotes("drones made in Iran")),
                "no Iran -> Russia arms supply cites the drones made in Iran, got " + ids(claims));
        assertTrue(claims.stream().anyMatch(r -> r.certainty() == Certainty.REPORTED),
                "Russia \"has already been using\" the drones: the supply is reported, not intended");
    }

    @Test
    void russiaInvadedUkraineOn24February2022() {
        LocalDate invasion = LocalDate.of(2022, 2, 24);
        List<Relation> claims = relations("RUS", "UKR", "military_aggression");
        assertTrue(claims.stream().anyMatch(r -> quotes("invaded Ukraine").test(r)
                        && r.period().filter(p -> p.first().equals(invasion) && p.last().equals(invasion)).isPresent()),
                "no Russia -> Ukraine invasion dated 2022-02-24, got " + ids(claims));
    }

    @Test
    void russiaMightHelpTheNorthKoreanNuclearProgrammeButOnlySpeculatively() {
        List<Relation> claims = relations("RUS", "PRK", "technology_transfer");
        assertTrue(claims.stream().anyMatch(quotes("satellite, nuclear technology")),
                "no Russia -> North Korea technology transfer cites the satellite and nuclear technology");
        assertTrue(claims.stream().anyMatch(r -> quotes("nuclear weapons programme").test(r)
                        && r.certainty() == Certainty.SPECULATIVE),
                "\"Russia might be convinced to help\" should be a speculative technology transfer");
    }

    @Test
    void xiJinpingWouldNotCoverANorthKoreanNuclearTest() {
        List<Relation> negated = relations().stream().filter(Relation::negated).toList();
        assertEquals(1, negated.size(), "only the \"step too far\" claim is negated, got " + ids(negated));
        Relation xi = negated.get(0);
        assertEquals("CHN", stateOf(xi.sourceId()), "the step too far is China's (Xi Jinping's)");
        assertEquals("PRK", stateOf(xi.targetId()));
        assertTrue(quotes("a step too far for Chinese President Xi Jinping").test(xi), xi.id() + " quote");
        assertEquals(Certainty.DENIED, xi.certainty(), "a negated claim is drawn as denied");
    }

    // ---------------------------------------------------------------- the repeated paragraph

    @Test
    void theRepeatedFirstParagraphIsEvidenceOfTheSameRelationsNotOfNewOnes() {
        String text = article().text();
        String first = text.substring(0, text.indexOf('\n'));
        int repeatStart = text.indexOf(first, first.length());
        assertTrue(repeatStart > 0, "the article repeats its first paragraph; the seed text lost the repeat");
        int repeatEnd = repeatStart + first.length();

        List<Relation> citingFirst = relations().stream()
                .filter(r -> r.evidence().stream().anyMatch(s -> s.end() <= first.length()))
                .toList();
        assertFalse(citingFirst.isEmpty(), "no relation cites the first paragraph");
        for (Relation relation : citingFirst) {
            List<TextSpan> spans = relation.evidence();
            assertEquals(2, spans.size(), relation.id() + " should cite the paragraph and its repeat");
            TextSpan original = spans.get(0);
            TextSpan repeat = spans.get(1);
            assertTrue(original.end() <= first.length(), relation.id() + ": first span not in paragraph 1");
            assertTrue(repeat.start() >= repeatStart && repeat.end() <= repeatEnd,
                    relation.id() + ": second span not in the repeated paragraph");
            assertEquals(quote(original), quote(repeat), relation.id() + ": the two spans should quote identical text");
        }
        for (Relation relation : relations()) {
            boolean citesRepeat = relation.evidence().stream()
                    .anyMatch(s -> s.start() >= repeatStart && s.end() <= repeatEnd);
            if (citesRepeat) {
                assertTrue(citingFirst.contains(relation),
                        relation.id() + " cites only the repeat: it duplicates a relation of paragraph 1");
            }
        }
    }

    // ---------------------------------------------------------------- spans

    @Test
    void everyEvidenceSpanQuotesWholeWordsOfTheArticle() {
        String text = article().text();
        for (Relation relation : relations()) {
            assertFalse(relation.evidence().isEmpty(), relation.id() + " has no evidence");
            for (TextSpan span : relation.evidence()) {
                assertTrue(span.fitsIn(text.length()), relation.id() + ": span outside the text " + span);
                String quote = span.of(text);
                assertFalse(quote.isBlank(), relation.id() + ": empty quote");
                assertTrue(text.contains(quote), relation.id() + ": quote not in the article");
                assertTrue(startsAndEndsOnWordBoundaries(text, span), relation.id() + " cuts a word: \"" + quote + "\"");
            }
            relation.claimant().flatMap(a -> a.cueSpan()).ifPresent(cue -> {
                assertTrue(cue.fitsIn(text.length()), relation.id() + ": cue outside the text " + cue);
                assertTrue(startsAndEndsOnWordBoundaries(text, cue), relation.id() + ": cue cuts a word");
            });
        }
    }

    @Test
    void everySpanTextInTheFileMatchesTheArticle() {
        String text = raw.getAsJsonArray("articles").get(0).getAsJsonObject().get("text").getAsString();
        List<String> mismatches = new ArrayList<>();
        int[] checked = {0};
        visitSpans(raw.getAsJsonArray("articles").get(0), "$.articles[0]", (path, span) -> {
            checked[0]++;
            int start = span.get("start").getAsInt();
            int end = span.get("end").getAsInt();
            if (!span.has("text")) {
                mismatches.add(path + ": span without text");
            } else if (start < 0 || end > text.length() || start >= end) {
                mismatches.add(path + ": bad range " + start + ".." + end);
            } else if (!text.substring(start, end).equals(span.get("text").getAsString())) {
                mismatches.add(path + ": text \"" + span.get("text").getAsString() + "\" but the article has \""
                        + text.substring(start, end) + "\"");
            }
        });
        assertTrue(checked[0] > 100, "expected the mentions, evidence and cues to be checked, found " + checked[0]);
        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
    }

    // ---------------------------------------------------------------- statuses, types, duplicates

    @Test
    void everyStatusInTheFileIsOneOfTheFormat() {
        for (JsonElement relation : raw.getAsJsonArray("articles").get(0).getAsJsonObject().getAsJsonArray("relations")) {
            JsonObject object = relation.getAsJsonObject();
            String status = object.get("status").getAsString();
            assertTrue(ALLOWED_STATUSES.contains(status), object.get("id").getAsString() + ": status \"" + status + "\"");
        }
    }

    @Test
    void everyRelationTypeIsUsed() {
        Set<String> used = relations().stream().map(Relation::typeId).collect(Collectors.toSet());
        for (RelationType type : corpus().relationTypes()) {
            assertTrue(used.contains(type.id()), "relation type " + type.id() + " is never used");
        }
    }

    @Test
    void noRelationIsAnAccidentalDuplicate() {
        Map<List<Object>, String> seen = new HashMap<>();
        for (Relation r : relations()) {
            List<Object> key = List.of(r.sourceId(), r.targetId(), r.typeId(), r.status(), r.negated(),
                    r.claimant().map(a -> a.by()).orElse(""), r.evidence());
            String earlier = seen.putIfAbsent(key, r.id());
            if (earlier != null) {
                fail(r.id() + " repeats " + earlier + ": same actors, type, status, claimant and evidence");
            }
        }
    }

    @Test
    void relationIdsFollowTheOrderOfTheArticle() {
        List<Relation> relations = relations();
        for (int i = 0; i < relations.size(); i++) {
            Relation relation = relations.get(i);
            assertEquals(String.format(Locale.ROOT, "r%02d", i + 1), relation.id());
            if (i > 0) {
                assertTrue(relation.evidence().get(0).start() >= relations.get(i - 1).evidence().get(0).start(),
                        relation.id() + " comes before " + relations.get(i - 1).id() + " in the article");
            }
        }
    }

    @Test
    void everyRelationTypeHasItsOwnColourReadableOnLightAndDark() {
        Set<String> colours = new HashSet<>();
        for (RelationType type : corpus().relationTypes()) {
            String colour = type.color().toUpperCase(Locale.ROOT);
            assertTrue(colour.matches("#[0-9A-F]{6}"), type.id() + ": colour " + colour);
            assertTrue(colours.add(colour), type.id() + " shares its colour " + colour + " with another type");
            assertTrue(contrast(colour, "#FFFFFF") >= 3.0, type.id() + " is too pale on white");
            assertTrue(contrast(colour, "#1E1E1E") >= 3.0, type.id() + " is too dark on a dark background");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Corpus corpus() {
        return result.corpus().orElseThrow(
                () -> new AssertionError("the seed corpus did not load:\n" + describe(result.problems())));
    }

    private static Article article() {
        List<Article> articles = corpus().articles();
        assertEquals(1, articles.size(), "the seed corpus holds one article");
        return articles.get(0);
    }

    private static List<Relation> relations() {
        return corpus().relations();
    }

    /** The relations between two states (persons rolled up into their states) of one type. */
    private static List<Relation> relations(String source, String target, String type) {
        return relations().stream()
                .filter(r -> r.typeId().equals(type) && stateOf(r.sourceId()).equals(source)
                        && stateOf(r.targetId()).equals(target))
                .toList();
    }

    private static String stateOf(String actorId) {
        return corpus().actor(actorId).flatMap(Actor::affiliationId).orElse(actorId);
    }

    private static String quote(TextSpan span) {
        return article().quote(span);
    }

    private static Predicate<Relation> quotes(String words) {
        return r -> r.evidence().stream().anyMatch(s -> quote(s).contains(words));
    }

    private static boolean hasMention(Article article, String actorId, String words) {
        return article.mentions().stream()
                .anyMatch(m -> m.actorId().equals(actorId) && article.quote(m.span()).equals(words));
    }

    private static boolean startsAndEndsOnWordBoundaries(String text, TextSpan span) {
        boolean startOk = span.start() == 0 || !Character.isLetterOrDigit(text.charAt(span.start() - 1));
        boolean endOk = span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end()));
        return startOk && endOk;
    }

    private static String ids(List<Relation> relations) {
        return relations.stream().map(Relation::id).toList().toString();
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Calls the visitor for every object with start and end under the element: mentions, evidence, cues. */
    private static void visitSpans(JsonElement element, String path, java.util.function.BiConsumer<String, JsonObject> visitor) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("start") && object.has("end")) {
                visitor.accept(path, object);
                return;
            }
            object.entrySet().forEach(e -> visitSpans(e.getValue(), path + "." + e.getKey(), visitor));
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                visitSpans(element.getAsJsonArray().get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    /** WCAG contrast ratio of two #RRGGBB colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}

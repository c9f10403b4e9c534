package org.actorgraph.io.importer;

import static org.actorgraph.io.importer.ImportFixtures.count;
import static org.actorgraph.io.importer.ImportFixtures.fixture;
import static org.actorgraph.io.importer.ImportFixtures.importPaths;
import static org.actorgraph.io.importer.ImportFixtures.validated;
import static org.actorgraph.io.importer.ImportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.actorgraph.io.Problem;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BratImporterTest {

    @TempDir
    Path dir;

    /**
     * T, R, E and A are what the .ann files hold (counted from their lines, and equal to the table of
     * the fixtures README). Mentions: the T entities that are not event triggers (one per event).
     * Relations: every R, every E except the Report events, which become attributions.
     */
    @ParameterizedTest
    @CsvSource({
            // file,                    T,  R, E,  A, mentions, actors, relations
            "000-introduction,          7,  2, 1,  5, 6,        6,      3",
            "060-relation_annotation,   10, 1, 0,  0, 10,       3,      1",
            "090-event_structures,      22, 0, 6,  0, 16,       5,      2",
            "100-attribute_annotation,  26, 0, 10, 6, 16,       4,      6",
            "110-note_annotation,       14, 2, 2,  0, 12,       6,      4"})
    void everyFixtureImportsWhatItHolds(String name, long t, long r, long e, long a, int mentions, int actors,
                                        int relations) {
        Path ann = fixture("brat/" + name + ".ann");
        assertEquals(t, count(ann, 'T'));
        assertEquals(r, count(ann, 'R'));
        assertEquals(e, count(ann, 'E'));
        assertEquals(a, count(ann, 'A'));

        ImportResult result = importPaths(ann);

        assertEquals(0, result.errorCount(), result.report());
        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals(1, corpus.articles().size());
        Article article = corpus.articles().get(0);
        assertEquals(mentions, article.mentions().size());
        assertEquals(actors, corpus.actors().size());
        assertEquals(relations, corpus.relations().size());
        assertEquals("brat", article.provenance().tool());
        assertEquals(name + ".ann", article.provenance().file());
    }

    @Test
    void theWholeFolderMergesActorsAcrossFiles() {
        ImportResult result = importPaths(fixture("brat"));

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals(5, corpus.articles().size());
        assertEquals(6 + 10 + 16 + 16 + 12, corpus.articles().stream().mapToInt(x -> x.mentions().size()).sum());
        assertEquals(16, corpus.relations().size());
        // Google and YouTube appear in three files, Wikinews in one: one actor each.
        assertEquals(20, corpus.actors().size());
        assertTrue(result.summary().startsWith("Imported 5 articles, 20 actors and 16 relations"), result.summary());
    }

    @Test
    void eventsNormalisationsNotesAndEquivalences() {
        Corpus corpus = importPaths(fixture("brat")).corpus().orElseThrow();

        // E1 Transfer-money: Giver → source, Beneficiary (first patient-like role) → target; the rest in the note.
        Relation transfer = corpus.relations().get(0);
        assertEquals("citibank", transfer.sourceId());
        assertEquals("raul_salinas_de_gortari", transfer.targetId());
        assertEquals("also Money-Arg: $100 million; also Recipient-Arg: banks", transfer.note());
        // N1 gives the id and the name; the annotated text becomes an alias.
        assertEquals("Carlos Salinas de Gortari", corpus.requireActor("Wikipedia:64488").name());
        assertEquals(List.of("former Mexican president"), corpus.requireActor("Wikipedia:64488").aliases());
        // #1 on an entity: a note of the article.
        assertEquals(List.of("100000000 USD"), corpus.requireArticle("000-introduction").notes());
        // * Alias T3 T4 T5: one actor.
        assertEquals(List.of("Jo Rowling", "J. K. Rowling"), corpus.requireActor("joanne_rowling").aliases());
        // Report events become attributions with their trigger as the cue; a chain is kept in the note.
        List<Relation> merges = corpus.relations().stream()
                .filter(x -> x.articleId().equals("090-event_structures")).toList();
        assertEquals("Wikinews", merges.get(0).attribution().by());
        Article events = corpus.requireArticle("090-event_structures");
        assertEquals("reported", events.quote(merges.get(0).attribution().cue()));
        assertEquals("passed on by Reddit (posted), then My friend (told)", merges.get(1).note());
        // A2 Confidence E2 Low.
        Relation lowConfidence = corpus.relations().stream()
                .filter(x -> x.articleId().equals("100-attribute_annotation")).findFirst().orElseThrow();
        assertEquals(Status.SPECULATIVE, lowConfidence.status());
        // #3 on R1 is the relation's note; evidence is the sentence.
        Relation family = corpus.relations().stream()
                .filter(x -> x.articleId().equals("110-note_annotation") && x.typeId().equals("family"))
                .findFirst().orElseThrow();
        assertEquals("Should this be marked? It's not explicitly stated.", family.note());
        Article notes = corpus.requireArticle("110-note_annotation");
        assertTrue(notes.quote(family.evidence().get(0)).startsWith("3 ) Orville Wright and Wilbur Wright"));
    }

    @Test
    void offsetsCountCodePointsAndAreConvertedToUtf16() {
        // "😀" is one code point but two UTF-16 code units, so every later offset shifts by one.
        String text = "😀 Северная Корея и 북한: Россия получит снаряды.\r\nПхеньян 🚀 молчит.";
        write(dir, "doc.txt", text);
        int russia = text.codePointCount(0, text.indexOf("Россия"));
        int korea = text.codePointCount(0, text.indexOf("북한"));
        int pyongyang = text.codePointCount(0, text.indexOf("Пхеньян"));
        Path ann = write(dir, "doc.ann", "T1\tCountry " + korea + " " + (korea + 2) + "\t북한\n"
                + "T2\tCountry " + russia + " " + (russia + 6) + "\tРоссия\n"
                + "T3\tCountry " + pyongyang + " " + (pyongyang + 7) + "\tПхеньян\n"
                + "R1\tArms_supply Arg1:T1 Arg2:T2\t\n");

        ImportResult result = importPaths(ann);

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        Article article = corpus.articles().get(0);
        assertEquals(text, article.text(), "the text is kept byte for byte, \\r included");
        assertEquals("북한", article.quote(article.mentions().get(0).span()));
        assertEquals("Россия", article.quote(article.mentions().get(1).span()));
        assertEquals("Пхеньян", article.quote(article.mentions().get(2).span()));
        // The mapping knows the Korean and Cyrillic names.
        assertEquals("PRK", article.mentions().get(0).actorId());
        assertEquals("RUS", article.mentions().get(1).actorId());
        Relation relation = corpus.relations().get(0);
        assertEquals("arms_supply", relation.typeId());
        assertEquals("😀 Северная Корея и 북한: Россия получит снаряды.", article.quote(relation.evidence().get(0)));
    }

    @Test
    void discontinuousEntitiesGiveOneMentionPerFragment() {
        String text = "North and South Korea met.";
        write(dir, "d.txt", text);
        Path ann = write(dir, "d.ann", "T1\tCountry 0 5;16 21\tNorth Korea\nT2\tCountry 10 21\tSouth Korea\n"
                + "R1\tMeeting Arg1:T1 Arg2:T2\t\n");

        Corpus corpus = importPaths(ann).corpus().orElseThrow();

        Article article = corpus.articles().get(0);
        assertEquals(List.of(new TextSpan(0, 5), new TextSpan(16, 21), new TextSpan(10, 21)),
                article.mentions().stream().map(m -> m.span()).toList());
        assertEquals("PRK", article.mentions().get(0).actorId());
        assertEquals("KOR", article.mentions().get(2).actorId());
        assertEquals("meeting", corpus.relations().get(0).typeId());
    }

    @Test
    void malformedLinesAreReportedWithFileAndLineAndTheRestIsImported() {
        write(dir, "bad.txt", "Russia warned Ukraine. Iran supplies Russia.");
        Path ann = write(dir, "bad.ann", String.join("\n",
                "T1\tCountry 0 6\tRussia",
                "T2\tCountry 14 21\tUkraine",
                "T3\tCountry 0 6\tIran",          // line 3: text disagrees and "Iran" is found at 23
                "T4\tCountry 37 43\tRussia",
                "T5\tCountry 30 x\tbroken",       // line 5: bad offset
                "T6\tCountry 40 400\tfar",        // line 6: outside the text
                "T7\tCountry 0 6\tChina",         // line 7: text nowhere in the .txt
                "R1\tWarning Arg1:T1 Arg2:T2\t",
                "R2\tArms_supply Arg1:T3 Arg2:T9\t", // line 9: unknown argument
                "Q1\twhat",                       // line 10: unknown kind of line
                "R3\tArms_supply Arg1:T3 Arg2:T4\t",
                "A1\tStatus R3 Alleged",
                "A2\tNegation R1",
                ""));

        ImportResult result = importPaths(ann);

        List<String> places = result.problems().stream().map(p -> p.file() + ":" + p.location())
                .sorted(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.substring(s.indexOf(':') + 1)))).toList();
        assertEquals(List.of("bad.ann:3", "bad.ann:5", "bad.ann:6", "bad.ann:7", "bad.ann:9", "bad.ann:10"), places,
                result.report());
        assertFalse(result.problems().get(0).isError(), "a shifted span found nearby is a warning");
        assertTrue(result.problems().get(0).message().contains("\"Iran\""), result.report());
        assertTrue(result.problems().stream().skip(1).allMatch(Problem::isError));
        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals(2, corpus.relations().size());
        assertTrue(corpus.relations().get(0).negated());
        assertEquals(Status.ALLEGED, corpus.relations().get(1).status());
        assertEquals("IRN", corpus.relations().get(1).sourceId());
    }

    @Test
    void unmappedLabelsBecomeTypesAndActorsWithAWarning() {
        write(dir, "u.txt", "Acme sold widgets to Globex.");
        Path ann = write(dir, "u.ann", "T1\tCompany_X 0 4\tAcme\nT2\tCompany_X 21 27\tGlobex\nR1\tSells_to Arg1:T1 Arg2:T2\t\n");

        ImportResult result = importPaths(ann);

        Corpus corpus = result.corpus().orElseThrow();
        assertEquals("Sells_to", corpus.requireType("sells_to").label());
        assertEquals(2, corpus.actors().size());
        assertEquals(2, result.warningCount(), result.report());
        assertNull(corpus.relations().get(0).note());
    }

    @Test
    void aTxtWithoutItsAnnIsReportedNotImported() {
        Path txt = write(dir, "lonely.txt", "Nothing here.");

        ImportResult result = importPaths(txt);

        assertTrue(result.corpus().isEmpty());
        assertEquals(1, result.problems().size(), result.report());
    }
}

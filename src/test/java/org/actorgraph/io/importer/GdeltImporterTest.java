package org.actorgraph.io.importer;

import static org.actorgraph.io.importer.ImportFixtures.validated;
import static org.actorgraph.io.importer.ImportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.io.ProgressListener;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT rows built from the documented columns (fixtures/gdelt/gdelt2-events.columns-documented.csv
 * for 2.0, gdelt1-events.column-names.tsv for 1.0); the fixtures hold no event rows.
 */
class GdeltImporterTest {

    @TempDir
    Path dir;

    /** A row of {@code columns} columns with the fields every version shares. */
    static String row(int columns, String id, String date, String a1, String a1Name, String a1Country, String a2,
                      String a2Name, String a2Country, String eventCode, String goldstein, int mentions, String tone,
                      String url) {
        String[] c = new String[columns];
        Arrays.fill(c, "");
        c[0] = id;
        c[1] = date;
        c[2] = date.substring(0, 6);
        c[3] = date.substring(0, 4);
        c[5] = a1;
        c[6] = a1Name;
        c[7] = a1Country;
        c[15] = a2;
        c[16] = a2Name;
        c[17] = a2Country;
        c[25] = "1";
        c[26] = eventCode;
        c[27] = eventCode.length() > 3 ? eventCode.substring(0, 3) : eventCode;
        c[28] = eventCode.substring(0, 2);
        c[29] = "1";
        c[30] = goldstein;
        c[31] = String.valueOf(mentions);
        c[32] = "1";
        c[33] = String.valueOf(mentions);
        c[34] = tone;
        if (columns == 61) {
            c[59] = date + "120000";
            c[60] = url;
        } else if (columns == 58) {
            c[56] = date;
            c[57] = url;
        } else {
            c[56] = date;
        }
        return String.join("\t", c);
    }

    @Test
    void gdelt2RowsMapActorsTypesDatesAndMeasures() {
        Path file = write(dir, "20230913000000.export.CSV", String.join("\n",
                row(61, "1001", "20230913", "PRKGOV", "NORTH KOREA", "PRK", "RUSMIL", "RUSSIA", "RUS", "042", "1.9", 12,
                        "-2.5", "https://www.example.com/kim-visit"),
                row(61, "1002", "20230913", "USA", "UNITED STATES", "USA", "PRK", "NORTH KOREA", "PRK", "130", "-4.4", 3,
                        "-6", "https://www.example.com/warning"),
                row(61, "1003", "20230913", "RUS", "RUSSIA", "RUS", "", "", "", "010", "0", 1, "0", "https://x.org/a"),
                row(61, "1004", "20230914", "PRK", "NORTH KOREA", "PRK", "RUS", "RUSSIA", "RUS", "0721", "7.4", 5, "1.5",
                        "https://www.example.com/kim-visit"),
                row(61, "1005", "20230914", "SWE", "SWEDEN", "SWE", "IGOUNO", "UNITED NATIONS", "", "051", "3.4", 2, "1",
                        "https://y.org/b"),
                "1006\tnot enough columns",
                row(61, "1007", "20230914", "PRK", "NORTH KOREA", "PRK", "RUS", "RUSSIA", "RUS", "07x", "7.4", 5, "1.5",
                        "https://y.org/c"),
                ""));

        ImportResult result = ImportFixtures.importPaths(file);

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        List<Relation> relations = corpus.relations();
        assertEquals(4, relations.size(), result.report());
        Relation visit = relations.get(0);
        assertEquals("PRK", visit.sourceId(), "PRKGOV is the state PRK");
        assertEquals("RUS", visit.targetId(), "RUSMIL is the state RUS");
        assertEquals("visit", visit.typeId(), "CAMEO 042 with its leading zero");
        assertEquals(Status.REPORTED, visit.status());
        assertEquals("2023-09-13", visit.date().text());
        assertEquals(Map.of("GoldsteinScale", 1.9, "NumMentions", 12.0, "NumSources", 1.0, "NumArticles", 12.0,
                "AvgTone", -2.5), visit.measures());
        assertEquals("https://www.example.com/kim-visit", corpus.requireArticle(visit.articleId()).text());
        assertEquals("example.com", corpus.requireArticle(visit.articleId()).outlet());
        // Relations are listed article by article: the 0721 event shares the visit's source URL.
        assertEquals("arms_supply", relations.get(1).typeId(), "0721 falls back to its base code 072");
        assertEquals(visit.articleId(), relations.get(1).articleId(), "one article per source URL");
        assertEquals("warning", relations.get(2).typeId());
        assertEquals("SWE", relations.get(3).sourceId());
        assertEquals("Sweden", corpus.requireActor("SWE").name());
        assertEquals("UN", relations.get(3).targetId());
        assertEquals(3, corpus.articles().size(), "rows that are not imported make no article");

        List<String> problems = result.problems().stream().map(p -> p.location() + " " + p.severity()).toList();
        assertEquals(List.of("5 WARNING", "6 ERROR", "7 ERROR", "3 WARNING"), problems, result.report());
        assertTrue(result.problems().get(3).message().startsWith("1 event has fewer than two actors"), result.report());
    }

    @Test
    void theVersionIsTheColumnCount() {
        assertEquals("2.0", GdeltImporter.version(61));
        assertEquals("1.0", GdeltImporter.version(58));
        assertEquals("1.0 (before April 2013)", GdeltImporter.version(57));
        Path v1 = write(dir, "20130401.export.CSV", row(58, "1", "20130401", "USA", "UNITED STATES", "USA", "CHN",
                "CHINA", "CHN", "111", "-2", 4, "-1", "http://news.example/a") + "\n");
        Path v0 = write(dir, "20130301.export.CSV", row(57, "2", "20130301", "CHN", "CHINA", "CHN", "USA",
                "UNITED STATES", "USA", "0871", "3", 1, "2", null) + "\n");
        assertTrue(GdeltImporter.looksLikeGdelt(v1));
        assertEquals(Importer.Format.GDELT, Importer.detect(v0));

        Corpus corpus = validated(ImportFixtures.importPaths(v1, v0).corpus().orElseThrow(), dir);

        assertEquals("accusation", corpus.relations().get(0).typeId());
        assertEquals("http://news.example/a", corpus.articles().get(0).url());
        assertEquals("yield", corpus.relations().get(1).typeId(), "0871 falls back to its root 08");
        assertEquals("20130301.export.CSV", corpus.articles().get(1).text(), "no SOURCEURL before April 2013");
    }

    @Test
    void mixedVersionsInOneFileAreReported() {
        Path file = write(dir, "mixed.csv", row(61, "1", "20230913", "USA", "US", "USA", "CHN", "CHINA", "CHN", "040", "1", 1,
                "0", "https://a") + "\n" + row(58, "2", "20230913", "USA", "US", "USA", "CHN", "CHINA", "CHN", "040", "1", 1,
                "0", "https://b") + "\n");

        ImportResult result = ImportFixtures.importPaths(file);

        assertEquals(1, result.corpus().orElseThrow().relations().size());
        assertEquals("2", result.problems().get(0).location());
    }

    @Test
    void aggregationFoldsEventsByActorsAndRoot() {
        List<String> rows = new ArrayList<>();
        rows.add(row(61, "1", "20230910", "PRK", "NORTH KOREA", "PRK", "RUS", "RUSSIA", "RUS", "042", "2", 10, "-1", "https://a"));
        rows.add(row(61, "2", "20230912", "PRKGOV", "NORTH KOREA", "PRK", "RUS", "RUSSIA", "RUS", "043", "4", 20, "-3", "https://b"));
        rows.add(row(61, "3", "20230912", "PRK", "NORTH KOREA", "PRK", "RUS", "RUSSIA", "RUS", "040", "0", 5, "1", "https://a"));
        rows.add(row(61, "4", "20230912", "RUS", "RUSSIA", "RUS", "PRK", "NORTH KOREA", "PRK", "042", "2", 1, "0", "https://c"));
        Path file = write(dir, "agg.CSV", String.join("\n", rows) + "\n");

        ImportResult result = new Importer().importPaths(List.of(file), new Importer.Options(true, "Aggregated"),
                ProgressListener.NONE, CancellationToken.NONE);

        Corpus corpus = validated(result.corpus().orElseThrow(), dir);
        assertEquals("Aggregated", corpus.title());
        assertEquals(2, corpus.relations().size());
        Relation folded = corpus.relations().get(0);
        assertEquals("communication", folded.typeId(), "CAMEO root 04");
        assertEquals("2023-09-10/2023-09-12", folded.date().text());
        assertEquals(3.0, folded.measures().get("Events"));
        assertEquals(35.0, folded.measures().get("NumMentions"));
        assertEquals(2.0, folded.measures().get("GoldsteinScale"));
        assertEquals(-1.0, folded.measures().get("AvgTone"));
        assertEquals("https://a\nhttps://b", corpus.requireArticle(folded.articleId()).text());
        assertEquals(2, folded.evidence().size());
    }

    @Test
    void progressIsReportedAndCancellationStopsTheImport() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            rows.append(row(61, String.valueOf(i), "20230913", "USA", "US", "USA", "CHN", "CHINA", "CHN", "040", "1", 1,
                    "0", "https://a/" + (i % 100))).append('\n');
        }
        Path file = write(dir, "big.CSV", rows.toString());
        List<Long> done = new ArrayList<>();

        ImportResult result = new Importer().importPaths(List.of(file), Importer.Options.DEFAULT,
                (d, total, message) -> done.add(d), CancellationToken.NONE);

        assertEquals(12_000, result.corpus().orElseThrow().relations().size());
        assertTrue(done.size() >= 3, done.toString());
        int[] asked = {0};
        assertThrows(CancellationException.class, () -> new Importer().importPaths(List.of(file),
                Importer.Options.DEFAULT, ProgressListener.NONE, () -> ++asked[0] > 3));
    }
}

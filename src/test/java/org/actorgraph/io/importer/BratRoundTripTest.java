package org.actorgraph.io.importer;

import static org.actorgraph.io.importer.ImportFixtures.fixture;
import static org.actorgraph.io.importer.ImportFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat → corpus → brat → corpus gives the same corpus, compared as the written corpus file. */
class BratRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theFixturesSurviveAnExportAndAnotherImport() throws IOException {
        Corpus first = titled(fixture("brat"));

        Path exported = dir.resolve("exported");
        List<String> problems = new BratExporter().write(first, exported);
        Corpus second = titled(exported);

        assertEquals(List.of(), problems);
        assertEquals(Files.readString(fixture("brat/090-event_structures.txt")),
                Files.readString(exported.resolve("090-event_structures.txt")));
        assertEquals(json(first), json(second));
    }

    @Test
    void nonAsciiTextStatusesNegationAndNotesSurvive() throws IOException {
        String text = "😀 Пхеньян 🚀 отправит снаряды в Россию, заявил 김정은.\r\nМосква отрицает.";
        write(dir, "k.txt", text);
        int pyongyang = text.codePointCount(0, text.indexOf("Пхеньян"));
        int russia = text.codePointCount(0, text.indexOf("Россию"));
        int kim = text.codePointCount(0, text.indexOf("김정은"));
        int said = text.codePointCount(0, text.indexOf("заявил"));
        int moscow = text.codePointCount(0, text.indexOf("Москва"));
        write(dir, "k.ann", String.join("\n",
                "T1\tGPE " + pyongyang + " " + (pyongyang + 7) + "\tПхеньян",
                "T2\tGPE " + russia + " " + (russia + 6) + "\tРоссию",
                "T3\tPerson " + kim + " " + (kim + 3) + "\t김정은",
                "T4\tSupply " + (pyongyang + 10) + " " + (pyongyang + 18) + "\tотправит",
                "E1\tArms_supply:T4 Supplier:T1 Recipient:T2",
                "T5\tReport " + said + " " + (said + 6) + "\tзаявил",
                "E2\tReport:T5 Reporter-Arg:T3 Event-Arg:E1",
                "A1\tStatus E1 Planned",
                "T6\tGPE " + moscow + " " + (moscow + 6) + "\tМосква",
                "R1\tSupport Arg1:T6 Arg2:T1\t",
                "A2\tNegation R1",
                "#1\tAnnotatorNotes R1\tденies it",
                "#2\tAnnotatorNotes T3\tname in Hangul",
                ""));
        Corpus first = titled(dir.resolve("k.ann"));

        Path exported = dir.resolve("out");
        new BratExporter().write(first, exported);
        Corpus second = titled(exported);

        assertEquals(json(first), json(second));
        assertEquals("김정은", second.relations().get(0).attribution().by());
        assertEquals(text, second.articles().get(0).text());
    }

    /** Imported with a fixed title (the default title names the folder). */
    private static Corpus titled(Path path) {
        return new Importer().importPaths(List.of(path), new Importer.Options(false, "Round trip"),
                org.actorgraph.io.ProgressListener.NONE, org.actorgraph.io.CancellationToken.NONE).corpus().orElseThrow();
    }

    private static String json(Corpus corpus) {
        return new CorpusWriter().toJson(corpus);
    }
}

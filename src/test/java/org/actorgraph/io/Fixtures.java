package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;
import org.actorgraph.model.Corpus;

/** A small valid corpus to break in tests, and helpers to read and compare corpora. */
final class Fixtures {

    static final String FILE = "test.actorgraph.json";

    /** The article text is 59 code units long; offsets of the spans are noted next to them. */
    static final String VALID = """
            {
              "format": "actorgraph-corpus",
              "version": 1,
              "title": "Arms talks",
              "actors": [
                {"id": "PRK", "name": "North Korea", "kind": "state", "aliases": ["DPRK"]},
                {"id": "RUS", "name": "Russia", "kind": "state"},
                {"id": "kim", "name": "Kim Jong-un", "kind": "person", "affiliation": "PRK"}
              ],
              "relationTypes": [
                {"id": "arms_supply", "label": "Arms supply", "color": "#D62728", "cameo": ["072"]}
              ],
              "articles": [
                {
                  "id": "a1", "title": "Shells for Russia", "outlet": "Wire", "date": "2023-09", "url": null,
                  "text": "North Korea will supply Russia with shells, officials said.",
                  "mentions": [
                    {"actor": "PRK", "start": 0, "end": 11, "text": "North Korea"},
                    {"actor": "RUS", "start": 24, "end": 30, "text": "Russia"}
                  ],
                  "relations": [
                    {
                      "id": "r1", "source": "PRK", "target": "RUS", "type": "arms_supply", "status": "expected",
                      "date": "2023-09-10/2023-09-13",
                      "attribution": {"by": "officials", "cue": {"start": 44, "end": 58, "text": "officials said"}},
                      "evidence": [{"start": 0, "end": 42, "text": "North Korea will supply Russia with shells"}],
                      "note": "unconfirmed"
                    }
                  ]
                }
              ]
            }
            """;

    private Fixtures() {
    }

    static LoadResult read(String json) {
        return new CorpusReader().read(new StringReader(json), FILE);
    }

    /** The VALID corpus with one exact piece of text replaced; fails if it does not occur exactly once. */
    static String validWith(String original, String replacement) {
        return replaceOnce(VALID, original, replacement);
    }

    static String replaceOnce(String json, String original, String replacement) {
        int first = json.indexOf(original);
        assertEquals(true, first >= 0 && json.indexOf(original, first + 1) < 0,
                "the fixture must contain exactly once: " + original);
        return json.substring(0, first) + replacement + json.substring(first + original.length());
    }

    /**
     * Every field of every element of the corpus, record by record. The model's records compare by
     * id only, so a round trip needs this to compare content.
     */
    static String dump(Corpus corpus) {
        return "title=" + corpus.title() + "\n" + dump(corpus.actors()) + "\n" + dump(corpus.relationTypes()) + "\n"
                + dump(corpus.articles()) + "\n" + dump(corpus.relations());
    }

    private static String dump(Object value) {
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    out.append(component.getName()).append('=').append(dump(component.getAccessor().invoke(record)))
                            .append(", ");
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return out.append(')').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Fixtures::dump).collect(Collectors.joining(",\n ", "[", "]"));
        }
        return String.valueOf(value);
    }
}

package org.actorgraph.io;

import static org.actorgraph.io.Fixtures.validWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.actorgraph.bench.CorpusGenerator;
import org.actorgraph.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CorpusReader} decodes the articles while they are parsed ({@link CorpusDecoder#streaming});
 * it must give exactly what decoding the whole parsed tree gives ({@link CorpusDecoder#decode}): the
 * same problems in the same order and the same corpus, for valid files, for every kind of broken
 * file and for files whose sections come in another order.
 */
class StreamingDecodeTest {

    private static final Path SEED = Path.of("assets", "corpora", "seed.actorgraph.json");

    /** The reference: the whole file parsed into one tree, then decoded. */
    private static LoadResult wholeTree(String json) {
        Problems problems = new Problems(Fixtures.FILE);
        JsonElement root = StrictJsonParser.parse(json, problems);
        Corpus corpus = root == null ? null : CorpusDecoder.decode(root, problems);
        return new LoadResult(Fixtures.FILE, problems.hasErrors() ? null : corpus, problems.list());
    }

    private static LoadResult assertSameAsWholeTree(String json) {
        LoadResult expected = wholeTree(json);
        LoadResult actual = Fixtures.read(json);
        assertEquals(expected.problems(), actual.problems(), () -> "input:\n" + json);
        assertEquals(expected.corpus().map(Fixtures::dump), actual.corpus().map(Fixtures::dump), () -> "input:\n" + json);
        return actual;
    }

    private static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void seedCorpus() throws IOException {
        String seed = seed();
        assertTrue(Fixtures.read(seed).isValid());
        assertSameAsWholeTree(seed);
    }

    @Test
    void generatedCorpus() {
        String json = new CorpusWriter().toJson(CorpusGenerator.generate(40, 30, 200, 7L));
        assertTrue(Fixtures.read(json).isValid());
        assertSameAsWholeTree(json);
    }

    static Stream<Arguments> syntaxErrors() {
        return MalformedJsonTest.mistakes().map(arguments -> Arguments.of(arguments.get()[0], arguments.get()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void syntaxErrors(String mistake, String json) {
        assertSameAsWholeTree(json);
    }

    /** The top-level fields of the valid fixture as they are written there, each without a trailing comma. */
    private record Parts(String header, String actors, String types, String articles) {

        static Parts ofValid() {
            String valid = Fixtures.VALID;
            int actors = valid.indexOf("\"actors\"");
            int types = valid.indexOf("\"relationTypes\"");
            int articles = valid.indexOf("\"articles\"");
            return new Parts(valid.substring(valid.indexOf('{') + 1, actors).strip(),
                    withoutComma(valid.substring(actors, types)), withoutComma(valid.substring(types, articles)),
                    valid.substring(articles, valid.lastIndexOf('}')).strip());
        }

        private static String withoutComma(String field) {
            String s = field.strip();
            return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
        }

        /** The header (format, version, title, with its comma) and then the given fields. */
        String document(String... fields) {
            return "{\n  " + header + "\n  " + String.join(",\n  ", fields) + "\n}\n";
        }
    }

    static Stream<Arguments> brokenContent() {
        String valid = Fixtures.VALID;
        Parts parts = Parts.ofValid();
        String secondArticle = """
                ,
                    {
                      "id": "a2", "title": "Again", "text": "Russia again.",
                      "relations": [
                        {"id": "r1", "source": "RUS", "target": "PRK", "type": "arms_supply", "status": "reported",
                         "evidence": [{"start": 0, "end": 6, "text": "Russia"}]}
                      ]
                    }
                  ]
                }
                """;
        String twoArticles = valid.substring(0, valid.lastIndexOf("}\n  ]") + 1) + secondArticle;
        return Stream.of(
                Arguments.of("valid", valid),
                Arguments.of("missing name", validWith("\"name\": \"Russia\", ", "")),
                Arguments.of("missing type", validWith("\"type\": \"arms_supply\", ", "")),
                Arguments.of("null id", validWith("\"id\": \"a1\", ", "\"id\": null, ")),
                Arguments.of("string offset", validWith("\"start\": 24,", "\"start\": \"24\",")),
                Arguments.of("fractional offset", validWith("\"end\": 30,", "\"end\": 30.5,")),
                Arguments.of("offset written 30.0", validWith("\"end\": 30,", "\"end\": 30.0,")),
                Arguments.of("huge offset", validWith("\"end\": 30,", "\"end\": 30000000000000000000000,")),
                Arguments.of("exponent offset", validWith("\"end\": 30,", "\"end\": 3e1,")),
                Arguments.of("negative offset", validWith("\"start\": 24,", "\"start\": -24,")),
                Arguments.of("span past the end", validWith("\"end\": 42,", "\"end\": 420,")),
                Arguments.of("version as string", validWith("\"version\": 1", "\"version\": \"1\"")),
                Arguments.of("newer version", validWith("\"version\": 1,", "\"version\": 2,").replace("\"PRK\"", "\"P\"")),
                Arguments.of("version 0", validWith("\"version\": 1,", "\"version\": 0,")),
                Arguments.of("no version", validWith("\"version\": 1,", "").replace("\"#D62728\"", "\"red\"")),
                Arguments.of("another format", validWith("\"actorgraph-corpus\"", "\"geojson\"")),
                Arguments.of("no format", validWith("\"format\": \"actorgraph-corpus\",", "")),
                Arguments.of("unknown fields", validWith("\"color\": \"#D62728\"", "\"colour\": \"#D62728\", \"color\": \"#D62728\"")
                        .replace("\"title\": \"Arms talks\",", "\"title\": \"Arms talks\", \"editor\": \"me\",")),
                Arguments.of("unknown references", validWith("\"source\": \"PRK\"", "\"source\": \"PRKK\"")
                        .replace("\"actor\": \"RUS\"", "\"actor\": \"RU\"").replace("\"type\": \"arms_supply\"", "\"type\": \"arms\"")),
                Arguments.of("duplicate actor id", validWith("{\"id\": \"RUS\"", "{\"id\": \"PRK\"")),
                Arguments.of("duplicate relation id", twoArticles),
                Arguments.of("duplicate article id", twoArticles.replace("\"id\": \"a2\"", "\"id\": \"a1\"")),
                Arguments.of("duplicate field in an article", validWith("\"outlet\": \"Wire\"", "\"outlet\": \"Wire\", \"outlet\": 3")),
                Arguments.of("duplicate articles", validWith("\"format\":", "\"articles\": [1],\n  \"format\":")),
                Arguments.of("articles twice after the first", valid.substring(0, valid.lastIndexOf('}'))
                        + ", \"articles\": [{\"id\": 1}]}"),
                Arguments.of("actors twice", validWith("\"relationTypes\":", "\"actors\": 5, \"relationTypes\":")),
                Arguments.of("articles not an array", validWith("\"articles\": [", "\"articles\": {\"x\": [").replace("}\n  ]\n}", "}\n  ]}\n}")),
                Arguments.of("articles null", parts.document(parts.actors(), parts.types(), "\"articles\": null")),
                Arguments.of("actors not an array", parts.document("\"actors\": 3", parts.types(), parts.articles())),
                Arguments.of("actors null", parts.document("\"actors\": null", parts.types(), parts.articles())),
                Arguments.of("no actors", parts.document(parts.types(), parts.articles())),
                Arguments.of("no relation types", parts.document(parts.actors(), parts.articles())),
                Arguments.of("no articles", parts.document(parts.actors(), parts.types())),
                Arguments.of("articles first", parts.document(parts.articles(), parts.actors(), parts.types())),
                Arguments.of("articles between", parts.document(parts.actors(), parts.articles(), parts.types())),
                Arguments.of("types first", parts.document(parts.types(), parts.actors(), parts.articles())),
                Arguments.of("articles first, broken", parts.document(parts.articles().replace("\"PRK\"", "\"X\""),
                        parts.actors(), parts.types())),
                Arguments.of("title after the articles, wrong type", parts.document(parts.actors(), parts.types(),
                        parts.articles(), "\"title\": 5").replace("\"title\": \"Arms talks\",", "")),
                Arguments.of("unknown field after the articles", parts.document(parts.actors(), parts.types(),
                        parts.articles(), "\"editor\": \"me\"")),
                Arguments.of("format after the articles", parts.document(parts.actors(), parts.types(),
                        parts.articles(), "\"format\": \"geojson\"").replace("\"format\": \"actorgraph-corpus\",", "")),
                Arguments.of("newer version after the articles", parts.document(parts.actors(), parts.types(),
                        parts.articles().replace("\"RUS\"", "\"X\""), "\"version\": 3").replace("\"version\": 1,", "")),
                Arguments.of("root is an array", "[" + valid + "]"),
                Arguments.of("syntax error after a broken article", twoArticles.replace("\"id\": \"a2\"", "\"id\": \"a1\"")
                        .replace("\"Russia again.\",", "\"Russia again.\"")),
                Arguments.of("syntax error at the end", valid.substring(0, valid.lastIndexOf(']')) + "}"),
                Arguments.of("many problems together", validWith("\"kind\": \"person\"", "\"kind\": \"leader\"")
                        .replace("\"color\": \"#D62728\"", "\"color\": \"red\"")
                        .replace("\"source\": \"PRK\"", "\"source\": \"PRKK\"")
                        .replace("\"text\": \"officials said\"", "\"text\": \"officials say\"")
                        .replace("\"end\": 42,", "\"end\": 420,")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenContent")
    void brokenContent(String mistake, String json) {
        assertSameAsWholeTree(json);
    }

    @Test
    void sectionsInAnotherOrderStillLoad() {
        List<Arguments> cases = brokenContent().toList();
        for (Arguments arguments : cases) {
            String name = (String) arguments.get()[0];
            if (name.equals("articles first") || name.equals("articles between") || name.equals("types first")) {
                LoadResult result = Fixtures.read((String) arguments.get()[1]);
                assertTrue(result.isValid(), name + ": " + result.report());
                assertEquals(1, result.requireCorpus().relations().size(), name);
            }
        }
    }

    /**
     * Thousands of small random edits of valid files: a character deleted, doubled or replaced by
     * one that matters to JSON or to the content. Every edit must give the same result both ways.
     */
    @Test
    void randomEdits() throws IOException {
        Random random = new Random(20261128L);
        String generated = new CorpusWriter().toJson(CorpusGenerator.generate(3, 6, 8, 3L));
        List<String> bases = List.of(Fixtures.VALID, generated, seed());
        String replacements = "{}[]:,\"0123456789-.e tnfaxPRK\\";
        int invalid = 0;
        for (int i = 0; i < 3_000; i++) {
            String base = bases.get(i % 30 == 0 ? 2 : i % 2); // the seed is larger and slower: one edit in 30
            int at = random.nextInt(base.length());
            String edited = switch (random.nextInt(3)) {
                case 0 -> base.substring(0, at) + base.substring(at + 1);
                case 1 -> base.substring(0, at) + base.charAt(at) + base.substring(at);
                default -> base.substring(0, at) + replacements.charAt(random.nextInt(replacements.length()))
                        + base.substring(at + 1);
            };
            if (!assertSameAsWholeTree(edited).problems().isEmpty()) {
                invalid++;
            }
        }
        assertFalse(invalid < 1_000, "the edits should mostly break the files: " + invalid);
    }

    @Test
    void cutOffFiles() {
        String json = Fixtures.VALID;
        List<String> prefixes = new ArrayList<>();
        for (int length = 0; length < json.length(); length += 7) {
            prefixes.add(json.substring(0, length));
        }
        prefixes.forEach(prefix -> assertSameAsWholeTree(prefix));
    }
}

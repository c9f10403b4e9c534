package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.RelationType;

/**
 * Turns a parsed JSON tree into a {@link Corpus}, reporting every problem in its content. Sections
 * are read in dependency order (actors, relation types, articles) so that references can be checked
 * against the ids already defined.
 *
 * <p>{@link #streaming} decodes the articles while the parser reads them, one article tree at a
 * time, when the actors and relation types come before them in the file (as the writer writes it);
 * otherwise it decodes the whole tree at the end. Either way the problems and the corpus are the
 * same as {@link #decode(JsonElement, Problems)} gives for the whole tree, in the same order.
 */
final class CorpusDecoder {

    private final Problems problems;
    private final IdRegistry actorIds;
    private final IdRegistry typeIds;
    private final IdRegistry articleIds;
    private final IdRegistry relationIds;
    private final ArticleSection.Step step;

    private CorpusDecoder(Problems problems, ArticleSection.Step step) {
        this.problems = problems;
        this.step = step;
        this.actorIds = new IdRegistry("actor", "$.actors", problems);
        this.typeIds = new IdRegistry("relation type", "$.relationTypes", problems);
        this.articleIds = new IdRegistry("article", "$.articles", problems);
        this.relationIds = new IdRegistry("relation", "$.articles[*].relations", problems);
    }

    /** @return the corpus, or null when an error was reported */
    static Corpus decode(JsonElement root, Problems problems) {
        return decode(root, problems, NO_STEP);
    }

    /**
     * @param step told before every article how many of them have been read
     * @return the corpus, or null when an error was reported
     */
    static Corpus decode(JsonElement root, Problems problems, ArticleSection.Step step) {
        return new CorpusDecoder(problems, step).decode(root);
    }

    private static final ArticleSection.Step NO_STEP = (done, total) -> { };

    /**
     * A decoder to pass to {@link StrictJsonParser#parse(String, Problems, StrictJsonParser.ElementSink)},
     * then to {@link Streaming#finish} with the root the parser returns.
     */
    static Streaming streaming(Problems problems) {
        return new Streaming(problems);
    }

    private Corpus decode(JsonElement root) {
        if (!root.isJsonObject()) {
            problems.error(JsonPath.ROOT, "expected a JSON object {\"format\": \"" + CorpusFormat.FORMAT_NAME
                    + "\", \"version\": " + CorpusFormat.VERSION + ", \"actors\": [...], ...}, found "
                    + Describe.found(root));
            return null;
        }
        JsonFields top = new JsonFields(root.getAsJsonObject(), JsonPath.ROOT, CorpusFormat.CORPUS, problems);
        // A file of another kind, or of a newer version, cannot be interpreted field by field: report
        // that alone instead of burying it under the consequences.
        if (!checkHeader(top)) {
            return null;
        }
        String title = top.string("title");
        List<Actor> actors = actors(top);
        List<RelationType> types = relationTypes(top);
        ArticleSection articleSection = articleSection();
        List<Article> articles = section(top, "articles", articleIds, articleSection::read);
        if (problems.hasErrors()) {
            return null;
        }
        return new Corpus(title, actors, types, articles, articleSection.relations());
    }

    /**
     * Checks format and version and warns about unknown top-level fields.
     *
     * @return false when the file cannot be read further
     */
    private boolean checkHeader(JsonFields top) {
        if (!HEADER.checkFormat(top, problems, ": this is not an ActorGraph corpus file")
                || !HEADER.checkVersion(top, problems)) {
            return false;
        }
        top.warnUnknownFields();
        return true;
    }

    private List<Actor> actors(JsonFields top) {
        return section(top, "actors", actorIds, (a, p) -> new ActorSection(problems, actorIds).read(a, p));
    }

    private List<RelationType> relationTypes(JsonFields top) {
        return section(top, "relationTypes", typeIds, (a, p) -> new RelationTypeSection(problems, typeIds).read(a, p));
    }

    private ArticleSection articleSection() {
        return new ArticleSection(problems, articleIds, actorIds, typeIds, relationIds, step);
    }

    private <T> List<T> section(JsonFields top, String field, IdRegistry ids, SectionReader<T> reader) {
        JsonArray array = top.array(field);
        if (array == null) {
            ids.markIncomplete();
            return List.of();
        }
        return reader.read(array, top.path(field));
    }

    private interface SectionReader<T> {
        List<T> read(JsonArray array, JsonPath path);
    }

    private static final FormatHeader HEADER =
            new FormatHeader(CorpusFormat.FORMAT_NAME, CorpusFormat.VERSION, "corpus file");

    /**
     * Decodes the articles as the parser reads them. The whole-tree decoder reports, after the
     * parser's problems, those of the header (format, version, unknown fields, title), then of the
     * actors, the relation types and the articles. Here the actors, relation types and articles are
     * decoded first, into a separate list of problems, and the header is checked when the document
     * has been parsed: its problems go first, then the others, or they are dropped when the header
     * stops reading or the parser found a syntax error, as the whole-tree decoder never sees them.
     */
    static final class Streaming implements StrictJsonParser.ElementSink {

        private final Problems problems;
        /** The problems of actors, relation types and articles decoded while parsing. */
        private final Problems body;
        private final CorpusDecoder decoder;
        private List<Actor> actors;
        private List<RelationType> types;
        private ArticleSection articles;

        private Streaming(Problems problems) {
            this.problems = problems;
            this.body = new Problems(problems.file());
            this.decoder = new CorpusDecoder(body, NO_STEP);
        }

        /**
         * Takes {@code $.articles} when the sections it refers to are already there, the first time
         * it appears (a repeated field is the parser's problem, and only the first counts).
         */
        @Override
        public boolean takes(String name, JsonObject soFar) {
            if (articles != null || !name.equals("articles") || !soFar.has("actors") || !soFar.has("relationTypes")) {
                return false;
            }
            JsonFields top = new JsonFields(soFar, JsonPath.ROOT, CorpusFormat.CORPUS, body);
            actors = decoder.actors(top);
            types = decoder.relationTypes(top);
            articles = decoder.articleSection();
            return true;
        }

        @Override
        public void element(JsonElement element, JsonPath path) {
            articles.read(element, path);
        }

        /** Whether the articles are being (or have been) decoded while they were parsed. */
        boolean isStreaming() {
            return articles != null;
        }

        /**
         * @param root what the parser returned, not null (after a syntax error there is nothing to finish)
         * @return the corpus, or null when an error was reported
         */
        Corpus finish(JsonElement root) {
            return finish(root, NO_STEP);
        }

        /**
         * @param step told before every article how many have been read, when the articles were not
         *     streamed and are decoded now from the whole tree
         * @return the corpus, or null when an error was reported
         */
        Corpus finish(JsonElement root, ArticleSection.Step step) {
            if (articles == null) {
                return decode(root, problems, step);
            }
            JsonFields top = new JsonFields(root.getAsJsonObject(), JsonPath.ROOT, CorpusFormat.CORPUS, problems);
            CorpusDecoder header = new CorpusDecoder(problems, NO_STEP);
            if (!header.checkHeader(top)) {
                return null;
            }
            String title = top.string("title");
            problems.addAll(body);
            if (problems.hasErrors()) {
                return null;
            }
            return new Corpus(title, actors, types, articles.articles(), articles.relations());
        }
    }
}

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
        return decode(root, problems, (done, total) -> { });
    }

    /**
     * @param step told before every article how many of them have been read
     * @return the corpus, or null when an error was reported
     */
    static Corpus decode(JsonElement root, Problems problems, ArticleSection.Step step) {
        return new CorpusDecoder(problems, step).decode(root);
    }

    private Corpus decode(JsonElement root) {
        if (!root.isJsonObject()) {
            problems.error(JsonPath.ROOT, "expected a JSON object {\"format\": \"" + CorpusFormat.FORMAT_NAME
                    + "\", \"version\": " + CorpusFormat.VERSION + ", \"actors\": [...], ...}, found "
                    + Describe.found(root));
            return null;
        }
        JsonObject object = root.getAsJsonObject();
        JsonFields top = new JsonFields(object, JsonPath.ROOT, CorpusFormat.CORPUS, problems);
        // A file of another kind, or of a newer version, cannot be interpreted field by field: report
        // that alone instead of burying it under the consequences.
        if (!checkFormat(top) || !checkVersion(top)) {
            return null;
        }
        top.warnUnknownFields();
        String title = top.string("title");
        List<Actor> actors = section(top, "actors", actorIds, (a, p) -> new ActorSection(problems, actorIds).read(a, p));
        List<RelationType> types = section(top, "relationTypes", typeIds,
                (a, p) -> new RelationTypeSection(problems, typeIds).read(a, p));
        ArticleSection articleSection = new ArticleSection(problems, articleIds, actorIds, typeIds, relationIds, step);
        List<Article> articles = section(top, "articles", articleIds, articleSection::read);
        if (problems.hasErrors()) {
            return null;
        }
        return new Corpus(title, actors, types, articles, articleSection.relations());
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

    private boolean checkFormat(JsonFields top) {
        return HEADER.checkFormat(top, problems, ": this is not an ActorGraph corpus file");
    }

    private boolean checkVersion(JsonFields top) {
        return HEADER.checkVersion(top, problems);
    }
}

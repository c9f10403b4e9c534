package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.model.Article;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Provenance;
import org.actorgraph.model.Relation;
import org.actorgraph.model.TextSpan;

/**
 * Reads {@code $.articles} with the mentions and relations annotated in each. Actors and relation
 * types must have been read first, since mentions and relations refer to them. The articles can be
 * read all at once from the section's array, or one by one as the parser reads them.
 */
final class ArticleSection {

    private final Problems problems;
    private final IdRegistry articleIds;
    private final IdRegistry actorIds;
    private final SpanReader spans;
    private final RelationReader relationReader;
    private final List<Article> articles = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Step step;

    ArticleSection(Problems problems, IdRegistry articleIds, IdRegistry actorIds, IdRegistry typeIds,
                   IdRegistry relationIds) {
        this(problems, articleIds, actorIds, typeIds, relationIds, (done, total) -> { });
    }

    /** @param step told before every article of a whole section how many have been read of how many */
    ArticleSection(Problems problems, IdRegistry articleIds, IdRegistry actorIds, IdRegistry typeIds,
                   IdRegistry relationIds, Step step) {
        this.problems = problems;
        this.step = step;
        this.articleIds = articleIds;
        this.actorIds = actorIds;
        this.spans = new SpanReader(problems);
        this.relationReader = new RelationReader(problems, actorIds, typeIds, relationIds, spans);
    }

    /** Reads the section as a whole; returns the articles read so far, these included. */
    List<Article> read(JsonArray array, JsonPath path) {
        for (int i = 0; i < array.size(); i++) {
            step.reached(i, array.size());
            read(array.get(i), path.index(i));
        }
        return articles();
    }

    /** Reads one element of the section, the next in the file. */
    void read(JsonElement element, JsonPath path) {
        JsonFields fields = JsonFields.of(element, path, CorpusFormat.ARTICLE, problems);
        if (fields == null) {
            return;
        }
        String id = fields.nonBlankString("id");
        if (id != null) {
            articleIds.define(id, fields.path("id"));
        }
        String title = fields.string("title");
        String outlet = fields.string("outlet");
        DatePeriod date = fields.date("date");
        String url = fields.string("url");
        Provenance provenance = provenance(fields);
        String text = fields.string("text");
        List<Mention> mentions = mentions(fields, text);
        readRelations(fields, id, text);
        List<String> notes = fields.stringList("notes");
        if (id != null && title != null && text != null) {
            articles.add(new Article(id, title, outlet, date, url, text, mentions, provenance, notes));
        }
    }

    /** The articles read so far, in file order. */
    List<Article> articles() {
        return List.copyOf(articles);
    }

    /** The relations of all articles read so far, article by article. */
    List<Relation> relations() {
        return List.copyOf(relations);
    }

    private Provenance provenance(JsonFields article) {
        if (!article.has("provenance")) {
            return null;
        }
        JsonFields fields = JsonFields.of(article.element("provenance"), article.path("provenance"),
                CorpusFormat.PROVENANCE, problems);
        if (fields == null) {
            return null;
        }
        String tool = fields.nonBlankString("tool");
        String file = fields.nonBlankString("file");
        return tool == null || file == null ? null : new Provenance(tool, file);
    }

    private List<Mention> mentions(JsonFields article, String text) {
        List<Mention> mentions = new ArrayList<>();
        JsonArray array = article.array("mentions");
        if (array == null) {
            return mentions;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonFields fields = JsonFields.of(array.get(i), article.path("mentions").index(i), CorpusFormat.MENTION, problems);
            if (fields == null) {
                continue;
            }
            String actor = fields.nonBlankString("actor");
            boolean known = actor != null && actorIds.checkReference(actor, fields.path("actor"));
            TextSpan span = spans.read(fields, text);
            if (known && span != null) {
                mentions.add(new Mention(actor, span));
            }
        }
        return mentions;
    }

    private void readRelations(JsonFields article, String articleId, String text) {
        JsonArray array = article.array("relations");
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            Relation relation = relationReader.read(array.get(i), article.path("relations").index(i), articleId, text);
            if (relation != null) {
                relations.add(relation);
            }
        }
    }

    /** Told how far the articles have got, for a progress bar; may stop the read by throwing. */
    @FunctionalInterface
    interface Step {
        void reached(int done, int total);
    }
}

package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.TextSpan;

/**
 * Turns a corpus into the JSON tree of the file format, fields in documented order. Optional fields
 * are left out when absent or empty, except the {@code mentions} and {@code relations} of an article,
 * which are always written because they are what an annotator adds to.
 *
 * <p>Every span is written with its {@code text}, so that the file can be read by a person and
 * shifted offsets are caught when it is read back.
 */
final class CorpusEncoder {

    private CorpusEncoder() {
    }

    /**
     * @throws IllegalArgumentException if the corpus is inconsistent (a relation of an unknown
     *     article, a span outside its article), which would otherwise be written as an unreadable file
     */
    static JsonObject encode(Corpus corpus) {
        JsonObject root = new JsonObject();
        root.addProperty("format", CorpusFormat.FORMAT_NAME);
        root.addProperty("version", CorpusFormat.VERSION);
        if (!corpus.title().isEmpty()) {
            root.addProperty("title", corpus.title());
        }
        JsonArray actors = new JsonArray();
        corpus.actors().forEach(a -> actors.add(actor(a)));
        root.add("actors", actors);
        JsonArray types = new JsonArray();
        corpus.relationTypes().forEach(t -> types.add(relationType(t)));
        root.add("relationTypes", types);
        Map<String, JsonArray> relationsByArticle = new LinkedHashMap<>();
        corpus.articles().forEach(a -> relationsByArticle.put(a.id(), new JsonArray()));
        for (Relation relation : corpus.relations()) {
            JsonArray list = relationsByArticle.get(relation.articleId());
            if (list == null) {
                throw new IllegalArgumentException("relation " + relation.id() + " refers to unknown article "
                        + relation.articleId());
            }
            list.add(relation(relation, corpus.requireArticle(relation.articleId())));
        }
        JsonArray articles = new JsonArray();
        corpus.articles().forEach(a -> articles.add(article(a, relationsByArticle.get(a.id()))));
        root.add("articles", articles);
        return root;
    }

    private static JsonObject actor(Actor actor) {
        JsonObject o = new JsonObject();
        o.addProperty("id", actor.id());
        o.addProperty("name", actor.name());
        o.addProperty("kind", actor.kind().jsonName());
        addStrings(o, "aliases", actor.aliases());
        addIfPresent(o, "affiliation", actor.affiliation());
        return o;
    }

    private static JsonObject relationType(RelationType type) {
        JsonObject o = new JsonObject();
        o.addProperty("id", type.id());
        o.addProperty("label", type.label());
        o.addProperty("color", type.color());
        if (!type.description().isEmpty()) {
            o.addProperty("description", type.description());
        }
        addStrings(o, "cameo", type.cameo());
        addIfPresent(o, "plover", type.plover());
        return o;
    }

    private static JsonObject article(Article article, JsonArray relations) {
        JsonObject o = new JsonObject();
        o.addProperty("id", article.id());
        o.addProperty("title", article.title());
        addIfPresent(o, "outlet", article.outlet());
        article.publicationDate().ifPresent(d -> o.addProperty("date", d.text()));
        addIfPresent(o, "url", article.url());
        article.origin().ifPresent(p -> {
            JsonObject provenance = new JsonObject();
            provenance.addProperty("tool", p.tool());
            provenance.addProperty("file", p.file());
            o.add("provenance", provenance);
        });
        o.addProperty("text", article.text());
        JsonArray mentions = new JsonArray();
        for (Mention mention : article.mentions()) {
            JsonObject m = new JsonObject();
            m.addProperty("actor", mention.actorId());
            addSpanFields(m, mention.span(), article, "a mention of " + mention.actorId());
            mentions.add(m);
        }
        o.add("mentions", mentions);
        o.add("relations", relations);
        addStrings(o, "notes", article.notes());
        return o;
    }

    private static JsonObject relation(Relation relation, Article article) {
        JsonObject o = new JsonObject();
        o.addProperty("id", relation.id());
        o.addProperty("source", relation.sourceId());
        o.addProperty("target", relation.targetId());
        o.addProperty("type", relation.typeId());
        o.addProperty("status", relation.status().jsonName());
        if (relation.negated()) {
            o.addProperty("negated", true);
        }
        relation.period().ifPresent(d -> o.addProperty("date", d.text()));
        relation.claimant().ifPresent(a -> o.add("attribution", attribution(a, article, relation)));
        JsonArray evidence = new JsonArray();
        relation.evidence().forEach(span -> evidence.add(span(span, article, "evidence of relation " + relation.id())));
        o.add("evidence", evidence);
        addIfPresent(o, "note", relation.note());
        if (!relation.measures().isEmpty()) {
            JsonObject measures = new JsonObject();
            relation.measures().forEach((name, value) -> measures.addProperty(name, number(value)));
            o.add("measures", measures);
        }
        return o;
    }

    private static JsonObject attribution(Attribution attribution, Article article, Relation relation) {
        JsonObject o = new JsonObject();
        o.addProperty("by", attribution.by());
        attribution.cueSpan().ifPresent(cue -> o.add("cue", span(cue, article, "the cue of relation " + relation.id())));
        return o;
    }

    private static JsonObject span(TextSpan span, Article article, String what) {
        JsonObject o = new JsonObject();
        addSpanFields(o, span, article, what);
        return o;
    }

    private static void addSpanFields(JsonObject o, TextSpan span, Article article, String what) {
        if (!span.fitsIn(article.text().length())) {
            throw new IllegalArgumentException(what + " at [" + span.start() + ", " + span.end()
                    + ") lies outside article " + article.id() + " (" + article.text().length() + " code units)");
        }
        o.addProperty("start", span.start());
        o.addProperty("end", span.end());
        o.addProperty("text", article.quote(span));
    }

    /** Whole numbers without a fraction ({@code 12}, not {@code 12.0}), others as they are. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    private static void addIfPresent(JsonObject o, String field, String value) {
        if (value != null) {
            o.addProperty(field, value);
        }
    }

    private static void addStrings(JsonObject o, String field, List<String> values) {
        if (!values.isEmpty()) {
            JsonArray array = new JsonArray();
            values.forEach(array::add);
            o.add(field, array);
        }
    }
}

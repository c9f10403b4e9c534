package org.actorgraph.io.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Provenance;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Imports doccano exports: one document per line of a {@code .jsonl} file, or a {@code .json} file
 * holding one document or an array of them. Relation extraction documents
 * ({@code entities} with {@code start_offset}/{@code end_offset}, {@code relations} with
 * {@code from_id}/{@code to_id}/{@code type}) give mentions and relations; sequence labelling
 * documents ({@code "label": [[start, end, "ORG"]]}) give mentions only. Offsets are UTF-16.
 * Evidence of a relation: the sentences its two entities lie in.
 */
final class DoccanoImporter {

    private final CorpusBuilder builder;
    private final ImportProblems problems;

    DoccanoImporter(CorpusBuilder builder) {
        this.builder = builder;
        this.problems = builder.problems();
    }

    void importFile(String file, String content, boolean jsonLines) {
        String base = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        if (jsonLines) {
            String[] lines = content.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                int number = i + 1;
                JsonSource.parse(line, file, number, problems)
                        .ifPresent(e -> document(e, new JsonSource.Place(file, number, "$"), base + "-" + number));
            }
            return;
        }
        JsonSource.parse(content, file, 0, problems).ifPresent(root -> {
            if (root.isJsonArray()) {
                JsonArray array = root.getAsJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    document(array.get(i), new JsonSource.Place(file, 0, "$[" + i + "]"), base + "-" + (i + 1));
                }
            } else {
                document(root, new JsonSource.Place(file, 0, "$"), base);
            }
        });
    }

    private void document(JsonElement element, JsonSource.Place place, String fallbackId) {
        if (!element.isJsonObject() || JsonSource.string(element.getAsJsonObject(), "text") == null) {
            JsonSource.error(problems, place, "expected a doccano document {\"text\": ..., \"entities\": [...], "
                    + "\"relations\": [...]} or {\"text\": ..., \"label\": [[start, end, label]]}; it is skipped");
            return;
        }
        JsonObject doc = element.getAsJsonObject();
        String text = JsonSource.string(doc, "text");
        String docId = JsonSource.string(doc, "id");
        String base = place.file().contains(".") ? place.file().substring(0, place.file().indexOf('.')) : place.file();
        String articleId = builder.articleId(docId == null ? fallbackId : base + "-" + docId);
        List<Mention> mentions = new ArrayList<>();
        Map<String, String> actorOf = new HashMap<>();
        Map<String, TextSpan> spanOf = new HashMap<>();
        List<JsonObject> entities = JsonSource.objects(doc.get("entities"));
        for (int i = 0; i < entities.size(); i++) {
            JsonSource.Place at = place.at("entities").index(i);
            JsonObject entity = entities.get(i);
            if (entity == null) {
                JsonSource.error(problems, at, "expected an entity {id, label, start_offset, end_offset}");
                continue;
            }
            Integer start = JsonSource.integer(entity, "start_offset", at, problems);
            Integer end = JsonSource.integer(entity, "end_offset", at, problems);
            String label = JsonSource.string(entity, "label");
            if (start == null || end == null) {
                continue;
            }
            int[] span = JsonSource.checkSpan(text, start, end, null, at, problems);
            if (span == null) {
                continue;
            }
            String actor = builder.actorFor(text.substring(span[0], span[1]), label, null, null, place.file(), at.location());
            TextSpan textSpan = new TextSpan(span[0], span[1]);
            mentions.add(new Mention(actor, textSpan));
            String id = JsonSource.string(entity, "id");
            if (id != null) {
                actorOf.put(id, actor);
                spanOf.put(id, textSpan);
            }
        }
        JsonArray labels = JsonSource.array(doc, "label");
        if (labels == null) {
            labels = JsonSource.array(doc, "labels");
        }
        if (labels != null) {
            for (int i = 0; i < labels.size(); i++) {
                JsonSource.Place at = place.at("label").index(i);
                JsonElement item = labels.get(i);
                if (!item.isJsonArray() || item.getAsJsonArray().size() < 3) {
                    JsonSource.error(problems, at, "expected [start, end, \"LABEL\"]");
                    continue;
                }
                JsonArray triple = item.getAsJsonArray();
                int start;
                int end;
                try {
                    start = triple.get(0).getAsInt();
                    end = triple.get(1).getAsInt();
                } catch (RuntimeException e) {
                    JsonSource.error(problems, at, "expected integer offsets in [start, end, \"LABEL\"]");
                    continue;
                }
                int[] span = JsonSource.checkSpan(text, start, end, null, at, problems);
                if (span != null) {
                    String actor = builder.actorFor(text.substring(span[0], span[1]), triple.get(2).getAsString(),
                            null, null, place.file(), at.location());
                    mentions.add(new Mention(actor, new TextSpan(span[0], span[1])));
                }
            }
        }
        Sentences sentences = new Sentences(text);
        List<Relation> relations = new ArrayList<>();
        List<JsonObject> links = JsonSource.objects(doc.get("relations"));
        for (int i = 0; i < links.size(); i++) {
            JsonSource.Place at = place.at("relations").index(i);
            JsonObject link = links.get(i);
            if (link == null) {
                JsonSource.error(problems, at, "expected a relation {from_id, to_id, type}");
                continue;
            }
            String from = JsonSource.string(link, "from_id");
            String to = JsonSource.string(link, "to_id");
            String type = JsonSource.string(link, "type");
            if (from == null || to == null || !actorOf.containsKey(from) || !actorOf.containsKey(to)) {
                JsonSource.error(problems, at, "from_id " + from + " and to_id " + to
                        + " must name entities of this document; the relation is skipped");
                continue;
            }
            String typeId = builder.typeFor(type, place.file(), at.location());
            relations.add(new Relation(builder.relationId(articleId), articleId, actorOf.get(from), actorOf.get(to), typeId,
                    Status.REPORTED, false, null, null, sentences.covering(List.of(spanOf.get(from), spanOf.get(to))), null));
        }
        builder.addArticle(new Article(articleId, BratImporter.title(text, articleId), null, null, null, text, mentions,
                new Provenance("doccano", place.file()), List.of()));
        relations.forEach(builder::addRelation);
    }
}

package org.actorgraph.io.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorgraph.model.Article;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Provenance;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Imports a Label Studio JSON export: an array of tasks, or one task. The text is
 * {@code data.text} (else the first string of {@code data}); results are read from every entry of
 * {@code annotations}, or of {@code completions} in older exports. {@code labels} items give
 * mentions of actors (offsets UTF-16, their {@code text} checked); {@code relation} items give
 * relations: {@code right} from {@code from_id} to {@code to_id}, {@code left} the other way,
 * {@code bi} one relation each way. A relation without a label gets the type "related".
 */
final class LabelStudioImporter {

    private final CorpusBuilder builder;
    private final ImportProblems problems;

    LabelStudioImporter(CorpusBuilder builder) {
        this.builder = builder;
        this.problems = builder.problems();
    }

    void importFile(String file, String content) {
        String base = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        JsonSource.parse(content, file, 0, problems).ifPresent(root -> {
            if (root.isJsonArray()) {
                JsonArray tasks = root.getAsJsonArray();
                for (int i = 0; i < tasks.size(); i++) {
                    task(tasks.get(i), new JsonSource.Place(file, 0, "$[" + i + "]"), base + "-" + (i + 1));
                }
            } else {
                task(root, new JsonSource.Place(file, 0, "$"), base);
            }
        });
    }

    private void task(JsonElement element, JsonSource.Place place, String fallbackId) {
        JsonObject task = element.isJsonObject() ? element.getAsJsonObject() : null;
        JsonObject data = task != null && task.has("data") && task.get("data").isJsonObject()
                ? task.getAsJsonObject("data") : null;
        if (data == null) {
            JsonSource.error(problems, place, "expected a Label Studio task {\"data\": {\"text\": ...}, "
                    + "\"annotations\": [...]}; it is skipped");
            return;
        }
        String text = JsonSource.string(data, "text");
        if (text == null) {
            for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
                if (entry.getValue().isJsonPrimitive() && entry.getValue().getAsJsonPrimitive().isString()) {
                    text = entry.getValue().getAsString();
                    JsonSource.warning(problems, place.at("data"), "no data.text: the text is taken from data."
                            + entry.getKey());
                    break;
                }
            }
        }
        if (text == null) {
            JsonSource.error(problems, place.at("data"), "the task has no text; it is skipped");
            return;
        }
        String taskId = JsonSource.string(task, "id");
        String base = place.file().contains(".") ? place.file().substring(0, place.file().indexOf('.')) : place.file();
        String articleId = builder.articleId(taskId == null ? fallbackId : base + "-" + taskId);
        String key = task.has("annotations") ? "annotations" : "completions";
        List<JsonObject> annotations = JsonSource.objects(task.get(key));
        if (annotations.isEmpty()) {
            JsonSource.warning(problems, place, "the task has no \"annotations\" (nor \"completions\"): the text is "
                    + "imported without annotations");
        }
        Set<Mention> mentions = new LinkedHashSet<>();
        List<Relation> relations = new ArrayList<>();
        Sentences sentences = new Sentences(text);
        for (int a = 0; a < annotations.size(); a++) {
            JsonSource.Place annotationPlace = place.at(key).index(a);
            JsonObject annotation = annotations.get(a);
            if (annotation == null || JsonSource.array(annotation, "result") == null) {
                JsonSource.error(problems, annotationPlace, "expected an annotation {\"result\": [...]}");
                continue;
            }
            JsonArray result = JsonSource.array(annotation, "result");
            Map<String, String> actorOf = new HashMap<>();
            Map<String, TextSpan> spanOf = new HashMap<>();
            for (int i = 0; i < result.size(); i++) {
                JsonSource.Place at = annotationPlace.at("result").index(i);
                JsonObject item = result.get(i).isJsonObject() ? result.get(i).getAsJsonObject() : null;
                String type = item == null ? null : JsonSource.string(item, "type");
                if (item == null || type == null) {
                    JsonSource.error(problems, at, "expected a result item with a \"type\"");
                } else if (!type.equals("relation")) {
                    entity(item, type, text, at, actorOf, spanOf, mentions);
                }
            }
            for (int i = 0; i < result.size(); i++) {
                JsonSource.Place at = annotationPlace.at("result").index(i);
                JsonObject item = result.get(i).isJsonObject() ? result.get(i).getAsJsonObject() : null;
                if (item != null && "relation".equals(JsonSource.string(item, "type"))) {
                    relation(item, at, articleId, actorOf, spanOf, sentences, relations);
                }
            }
        }
        builder.addArticle(new Article(articleId, BratImporter.title(text, articleId), null, null, null, text,
                List.copyOf(mentions), new Provenance("label-studio", place.file()), List.of()));
        relations.forEach(builder::addRelation);
    }

    private void entity(JsonObject item, String type, String text, JsonSource.Place at, Map<String, String> actorOf,
                        Map<String, TextSpan> spanOf, Set<Mention> mentions) {
        JsonObject value = item.has("value") && item.get("value").isJsonObject() ? item.getAsJsonObject("value") : null;
        if (value == null || !value.has("start")) {
            JsonSource.warning(problems, at, "result item of type \"" + type + "\" has no text span and is not imported");
            return;
        }
        JsonSource.Place valuePlace = at.at("value");
        Integer start = JsonSource.integer(value, "start", valuePlace, problems);
        Integer end = JsonSource.integer(value, "end", valuePlace, problems);
        if (start == null || end == null) {
            return;
        }
        int[] span = JsonSource.checkSpan(text, start, end, JsonSource.string(value, "text"), valuePlace, problems);
        if (span == null) {
            return;
        }
        JsonArray labels = JsonSource.array(value, type);
        if (labels == null) {
            labels = JsonSource.array(value, "labels");
        }
        String label = labels == null || labels.isEmpty() ? null : labels.get(0).getAsString();
        if (label == null) {
            JsonSource.warning(problems, valuePlace, "the span has no label: its actor gets the kind \"other\"");
        } else if (labels.size() > 1) {
            JsonSource.warning(problems, valuePlace, "the span has " + labels.size() + " labels; the first, \""
                    + label + "\", gives the actor's kind");
        }
        String actor = builder.actorFor(text.substring(span[0], span[1]), label, null, null, at.file(), at.location());
        TextSpan textSpan = new TextSpan(span[0], span[1]);
        mentions.add(new Mention(actor, textSpan));
        String id = JsonSource.string(item, "id");
        if (id != null) {
            actorOf.put(id, actor);
            spanOf.put(id, textSpan);
        }
    }

    private void relation(JsonObject item, JsonSource.Place at, String articleId, Map<String, String> actorOf,
                          Map<String, TextSpan> spanOf, Sentences sentences, List<Relation> relations) {
        String from = JsonSource.string(item, "from_id");
        String to = JsonSource.string(item, "to_id");
        if (from == null || to == null || !actorOf.containsKey(from) || !actorOf.containsKey(to)) {
            JsonSource.error(problems, at, "from_id " + from + " and to_id " + to
                    + " must name labelled spans of the same annotation; the relation is skipped");
            return;
        }
        JsonArray labels = JsonSource.array(item, "labels");
        String label = labels == null || labels.isEmpty() ? null : labels.get(0).getAsString();
        if (label == null) {
            JsonSource.warning(problems, at, "the relation has no label: its type is \"related\"");
        } else if (labels.size() > 1) {
            JsonSource.warning(problems, at, "the relation has " + labels.size() + " labels; the first, \"" + label
                    + "\", is its type");
        }
        String type = builder.typeFor(label, at.file(), at.location());
        String direction = JsonSource.string(item, "direction");
        List<TextSpan> evidence = sentences.covering(List.of(spanOf.get(from), spanOf.get(to)));
        if (!"left".equals(direction)) {
            relations.add(new Relation(builder.relationId(articleId), articleId, actorOf.get(from), actorOf.get(to), type,
                    Status.REPORTED, false, null, null, evidence, "bi".equals(direction) ? "bidirectional" : null));
        }
        if ("left".equals(direction) || "bi".equals(direction)) {
            relations.add(new Relation(builder.relationId(articleId), articleId, actorOf.get(to), actorOf.get(from), type,
                    Status.REPORTED, false, null, null, evidence, "bi".equals(direction) ? "bidirectional" : null));
        }
    }
}

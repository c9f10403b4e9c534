package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/** Reads one relation of an article, with its attribution and evidence. */
final class RelationReader {

    private final Problems problems;
    private final IdRegistry actorIds;
    private final IdRegistry typeIds;
    private final IdRegistry relationIds;
    private final SpanReader spans;

    RelationReader(Problems problems, IdRegistry actorIds, IdRegistry typeIds, IdRegistry relationIds,
                   SpanReader spans) {
        this.problems = problems;
        this.actorIds = actorIds;
        this.typeIds = typeIds;
        this.relationIds = relationIds;
        this.spans = spans;
    }

    /**
     * @param articleId the id of the enclosing article, or null if it has none (already reported)
     * @param text the article text, or null if unknown (already reported)
     * @return the relation, or null when it is incomplete (the reason is reported)
     */
    Relation read(JsonElement element, JsonPath path, String articleId, String text) {
        JsonFields fields = JsonFields.of(element, path, CorpusFormat.RELATION, problems);
        if (fields == null) {
            return null;
        }
        String id = fields.nonBlankString("id");
        if (id != null) {
            relationIds.define(id, fields.path("id"));
        }
        String source = reference(fields, "source", actorIds);
        String target = reference(fields, "target", actorIds);
        String type = reference(fields, "type", typeIds);
        Status status = status(fields);
        boolean negated = fields.bool("negated", false);
        DatePeriod date = fields.date("date");
        Attribution attribution = attribution(fields, text);
        List<TextSpan> evidence = evidence(fields, text);
        String note = fields.string("note");
        java.util.Map<String, Double> measures = fields.numberMap("measures");
        if (id == null || articleId == null || source == null || target == null || type == null || status == null
                || evidence == null) {
            return null;
        }
        return new Relation(id, articleId, source, target, type, status, negated, date, attribution, evidence, note, measures);
    }

    private String reference(JsonFields fields, String field, IdRegistry ids) {
        String id = fields.nonBlankString(field);
        return id != null && ids.checkReference(id, fields.path(field)) ? id : null;
    }

    private Status status(JsonFields fields) {
        String name = fields.nonBlankString("status");
        if (name == null) {
            return null;
        }
        Optional<Status> status = Status.fromJsonName(name);
        if (status.isEmpty()) {
            problems.error(fields.path("status"), "unknown status " + Describe.quote(name) + ": expected one of "
                    + CorpusFormat.statusNames());
        }
        return status.orElse(null);
    }

    private Attribution attribution(JsonFields relation, String text) {
        if (!relation.has("attribution")) {
            return null;
        }
        JsonFields fields = JsonFields.of(relation.element("attribution"), relation.path("attribution"),
                CorpusFormat.ATTRIBUTION, problems);
        if (fields == null) {
            return null;
        }
        String by = fields.nonBlankString("by");
        TextSpan cue = fields.has("cue") ? spans.read(fields.element("cue"), fields.path("cue"), text) : null;
        return by == null ? null : new Attribution(by, cue);
    }

    /** The evidence spans, or null when there are none or one is unusable (reported). */
    private List<TextSpan> evidence(JsonFields relation, String text) {
        JsonArray array = relation.array("evidence");
        if (array == null) {
            return null;
        }
        if (array.isEmpty()) {
            problems.error(relation.path("evidence"), "a relation needs evidence: expected one or more spans "
                    + "{start, end, text} of the article that state it, found an empty array");
            return null;
        }
        List<TextSpan> evidence = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < array.size(); i++) {
            TextSpan span = spans.read(array.get(i), relation.path("evidence").index(i), text);
            complete &= span != null;
            if (span != null) {
                evidence.add(span);
            }
        }
        return complete ? evidence : null;
    }
}

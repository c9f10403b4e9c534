package org.actorgraph.io;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import org.actorgraph.model.RelationType;

/** Reads {@code $.relationTypes}. */
final class RelationTypeSection {

    private final Problems problems;
    private final IdRegistry typeIds;

    RelationTypeSection(Problems problems, IdRegistry typeIds) {
        this.problems = problems;
        this.typeIds = typeIds;
    }

    List<RelationType> read(JsonArray array, JsonPath path) {
        List<RelationType> types = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields fields = JsonFields.of(array.get(i), path.index(i), CorpusFormat.RELATION_TYPE, problems);
            if (fields == null) {
                continue;
            }
            String id = fields.nonBlankString("id");
            if (id != null) {
                typeIds.define(id, fields.path("id"));
            }
            String label = fields.nonBlankString("label");
            String color = color(fields);
            String description = fields.string("description");
            List<String> cameo = fields.stringList("cameo");
            String plover = fields.string("plover");
            if (id != null && label != null && color != null) {
                types.add(new RelationType(id, label, color, description, cameo, plover));
            }
        }
        return types;
    }

    private String color(JsonFields fields) {
        String color = fields.string("color");
        if (color != null && !CorpusFormat.COLOR.matcher(color).matches()) {
            problems.error(fields.path("color"), "bad colour " + Describe.quote(color)
                    + ": expected \"#RRGGBB\", a '#' and six hexadecimal digits such as \"#D62728\"");
            return null;
        }
        return color;
    }
}

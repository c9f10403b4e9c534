package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema for editors (docs/corpus.schema.json) must describe the same format as the
 * reader: the same fields, required or not, and the same allowed values.
 */
class SchemaTest {

    private static final Path SCHEMA = Path.of("docs", "corpus.schema.json");
    private static JsonObject schema;

    @BeforeAll
    static void parseSchema() throws IOException {
        schema = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
    }

    private static final Map<String, ObjectShape> DEFINITIONS = Map.of(
            "actor", CorpusFormat.ACTOR,
            "relationType", CorpusFormat.RELATION_TYPE,
            "article", CorpusFormat.ARTICLE,
            "provenance", CorpusFormat.PROVENANCE,
            "mention", CorpusFormat.MENTION,
            "relation", CorpusFormat.RELATION,
            "attribution", CorpusFormat.ATTRIBUTION,
            "span", CorpusFormat.SPAN);

    @Test
    void isDraft2020_12() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").getAsString());
    }

    @Test
    void topLevelMatchesTheReader() {
        assertShape(CorpusFormat.CORPUS, schema);
        assertEquals(CorpusFormat.FORMAT_NAME, property(schema, "format").get("const").getAsString());
        assertEquals(CorpusFormat.VERSION, property(schema, "version").get("maximum").getAsInt());
    }

    @Test
    void everyObjectMatchesTheReader() {
        JsonObject defs = schema.getAsJsonObject("$defs");
        DEFINITIONS.forEach((name, shape) -> assertShape(shape, defs.getAsJsonObject(name)));
    }

    @Test
    void allowedValuesMatchTheModel() {
        JsonObject defs = schema.getAsJsonObject("$defs");
        assertEquals(Arrays.stream(ActorKind.values()).map(ActorKind::jsonName).toList(),
                strings(property(defs.getAsJsonObject("actor"), "kind").getAsJsonArray("enum")));
        List<String> statuses = new ArrayList<>(Arrays.stream(Status.values()).map(Status::jsonName).toList());
        statuses.add("asserted");
        assertEquals(new HashSet<>(statuses),
                new HashSet<>(strings(property(defs.getAsJsonObject("relation"), "status").getAsJsonArray("enum"))));
        assertEquals("^" + CorpusFormat.COLOR.pattern() + "$",
                property(defs.getAsJsonObject("relationType"), "color").get("pattern").getAsString());
    }

    @Test
    void everyReferenceResolves() {
        Set<String> defs = schema.getAsJsonObject("$defs").keySet();
        List<String> refs = new ArrayList<>();
        collectRefs(schema, refs);
        assertTrue(refs.size() > 10);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/$defs/") && defs.contains(ref.substring("#/$defs/".length())), ref);
        }
    }

    private static void assertShape(ObjectShape shape, JsonObject definition) {
        assertEquals("object", definition.get("type").getAsString(), shape.what());
        assertEquals(List.copyOf(shape.requiredNames()), strings(definition.getAsJsonArray("required")), shape.what());
        assertEquals(shape.names(), List.copyOf(definition.getAsJsonObject("properties").keySet()), shape.what());
        assertEquals(false, definition.get("additionalProperties").getAsBoolean(), shape.what());
    }

    private static JsonObject property(JsonObject definition, String name) {
        return definition.getAsJsonObject("properties").getAsJsonObject(name);
    }

    private static List<String> strings(JsonArray array) {
        List<String> result = new ArrayList<>();
        array.forEach(e -> result.add(e.getAsString()));
        return result;
    }

    private static void collectRefs(JsonElement element, List<String> refs) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().getAsString());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (element.isJsonArray()) {
            Stream.of(element.getAsJsonArray()).forEach(a -> a.forEach(e -> collectRefs(e, refs)));
        }
    }
}

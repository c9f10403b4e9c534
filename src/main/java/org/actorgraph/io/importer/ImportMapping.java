package org.actorgraph.io.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;

/**
 * How the labels of annotation tools and the codes of GDELT become ActorGraph actors, relation types
 * and statuses (docs/import-mapping.md). The bundled default covers the seed's vocabulary; a user's
 * mapping file is laid over it: its actors and types replace those with the same id, its label
 * tables add to and override the default ones. Immutable.
 */
public final class ImportMapping {

    static final String FORMAT_NAME = "actorgraph-import-mapping";
    private static final String DEFAULT_RESOURCE = "org/actorgraph/io/importer/default-mapping.json";

    /** The value of an attribute that marks a claim as negated rather than giving a status. */
    static final String NEGATED = "negated";

    private final Map<String, Actor> actors;
    private final Map<String, String> actorByCode;
    private final Map<String, String> actorByName;
    private final Map<String, ActorKind> kindByLabel;
    private final Map<String, RelationType> types;
    private final Map<String, String> typeByLabel;
    private final Map<String, String> typeByCameo;
    /** attribute name (normalised) → value (normalised, "" for binary) → status name or "negated". */
    private final Map<String, Map<String, String>> attributes;
    private final Set<String> agentRoles;
    private final Set<String> patientRoles;
    private final Set<String> reportingEvents;

    private ImportMapping(Builder b) {
        this.actors = Map.copyOf(b.actors);
        this.actorByCode = Map.copyOf(b.actorByCode);
        Map<String, String> byName = new LinkedHashMap<>();
        for (Actor actor : b.actors.values()) {
            byName.putIfAbsent(key(actor.name()), actor.id());
            actor.aliases().forEach(alias -> byName.putIfAbsent(key(alias), actor.id()));
        }
        this.actorByName = Map.copyOf(byName);
        this.kindByLabel = Map.copyOf(b.kindByLabel);
        this.types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.types));
        Map<String, String> byLabel = new LinkedHashMap<>(b.typeByLabel);
        for (RelationType type : b.types.values()) {
            byLabel.putIfAbsent(key(type.id()), type.id());
            byLabel.putIfAbsent(key(type.label()), type.id());
        }
        this.typeByLabel = Map.copyOf(byLabel);
        this.typeByCameo = Map.copyOf(b.typeByCameo);
        this.attributes = Map.copyOf(b.attributes);
        this.agentRoles = Set.copyOf(b.agentRoles);
        this.patientRoles = Set.copyOf(b.patientRoles);
        this.reportingEvents = Set.copyOf(b.reportingEvents);
    }

    /** The bundled default mapping. */
    public static ImportMapping defaults() {
        List<String> problems = new ArrayList<>();
        Builder builder = new Builder();
        try (InputStream in = ImportMapping.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + DEFAULT_RESOURCE);
            }
            builder.add(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)), problems);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bad default mapping: " + problems);
        }
        return new ImportMapping(builder);
    }

    /**
     * The default mapping with a user's mapping file laid over it.
     *
     * @param problems receives every problem in the file as {@code "$.path: message"}; the parts that
     *     can be read are used
     * @throws IOException if the file cannot be read
     */
    public static ImportMapping load(Path file, List<String> problems) throws IOException {
        Builder builder = new Builder();
        try (InputStream in = ImportMapping.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            builder.add(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)), new ArrayList<>());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            builder.add(JsonParser.parseReader(reader), problems);
        } catch (JsonParseException e) {
            problems.add("not valid JSON: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
        return new ImportMapping(builder);
    }

    /** Normalises a label or name for lookups: case, blanks, '_' and '-' do not matter. */
    static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").trim();
    }

    /** A mapped actor whose name or alias is {@code name}. */
    Optional<Actor> actorNamed(String name) {
        return Optional.ofNullable(actorByName.get(key(name))).map(actors::get);
    }

    Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** A mapped actor for a GDELT (CAMEO) actor code such as {@code "RUS"} or {@code "IGOUNO"}. */
    Optional<Actor> actorForCode(String code) {
        return Optional.ofNullable(actorByCode.get(code.toUpperCase(Locale.ROOT))).map(actors::get);
    }

    /** The actor kind an entity label stands for, if the mapping knows the label. */
    Optional<ActorKind> kindOf(String entityLabel) {
        return Optional.ofNullable(kindByLabel.get(key(entityLabel)));
    }

    /** The relation type a relation or event label stands for, if the mapping knows the label. */
    Optional<RelationType> typeOf(String label) {
        return Optional.ofNullable(typeByLabel.get(key(label))).map(types::get);
    }

    /** The relation type of a CAMEO code: the code itself, else its base (3 digits), else its root. */
    Optional<RelationType> typeOfCameo(String code) {
        for (int length = code.length(); length >= 2; length--) {
            String id = typeByCameo.get(code.substring(0, length));
            if (id != null) {
                return Optional.ofNullable(types.get(id));
            }
        }
        return Optional.empty();
    }

    /**
     * What an attribute means for a claim.
     *
     * @param value the attribute's value, or "" for a binary attribute
     * @return a status name ("alleged"), {@link #NEGATED}, or empty when the mapping does not know it
     */
    Optional<String> attributeMeaning(String name, String value) {
        Map<String, String> values = attributes.get(key(name));
        if (values == null) {
            return Optional.empty();
        }
        String meaning = values.get(key(value));
        if (meaning == null && !value.isEmpty()) {
            meaning = values.get("");
        }
        return Optional.ofNullable(meaning);
    }

    boolean knowsAttribute(String name) {
        return attributes.containsKey(key(name));
    }

    /** Whether an event role (without "-Arg" and repeat digits) names the one who acts. */
    boolean isAgentRole(String role) {
        return agentRoles.contains(key(role));
    }

    boolean isPatientRole(String role) {
        return patientRoles.contains(key(role));
    }

    /** Whether events of this type report another event (their agent becomes its attribution). */
    boolean isReportingEvent(String type) {
        return reportingEvents.contains(key(type));
    }

    /** Collects the content of one or more mapping documents; later documents override. */
    private static final class Builder {
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final Map<String, String> actorByCode = new LinkedHashMap<>();
        final Map<String, ActorKind> kindByLabel = new LinkedHashMap<>();
        final Map<String, RelationType> types = new LinkedHashMap<>();
        final Map<String, String> typeByLabel = new LinkedHashMap<>();
        final Map<String, String> typeByCameo = new LinkedHashMap<>();
        final Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        final Set<String> agentRoles = new LinkedHashSet<>();
        final Set<String> patientRoles = new LinkedHashSet<>();
        final Set<String> reportingEvents = new LinkedHashSet<>();

        void add(JsonElement root, List<String> problems) {
            if (!root.isJsonObject()) {
                problems.add("$: expected a JSON object {\"format\": \"" + FORMAT_NAME + "\", ...}");
                return;
            }
            JsonObject o = root.getAsJsonObject();
            String format = string(o, "format");
            if (format != null && !format.equals(FORMAT_NAME)) {
                problems.add("$.format: expected \"" + FORMAT_NAME + "\", found \"" + format + "\"");
            }
            for (String field : o.keySet()) {
                if (!Set.of("format", "version", "actors", "entityLabels", "relationTypes", "cameo", "attributes",
                        "roles", "reportingEvents").contains(field)) {
                    problems.add("$." + field + ": unknown field is ignored");
                }
            }
            array(o, "actors", problems).ifPresent(a -> actors(a, problems));
            object(o, "entityLabels", problems).ifPresent(e -> e.entrySet().forEach(entry -> {
                Optional<ActorKind> kind = kind(entry.getKey());
                if (kind.isEmpty()) {
                    problems.add("$.entityLabels." + entry.getKey() + ": unknown actor kind; expected state, person, "
                            + "organisation, group or other");
                    return;
                }
                strings(entry.getValue(), "$.entityLabels." + entry.getKey(), problems)
                        .forEach(label -> kindByLabel.put(key(label), kind.get()));
            }));
            array(o, "relationTypes", problems).ifPresent(a -> types(a, problems));
            object(o, "cameo", problems).ifPresent(c -> c.entrySet().forEach(entry -> {
                if (entry.getValue().isJsonPrimitive()) {
                    typeByCameo.put(entry.getKey(), entry.getValue().getAsString());
                } else {
                    problems.add("$.cameo." + entry.getKey() + ": expected a relation type id");
                }
            }));
            object(o, "attributes", problems).ifPresent(a -> a.entrySet().forEach(entry -> {
                String path = "$.attributes." + entry.getKey();
                if (!entry.getValue().isJsonObject()) {
                    problems.add(path + ": expected an object {value: status}");
                    return;
                }
                Map<String, String> values = attributes.computeIfAbsent(key(entry.getKey()), k -> new LinkedHashMap<>());
                entry.getValue().getAsJsonObject().entrySet().forEach(v -> {
                    String meaning = v.getValue().isJsonPrimitive() ? v.getValue().getAsString() : "";
                    if (!meaning.equals(NEGATED) && Status.fromJsonName(meaning).isEmpty()) {
                        problems.add(path + "." + v.getKey() + ": expected a status or \"negated\", found \""
                                + meaning + "\"");
                    } else {
                        values.put(key(v.getKey()), meaning.equals(NEGATED) ? NEGATED
                                : Status.fromJsonName(meaning).get().jsonName());
                    }
                });
            }));
            object(o, "roles", problems).ifPresent(r -> {
                if (r.has("agent")) {
                    agentRoles.clear();
                    strings(r.get("agent"), "$.roles.agent", problems).forEach(s -> agentRoles.add(key(s)));
                }
                if (r.has("patient")) {
                    patientRoles.clear();
                    strings(r.get("patient"), "$.roles.patient", problems).forEach(s -> patientRoles.add(key(s)));
                }
            });
            if (o.has("reportingEvents")) {
                reportingEvents.clear();
                strings(o.get("reportingEvents"), "$.reportingEvents", problems).forEach(s -> reportingEvents.add(key(s)));
            }
        }

        private void actors(JsonArray array, List<String> problems) {
            for (int i = 0; i < array.size(); i++) {
                String path = "$.actors[" + i + "]";
                if (!array.get(i).isJsonObject()) {
                    problems.add(path + ": expected an actor object {id, name, kind, aliases, codes}");
                    continue;
                }
                JsonObject a = array.get(i).getAsJsonObject();
                String id = string(a, "id");
                String name = string(a, "name");
                if (id == null || id.isBlank() || name == null || name.isBlank()) {
                    problems.add(path + ": an actor needs a non-empty \"id\" and \"name\"");
                    continue;
                }
                String kindName = string(a, "kind");
                ActorKind kind = kindName == null ? ActorKind.OTHER : kind(kindName).orElse(null);
                if (kind == null) {
                    problems.add(path + ".kind: unknown kind \"" + kindName + "\"; \"other\" is used");
                    kind = ActorKind.OTHER;
                }
                List<String> aliases = a.has("aliases") ? strings(a.get("aliases"), path + ".aliases", problems) : List.of();
                actors.put(id, new Actor(id, name, kind, aliases, string(a, "affiliation")));
                if (a.has("codes")) {
                    strings(a.get("codes"), path + ".codes", problems)
                            .forEach(code -> actorByCode.put(code.toUpperCase(Locale.ROOT), id));
                }
            }
        }

        private void types(JsonArray array, List<String> problems) {
            for (int i = 0; i < array.size(); i++) {
                String path = "$.relationTypes[" + i + "]";
                if (!array.get(i).isJsonObject()) {
                    problems.add(path + ": expected a relation type object {id, label, color, labels, cameo}");
                    continue;
                }
                JsonObject t = array.get(i).getAsJsonObject();
                String id = string(t, "id");
                String label = string(t, "label");
                String color = string(t, "color");
                if (id == null || id.isBlank() || label == null || label.isBlank()) {
                    problems.add(path + ": a relation type needs a non-empty \"id\" and \"label\"");
                    continue;
                }
                if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
                    problems.add(path + ".color: expected \"#RRGGBB\"; a colour is chosen instead");
                    color = Palette.color(types.size());
                }
                List<String> cameo = t.has("cameo") ? strings(t.get("cameo"), path + ".cameo", problems) : List.of();
                types.put(id, new RelationType(id, label, color, string(t, "description"), cameo, string(t, "plover")));
                cameo.forEach(code -> typeByCameo.put(code, id));
                if (t.has("labels")) {
                    strings(t.get("labels"), path + ".labels", problems).forEach(l -> typeByLabel.put(key(l), id));
                }
            }
        }

        private static Optional<ActorKind> kind(String name) {
            String k = name.trim().toLowerCase(Locale.ROOT);
            if (k.equals("organization")) {
                k = "organisation";
            }
            for (ActorKind kind : ActorKind.values()) {
                if (kind.jsonName().equals(k)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        private static String string(JsonObject o, String field) {
            JsonElement e = o.get(field);
            return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
        }

        private static Optional<JsonArray> array(JsonObject o, String field, List<String> problems) {
            JsonElement e = o.get(field);
            if (e == null || e.isJsonNull()) {
                return Optional.empty();
            }
            if (!e.isJsonArray()) {
                problems.add("$." + field + ": expected an array");
                return Optional.empty();
            }
            return Optional.of(e.getAsJsonArray());
        }

        private static Optional<JsonObject> object(JsonObject o, String field, List<String> problems) {
            JsonElement e = o.get(field);
            if (e == null || e.isJsonNull()) {
                return Optional.empty();
            }
            if (!e.isJsonObject()) {
                problems.add("$." + field + ": expected an object");
                return Optional.empty();
            }
            return Optional.of(e.getAsJsonObject());
        }

        private static List<String> strings(JsonElement e, String path, List<String> problems) {
            List<String> result = new ArrayList<>();
            if (e == null || !e.isJsonArray()) {
                problems.add(path + ": expected an array of strings");
                return result;
            }
            for (JsonElement item : e.getAsJsonArray()) {
                if (item.isJsonPrimitive()) {
                    result.add(item.getAsString());
                } else {
                    problems.add(path + ": expected strings only");
                }
            }
            return result;
        }
    }
}

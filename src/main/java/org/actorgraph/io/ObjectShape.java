package org.actorgraph.io;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields one kind of JSON object in a corpus file may have, in the order the format documents
 * and the writer writes them, each with whether it is required and what value is expected. It is
 * the single list the reader, the writer and the schema test agree on. Immutable.
 */
final class ObjectShape {

    /**
     * @param name the JSON field name
     * @param required whether the field must be present (and not null)
     * @param expected what the value must be, phrased to follow "expected"
     */
    record Field(String name, boolean required, String expected) {
    }

    private final String what;
    private final List<Field> fields;
    // Looked up for every field of every object read: built once.
    private final Map<String, Field> byName = new HashMap<>();

    /**
     * @param what how the object is called in messages, e.g. "actor"
     * @param fields the fields in documented order
     */
    ObjectShape(String what, List<Field> fields) {
        this.what = what;
        this.fields = List.copyOf(fields);
        this.fields.forEach(f -> byName.put(f.name(), f));
    }

    String what() {
        return what;
    }

    List<Field> fields() {
        return fields;
    }

    static Field required(String name, String expected) {
        return new Field(name, true, expected);
    }

    static Field optional(String name, String expected) {
        return new Field(name, false, expected);
    }

    Field field(String name) {
        return byName.get(name);
    }

    boolean has(String name) {
        return field(name) != null;
    }

    /** Field names in documented order. */
    List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    Set<String> requiredNames() {
        return fields.stream().filter(Field::required).map(Field::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

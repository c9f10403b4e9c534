package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.actorgraph.model.DatePeriod;

/**
 * Typed access to the fields of one JSON object of a known {@link ObjectShape}, reporting every
 * missing required field, wrong type and unknown field with its path and the expected value.
 *
 * <p>Accessors return null (or a default) after reporting, so that a decoder can go on and find the
 * problems in the other fields too. A JSON {@code null} counts as absent: the format example writes
 * {@code "url": null} for an unknown address.
 */
final class JsonFields {

    private final JsonObject object;
    private final JsonPath path;
    private final ObjectShape shape;
    private final Problems problems;

    JsonFields(JsonObject object, JsonPath path, ObjectShape shape, Problems problems) {
        this.object = object;
        this.path = path;
        this.shape = shape;
        this.problems = problems;
    }

    /**
     * The element at {@code path} as an object of the given shape, or null after reporting that it
     * is something else. Unknown fields are reported as warnings right away.
     */
    static JsonFields of(JsonElement element, JsonPath path, ObjectShape shape, Problems problems) {
        if (element == null || !element.isJsonObject()) {
            problems.error(path, "expected " + article(shape.what()) + " object " + fieldList(shape)
                    + ", found " + Describe.found(element));
            return null;
        }
        JsonFields fields = new JsonFields(element.getAsJsonObject(), path, shape, problems);
        fields.warnUnknownFields();
        return fields;
    }

    /**
     * Reads an optional date, reporting text that is not one of the ISO forms the format allows.
     * A period that ends before it starts gets its own message, since both halves look fine.
     */
    DatePeriod date(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        Optional<DatePeriod> date = DatePeriod.parse(text);
        if (date.isPresent()) {
            return date.get();
        }
        int slash = text.indexOf('/');
        if (slash > 0 && DatePeriod.parse(text.substring(0, slash)).isPresent()
                && DatePeriod.parse(text.substring(slash + 1)).isPresent()) {
            problems.error(path(field), "bad date " + Describe.quote(text)
                    + ": the period ends before it starts (expected " + expected(field) + ")");
        } else {
            problems.error(path(field), "bad date " + Describe.quote(text) + ": expected " + expected(field));
        }
        return null;
    }

    JsonPath path() {
        return path;
    }

    JsonPath path(String field) {
        return path.field(field);
    }

    /** Whether the field is present and not null. */
    boolean has(String field) {
        JsonElement value = object.get(field);
        return value != null && !value.isJsonNull();
    }

    String string(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
        }
        wrongType(field, value);
        return null;
    }

    /** A string that must contain something other than blanks, such as an id or a name. */
    String nonBlankString(String field) {
        String s = string(field);
        if (s != null && s.isBlank()) {
            problems.error(path(field), "expected " + expected(field) + ", found an empty string");
            return null;
        }
        return s;
    }

    /** An integer within the range of Java's {@code int}; {@code 3} and {@code 3.0} both count. */
    Integer integer(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            Number number = value.getAsNumber();
            if (number instanceof BigDecimal decimal) {
                if (decimal.stripTrailingZeros().scale() <= 0) {
                    if (decimal.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                        return decimal.intValueExact();
                    }
                    problems.error(path(field), "number " + number + " is too large: expected " + expected(field));
                    return null;
                }
            }
        }
        wrongType(field, value);
        return null;
    }

    boolean bool(String field, boolean absent) {
        JsonElement value = value(field);
        if (value == null) {
            return absent;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        wrongType(field, value);
        return absent;
    }

    JsonArray array(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return null;
        }
        if (value.isJsonArray()) {
            return value.getAsJsonArray();
        }
        wrongType(field, value);
        return null;
    }

    /** The raw element, for nested objects; null when absent (reported if required). */
    JsonElement element(String field) {
        return value(field);
    }

    /** An array of strings; elements of another type are reported and skipped. */
    List<String> stringList(String field) {
        JsonArray array = array(field);
        List<String> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                result.add(item.getAsString());
            } else {
                problems.error(path(field).index(i), "expected a string in " + expected(field)
                        + ", found " + Describe.found(item));
            }
        }
        return result;
    }

    /**
     * An object whose values are all numbers, in file order; other values are reported and skipped.
     * Empty when absent.
     */
    Map<String, Double> numberMap(String field) {
        Map<String, Double> result = new java.util.LinkedHashMap<>();
        JsonElement value = value(field);
        if (value == null) {
            return result;
        }
        if (!value.isJsonObject()) {
            wrongType(field, value);
            return result;
        }
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            JsonElement item = entry.getValue();
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isNumber()
                    && Double.isFinite(item.getAsDouble())) {
                result.put(entry.getKey(), item.getAsDouble());
            } else {
                problems.error(path(field).field(entry.getKey()), "expected a number in " + expected(field)
                        + ", found " + Describe.found(item));
            }
        }
        return result;
    }

    /** The value, or null when absent or null; a missing required field is reported. */
    private JsonElement value(String field) {
        assert shape.has(field) : shape.what() + " has no field " + field;
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            if (shape.field(field).required()) {
                String found = value == null ? "" : " (it is null)";
                problems.error(path, "missing required field \"" + field + "\"" + found + ": expected "
                        + expected(field));
            }
            return null;
        }
        return value;
    }

    private void wrongType(String field, JsonElement value) {
        problems.error(path(field), "expected " + expected(field) + ", found " + Describe.found(value));
    }

    private String expected(String field) {
        return shape.field(field).expected();
    }

    /** Warns about each field the shape does not define; such fields are otherwise ignored. */
    void warnUnknownFields() {
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String name = entry.getKey();
            if (!shape.has(name)) {
                String suggestion = Suggestions.closest(name, shape.names())
                        .map(s -> "did you mean \"" + s + "\"? ").orElse("");
                problems.warning(path(name), "unknown field \"" + name + "\" is ignored ("
                        + suggestion + "the fields of " + article(shape.what()) + " are "
                        + String.join(", ", shape.names()) + ")");
            }
        }
    }

    private static String fieldList(ObjectShape shape) {
        return "{" + String.join(", ", shape.requiredNames()) + ", ...}";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}

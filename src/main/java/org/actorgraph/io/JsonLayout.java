package org.actorgraph.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pretty-prints a JSON tree for people who read and diff corpus files: two-space indentation, and
 * small objects and arrays of plain values (an actor, a span, a list of aliases) kept on one line as
 * in the format description, instead of Gson's one-value-per-line layout that would make a span
 * five lines long.
 *
 * <p>Strings are escaped by Gson with HTML escaping off, so non-ASCII text (Cyrillic, Hangul,
 * emoji) is written as is. Lines end with {@code \n} on every platform so that files diff cleanly.
 */
final class JsonLayout {

    /** Lines up to this length are kept together. */
    private static final int LINE_WIDTH = 100;
    /**
     * Flat objects with at most this many fields, such as spans and mentions, stay on one line even
     * when long: a span is read as one unit, and its quoted text is often longer than a line anyway.
     */
    private static final int ALWAYS_ONE_LINE_FIELDS = 4;
    private static final String INDENT = "  ";

    private static final Gson SCALARS = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private JsonLayout() {
    }

    static String format(JsonElement root) {
        StringBuilder out = new StringBuilder();
        if (root.isJsonObject()) {
            // The top level is always spread out, even for an empty corpus, so its sections stand out.
            writeObject(root.getAsJsonObject(), "", out);
        } else {
            write(root, "", 0, out);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonElement element, String indent, int prefixLength, StringBuilder out) {
        String oneLine = oneLine(element);
        boolean fits = oneLine != null && indent.length() + prefixLength + oneLine.length() <= LINE_WIDTH;
        boolean small = oneLine != null && element.isJsonObject()
                && element.getAsJsonObject().size() <= ALWAYS_ONE_LINE_FIELDS;
        if (fits || small) {
            out.append(oneLine);
        } else if (element.isJsonObject()) {
            writeObject(element.getAsJsonObject(), indent, out);
        } else if (element.isJsonArray()) {
            writeArray(element.getAsJsonArray(), indent, out);
        } else {
            out.append(SCALARS.toJson(element));
        }
    }

    private static void writeObject(JsonObject object, String indent, StringBuilder out) {
        String inner = indent + INDENT;
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = SCALARS.toJson(entry.getKey()) + ": ";
            out.append(separator).append(inner).append(key);
            write(entry.getValue(), inner, key.length(), out);
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    private static void writeArray(JsonArray array, String indent, StringBuilder out) {
        String inner = indent + INDENT;
        out.append('[');
        String separator = "\n";
        for (JsonElement item : array) {
            out.append(separator).append(inner);
            write(item, inner, 0, out);
            separator = ",\n";
        }
        out.append('\n').append(indent).append(']');
    }

    /** The element on one line, or null when it contains a nested object or array (or is one non-empty). */
    private static String oneLine(JsonElement element) {
        if (element.isJsonObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
                String value = scalarOrFlatArray(entry.getValue());
                if (value == null) {
                    return null;
                }
                parts.add(SCALARS.toJson(entry.getKey()) + ": " + value);
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return scalarOrFlatArray(element);
    }

    /** A scalar, or an array of scalars such as a list of aliases, on one line; else null. */
    private static String scalarOrFlatArray(JsonElement element) {
        if (element.isJsonObject()) {
            return element.getAsJsonObject().size() == 0 ? "{}" : null;
        }
        if (element.isJsonArray()) {
            List<String> items = new ArrayList<>();
            for (JsonElement item : element.getAsJsonArray()) {
                if (item.isJsonObject() || item.isJsonArray()) {
                    return null;
                }
                items.add(SCALARS.toJson(item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return SCALARS.toJson(element);
    }
}

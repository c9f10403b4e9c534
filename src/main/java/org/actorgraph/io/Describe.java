package org.actorgraph.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/** Short, unambiguous renderings of values for problem messages. */
final class Describe {

    private static final int MAX_QUOTE = 60;

    private Describe() {
    }

    /**
     * A string in double quotes with line breaks made visible, shortened in the middle of long
     * texts so that a message stays on one line.
     */
    static String quote(String s) {
        String visible = s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r").replace("\t", "\\t");
        if (visible.length() > MAX_QUOTE) {
            int cut = MAX_QUOTE - 15;
            // Never cut a surrogate pair in half: the message would contain a broken character.
            if (Character.isHighSurrogate(visible.charAt(cut - 1))) {
                cut--;
            }
            int tail = visible.length() - 12;
            if (Character.isLowSurrogate(visible.charAt(tail))) {
                tail++;
            }
            visible = visible.substring(0, cut) + "…" + visible.substring(tail);
        }
        return "\"" + visible + "\"";
    }

    /** What a JSON value is, for "found …": {@code string "5"}, {@code number 1.5}, {@code an array}. */
    static String found(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return String.valueOf(primitive.getAsBoolean());
        }
        if (primitive.isNumber()) {
            return "number " + primitive.getAsNumber();
        }
        return "string " + quote(primitive.getAsString());
    }
}

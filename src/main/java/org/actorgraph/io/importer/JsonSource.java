package org.actorgraph.io.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shared reading of the JSON formats (doccano, Label Studio): parsing with a message that says
 * where the JSON breaks, and places written as a line of a JSONL file plus a JSON path, or as a
 * JSON path into a whole JSON file.
 */
final class JsonSource {

    private JsonSource() {
    }

    /** A place in a JSON document: the JSONL line (or 0 for a whole file) and the JSON path. */
    record Place(String file, int line, String path) {
        Place at(String field) {
            return new Place(file, line, path + "." + field);
        }

        Place index(int i) {
            return new Place(file, line, path + "[" + i + "]");
        }

        /** The problem location: "line" for JSONL (the path goes into the message), else the path. */
        String location() {
            return line > 0 ? String.valueOf(line) : path;
        }

        /** The message, preceded by the JSON path for JSONL places. */
        String message(String message) {
            return line > 0 ? path + ": " + message : message;
        }
    }

    /** Parses JSON text, or reports where it is malformed and returns empty. */
    static Optional<JsonElement> parse(String text, String file, int line, ImportProblems problems) {
        try {
            return Optional.of(JsonParser.parseString(text));
        } catch (JsonParseException e) {
            String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            problems.error(file, line > 0 ? String.valueOf(line) : "", "not valid JSON: " + cause
                    + (line > 0 ? "; the line is skipped" : ""));
            return Optional.empty();
        }
    }

    static void error(ImportProblems problems, Place place, String message) {
        problems.error(place.file(), place.location(), place.message(message));
    }

    static void warning(ImportProblems problems, Place place, String message) {
        problems.warning(place.file(), place.location(), place.message(message));
    }

    static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** An integer field, or null (reported) when absent or not an integer. */
    static Integer integer(JsonObject o, String field, Place place, ImportProblems problems) {
        JsonElement e = o.get(field);
        if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            double d = e.getAsDouble();
            if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        error(problems, place.at(field), "expected an integer offset, found " + (e == null ? "nothing" : e.toString()));
        return null;
    }

    static List<JsonObject> objects(JsonElement e) {
        List<JsonObject> result = new ArrayList<>();
        if (e != null && e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                result.add(item.isJsonObject() ? item.getAsJsonObject() : null);
            }
        }
        return result;
    }

    static JsonArray array(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : null;
    }

    /** The text a span claims to cover checked against the article; the nearest occurrence if shifted. */
    static int[] checkSpan(String text, int start, int end, String claimed, Place place, ImportProblems problems) {
        if (start < 0 || end < start || end > text.length()) {
            error(problems, place, "span " + start + "-" + end + " lies outside the text, which is " + text.length()
                    + " UTF-16 code units long; the annotation is skipped");
            return null;
        }
        String actual = text.substring(start, end);
        if (claimed == null || claimed.equals(actual)) {
            return new int[] {start, end};
        }
        int best = -1;
        for (int at = text.indexOf(claimed); at >= 0 && !claimed.isEmpty(); at = text.indexOf(claimed, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        if (best >= 0) {
            warning(problems, place, "the annotation says \"" + claimed + "\" but the text at " + start + "-" + end
                    + " is \"" + actual + "\"; the nearest \"" + claimed + "\" at " + best + "-"
                    + (best + claimed.length()) + " is used");
            return new int[] {best, best + claimed.length()};
        }
        error(problems, place, "the annotation says \"" + claimed + "\" but the text at " + start + "-" + end
                + " is \"" + actual + "\"; the annotation is skipped");
        return null;
    }
}

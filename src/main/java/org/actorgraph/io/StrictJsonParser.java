package org.actorgraph.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.FilterReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Parses text into a Gson tree with a strict {@link JsonReader}: no comments, no single quotes, no
 * unquoted names, no trailing commas, no NaN, exactly one top-level value.
 *
 * <p>It walks the reader itself rather than using {@code JsonParser} because it needs to know what
 * it was expecting when the reader fails (to say so in the message) and because Gson's tree would
 * silently keep only the last of two fields with the same name, which hides editing mistakes.
 *
 * <p>A large array of the top-level object (a corpus file's articles) can be handed over element by
 * element as it is parsed, through an {@link ElementSink}, instead of becoming part of the tree: then
 * only one element's tree is held at a time.
 */
final class StrictJsonParser {

    private final String text;
    private final Problems problems;
    private final JsonReader reader;
    private Expectation expecting = Expectation.DOCUMENT;
    private String lastName;
    /** The closing bracket of each open object or array, innermost first. */
    private final Deque<Character> open = new ArrayDeque<>();

    private final ElementSink sink;

    private StrictJsonParser(String text, Problems problems, Reader source, ElementSink sink) {
        this.text = text;
        this.problems = problems;
        this.sink = sink;
        this.reader = new JsonReader(source);
        reader.setStrictness(Strictness.STRICT);
    }

    /**
     * Parses the text. Duplicate field names are reported as errors but do not stop parsing.
     *
     * @return the tree, or null after reporting the first syntax error (the rest of a malformed
     *     document cannot be interpreted reliably, so there is only ever one)
     */
    static JsonElement parse(String text, Problems problems) {
        return parse(text, problems, (ElementSink) null);
    }

    /**
     * Parses the text like {@link #parse(String, Problems)}, but hands the elements of the top-level
     * arrays the sink asks for to the sink as they are read. In the tree such an array is left empty.
     * Problems are reported exactly as without a sink. After a syntax error the sink may have
     * received the elements before it.
     *
     * @param sink receives the elements of chosen top-level arrays, or null to build the whole tree
     */
    static JsonElement parse(String text, Problems problems, ElementSink sink) {
        return new StrictJsonParser(text, problems, new StringReader(text), sink).parseDocument();
    }

    /** Takes the elements of a top-level array while the document is parsed. */
    interface ElementSink {

        /**
         * Whether to take the elements of the array that is the value of the top-level field
         * {@code name}, which appears for the first time in the object.
         *
         * @param soFar the top-level fields before this one (the object the parser is building)
         */
        boolean takes(String name, JsonObject soFar);

        /** One element of an array the sink takes, in order, with its path. */
        void element(JsonElement element, JsonPath path);
    }

    /**
     * Parses the text, telling {@code charsRead} now and then how many characters the parser has
     * consumed and asking {@code cancel} as often.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    static JsonElement parse(String text, Problems problems, LongConsumer charsRead,
                             CancellationToken cancel) {
        return parse(text, problems, charsRead, cancel, null);
    }

    /**
     * Parses the text with progress and cancellation like
     * {@link #parse(String, Problems, LongConsumer, CancellationToken)}, handing the elements of the
     * top-level arrays the sink asks for to the sink like {@link #parse(String, Problems, ElementSink)}.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    static JsonElement parse(String text, Problems problems, LongConsumer charsRead,
                             CancellationToken cancel, ElementSink sink) {
        Reader counting = new FilterReader(new StringReader(text)) {
            private long read;
            private long told;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                cancel.throwIfCancelled();
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    if (read - told >= REPORT_EVERY_CHARS) {
                        told = read;
                        charsRead.accept(read);
                    }
                }
                return n;
            }
        };
        return new StrictJsonParser(text, problems, counting, sink).parseDocument();
    }

    /** How often (in characters) the counting parse reports and asks whether it is cancelled. */
    private static final long REPORT_EVERY_CHARS = 64 * 1024;

    private JsonElement parseDocument() {
        try {
            expecting = Expectation.DOCUMENT;
            reader.peek();
            JsonElement root = readValue(JsonPath.ROOT);
            expecting = Expectation.END_OF_DOCUMENT;
            reader.peek();
            return root;
        } catch (IOException e) {
            SyntaxError error = SyntaxError.describe(e, text, expecting, lastName, open.isEmpty() ? 0 : open.peek());
            problems.errorAt(error.position(), error.message());
            return null;
        }
    }

    private JsonElement readValue(JsonPath path) throws IOException {
        JsonToken token = reader.peek();
        return switch (token) {
            case BEGIN_OBJECT -> readObject(path);
            case BEGIN_ARRAY -> readArray(path);
            case STRING -> new JsonPrimitive(reader.nextString());
            case NUMBER -> number(reader.nextString());
            case BOOLEAN -> new JsonPrimitive(reader.nextBoolean());
            case NULL -> {
                reader.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("JsonReader offered " + token + " where a value belongs");
        };
    }

    private JsonObject readObject(JsonPath path) throws IOException {
        JsonObject object = new JsonObject();
        Map<String, JsonElement> fields = object.asMap();
        reader.beginObject();
        open.push('}');
        expecting = Expectation.FIRST_NAME_OR_END_OF_OBJECT;
        while (reader.hasNext()) {
            String name = reader.nextName();
            lastName = name; // for "expected ':' after the field name"
            expecting = Expectation.VALUE;
            JsonElement value = streams(path, name, object) ? streamArray(path.field(name))
                    : readValue(path.field(name));
            // One lookup for the usual case; a duplicate is put back, keeping the first value.
            JsonElement first = fields.put(name, value);
            if (first != null) {
                fields.put(name, first);
                problems.error(path.field(name), "duplicate field \"" + name
                        + "\": a field may appear only once in an object (this later value would hide the first)");
            }
            lastName = name; // a nested value has set it to one of its own fields
            expecting = Expectation.COMMA_OR_END_OF_OBJECT;
        }
        reader.endObject();
        open.pop();
        return object;
    }

    private JsonArray readArray(JsonPath path) throws IOException {
        JsonArray array = new JsonArray();
        reader.beginArray();
        open.push(']');
        expecting = Expectation.FIRST_ELEMENT_OR_END_OF_ARRAY;
        int index = 0;
        while (reader.hasNext()) {
            expecting = Expectation.VALUE;
            array.add(readValue(path.index(index++)));
            expecting = Expectation.COMMA_OR_END_OF_ARRAY;
        }
        reader.endArray();
        open.pop();
        return array;
    }

    private boolean streams(JsonPath path, String name, JsonObject object) throws IOException {
        return sink != null && path == JsonPath.ROOT && reader.peek() == JsonToken.BEGIN_ARRAY && !object.has(name)
                && sink.takes(name, object);
    }

    /** Reads an array like {@link #readArray}, handing every element to the sink; returns it empty. */
    private JsonArray streamArray(JsonPath path) throws IOException {
        reader.beginArray();
        open.push(']');
        expecting = Expectation.FIRST_ELEMENT_OR_END_OF_ARRAY;
        int index = 0;
        while (reader.hasNext()) {
            expecting = Expectation.VALUE;
            JsonPath at = path.index(index++);
            sink.element(readValue(at), at);
            expecting = Expectation.COMMA_OR_END_OF_ARRAY;
        }
        reader.endArray();
        open.pop();
        return new JsonArray();
    }

    /**
     * Keeps the exact decimal value: spans and versions must be integers, and a double would turn
     * {@code 12.0000000000000001} into {@code 12} without complaint.
     */
    private static JsonPrimitive number(String literal) {
        if (isSmallInteger(literal)) {
            // Most numbers are offsets: the same value as new BigDecimal(literal), without parsing it.
            return new JsonPrimitive(BigDecimal.valueOf(Long.parseLong(literal)));
        }
        try {
            return new JsonPrimitive(new BigDecimal(literal));
        } catch (NumberFormatException e) {
            // Only exponents beyond BigDecimal's range end up here; a double says "infinite" or 0.
            return new JsonPrimitive(Double.parseDouble(literal));
        }
    }

    /** Whether the literal is an optional minus and at most 18 digits, so that it fits a long. */
    private static boolean isSmallInteger(String literal) {
        int start = literal.startsWith("-") ? 1 : 0;
        int length = literal.length() - start;
        if (length < 1 || length > 18) {
            return false;
        }
        for (int i = start; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** What the parser was about to read; decides what a syntax error message says was expected. */
    enum Expectation {
        DOCUMENT,
        VALUE,
        FIRST_NAME_OR_END_OF_OBJECT,
        COMMA_OR_END_OF_OBJECT,
        FIRST_ELEMENT_OR_END_OF_ARRAY,
        COMMA_OR_END_OF_ARRAY,
        END_OF_DOCUMENT
    }
}

package org.actorgraph.io;

import java.io.EOFException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.io.StrictJsonParser.Expectation;

/**
 * Turns a failure of Gson's {@code JsonReader} into a position and a message for a person editing
 * the file: what was expected there and what was found instead.
 *
 * <p>Gson's own messages describe the failure from the parser's side ("Unterminated object",
 * "Use JsonReader.setStrictness(Strictness.LENIENT)…") and their column is usually one past the
 * offending character, so this class reads the text around Gson's position to point at the
 * character itself and name it.
 */
record SyntaxError(TextPosition position, String message) {

    private static final Pattern GSON_LOCATION =
            Pattern.compile("^(.*?) at line (\\d+) column (\\d+) path ", Pattern.DOTALL);
    private static final String LENIENT_HINT = "Use JsonReader.setStrictness";
    /** Characters Gson only accepts in lenient mode, between or after values. */
    private static final String LENIENT_SEPARATORS = ";#/\\=";
    private static final String VALUE = "a value (an object, array, string in double quotes, number, true, false or null)";

    static SyntaxError describe(IOException failure, String text, Expectation expecting, String lastName,
                                char closer) {
        String gsonMessage = String.valueOf(failure.getMessage());
        Matcher m = GSON_LOCATION.matcher(gsonMessage);
        if (!m.find()) {
            return new SyntaxError(TextPosition.of(text, text.length()), "malformed JSON: " + gsonMessage);
        }
        String kind = m.group(1);
        int reported = new TextPosition(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).offsetIn(text);
        if (failure instanceof EOFException || kind.startsWith("End of input")) {
            return endOfInput(text, expecting);
        }
        if (kind.startsWith("Unterminated string")) {
            return at(text, text.length(), "unterminated string: expected a closing '\"' before the end of the file");
        }
        if (kind.startsWith("Unescaped control characters") || kind.startsWith("Cannot escape a newline")) {
            int offset = firstControlCharacter(text, reported);
            return at(text, offset, "unescaped " + describeChar(text, offset) + " in a string: "
                    + "write line breaks as \\n and tabs as \\t");
        }
        if (kind.startsWith("Invalid escape") || kind.startsWith("Invalid escaped character")
                || kind.startsWith("Malformed Unicode escape") || kind.startsWith("Unterminated escape")) {
            int offset = text.lastIndexOf('\\', Math.max(0, reported - 1));
            return at(text, Math.max(offset, 0), "invalid escape sequence in a string: expected one of "
                    + "\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX");
        }
        if (kind.startsWith("Nesting limit")) {
            return at(text, reported, "nested too deeply");
        }
        int offset = offendingOffset(text, reported, kind, expecting);
        String found = describeToken(text, offset);
        return at(text, offset, "expected " + expected(kind, expecting, lastName, closer, text, offset)
                + ", found " + found + hint(text, offset));
    }

    private static SyntaxError at(String text, int offset, String message) {
        return new SyntaxError(TextPosition.of(text, offset), "malformed JSON: " + message);
    }

    private static SyntaxError endOfInput(String text, Expectation expecting) {
        if (text.isBlank()) {
            return at(text, text.length(), "the file is empty: expected a JSON object "
                    + "{\"format\": \"actorgraph-corpus\", \"version\": 1, ...}");
        }
        String expected = switch (expecting) {
            case FIRST_NAME_OR_END_OF_OBJECT, COMMA_OR_END_OF_OBJECT -> "',' or '}' (an object is not closed)";
            case FIRST_ELEMENT_OR_END_OF_ARRAY, COMMA_OR_END_OF_ARRAY -> "',' or ']' (an array is not closed)";
            default -> VALUE;
        };
        return at(text, text.length(), "unexpected end of file: expected " + expected);
    }

    /**
     * Where the offending character is. Gson consumes a punctuation character before rejecting it,
     * so its column is one past; but it backs up before rejecting the start of an unquoted word
     * such as {@code tru} or {@code NaN}, so there its column is the word itself.
     */
    private static int offendingOffset(String text, int reported, String kind, Expectation expecting) {
        if (reported <= 0) {
            return 0;
        }
        if (kind.startsWith("Expected value")) {
            return reported;
        }
        boolean valueExpected = expecting == Expectation.VALUE || expecting == Expectation.DOCUMENT
                || expecting == Expectation.FIRST_ELEMENT_OR_END_OF_ARRAY
                || expecting == Expectation.COMMA_OR_END_OF_ARRAY;
        if (!valueExpected || !kind.startsWith(LENIENT_HINT)) {
            return reported - 1;
        }
        if (reported < text.length() && isWordChar(text.charAt(reported))) {
            // Gson rejects "1;" or "true#" while reading the word, before reaching the separator.
            int end = reported;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && LENIENT_SEPARATORS.indexOf(text.charAt(end)) >= 0
                    && isValidWord(text.substring(reported, end))) {
                return end;
            }
        }
        char before = text.charAt(reported - 1);
        if ("]'=;".indexOf(before) >= 0) {
            return reported - 1;
        }
        if (before == ',') {
            // A second comma ("[1,,2]" or "[,2]") is the offence itself; after "[1," it is the word.
            char previous = previousNonWhitespace(text, reported - 1);
            return previous == ',' || previous == '[' ? reported - 1 : reported;
        }
        return reported < text.length() && isWordChar(text.charAt(reported)) ? reported : reported - 1;
    }

    private static String expected(String kind, Expectation expecting, String lastName, char closer, String text,
                                   int offset) {
        char found = offset < text.length() ? text.charAt(offset) : 0;
        String afterLastValue = lastName == null ? "" : " after the value of \"" + lastName + "\"";
        if (found == ';' && closer != 0) {
            return "',' or '" + closer + "'" + (closer == '}' ? afterLastValue : " after an array element");
        }
        if (kind.startsWith("Unterminated object")) {
            return "',' or '}'" + afterLastValue;
        }
        if (kind.startsWith("Unterminated array")) {
            return "',' or ']' after an array element";
        }
        if (kind.startsWith("Expected ':'")) {
            return "':' after the field name \"" + lastName + "\"";
        }
        if (kind.startsWith("Expected name")) {
            return found == '}'
                    ? "a field name in double quotes after ',' (JSON allows no comma after the last field)"
                    : "a field name in double quotes";
        }
        switch (expecting) {
            case FIRST_NAME_OR_END_OF_OBJECT:
                return found == '\'' ? "a field name in double quotes (JSON does not allow single quotes)"
                        : "a field name in double quotes or '}'";
            case COMMA_OR_END_OF_OBJECT:
                return found == ';' ? "',' or '}'" + afterLastValue
                        : found == '\'' ? "a field name in double quotes (JSON does not allow single quotes)"
                        : "a field name in double quotes";
            case COMMA_OR_END_OF_ARRAY:
                if (found == ']') {
                    return "a value after ',' (JSON allows no comma after the last element)";
                }
                if (found == ';') {
                    return "',' or ']' after an array element";
                }
                break;
            case END_OF_DOCUMENT:
                return "the end of the file after the closing '}' (a file holds exactly one JSON value)";
            default:
                break;
        }
        if (found == '=') {
            return "':' after the field name \"" + lastName + "\"";
        }
        if (found == '\'') {
            return "a string in double quotes (JSON does not allow single quotes)";
        }
        return VALUE;
    }

    private static String hint(String text, int offset) {
        char found = offset < text.length() ? text.charAt(offset) : 0;
        return found == '/' || found == '#' ? " (JSON does not allow comments)" : "";
    }

    /** Whether Gson would have accepted the word as a value had a valid character followed it. */
    private static boolean isValidWord(String word) {
        return word.equals("true") || word.equals("false") || word.equals("null")
                || word.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    }

    private static char previousNonWhitespace(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static int firstControlCharacter(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return i;
            }
        }
        return Math.min(Math.max(0, from), text.length());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
    }

    /** Names what is at the offset: a word, a quoted string, a single character, or the end of file. */
    static String describeToken(String text, int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(offset);
        if (c == '"') {
            int end = offset + 1;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n' && end - offset < 40) {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            boolean closed = end < text.length() && text.charAt(end) == '"';
            return "the string " + text.substring(offset, Math.min(end + (closed ? 1 : 0), text.length()))
                    + (closed ? "" : "…");
        }
        if (isWordChar(c)) {
            int end = offset;
            while (end < text.length() && isWordChar(text.charAt(end)) && end - offset < 30) {
                end++;
            }
            return "'" + text.substring(offset, end) + "'";
        }
        return describeChar(text, offset);
    }

    private static String describeChar(String text, int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(offset);
        return switch (c) {
            case '\n', '\r' -> "line break";
            case '\t' -> "tab";
            case '\'' -> "a single quote";
            default -> c < 0x20 ? String.format("control character U+%04X", (int) c) : "'" + c + "'";
        };
    }
}

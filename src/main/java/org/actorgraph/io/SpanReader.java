package org.actorgraph.io;

import com.google.gson.JsonElement;
import org.actorgraph.model.TextSpan;

/**
 * Reads the spans of an article (mention places, evidence, attribution cues) and checks them
 * against its text: offsets in range and in order, and the optional {@code text} equal to what the
 * offsets cover, which catches offsets that were shifted by an edit of the article.
 */
final class SpanReader {

    private final Problems problems;

    SpanReader(Problems problems) {
        this.problems = problems;
    }

    /** Reads a span object such as an evidence entry or a cue. */
    TextSpan read(JsonElement element, JsonPath path, String articleText) {
        JsonFields fields = JsonFields.of(element, path, CorpusFormat.SPAN, problems);
        return fields == null ? null : read(fields, articleText);
    }

    /**
     * Reads the {@code start}, {@code end} and {@code text} fields of an object that is or contains
     * a span (a mention carries them inline).
     *
     * @param articleText the article text, or null when it is unknown (already reported): then only
     *     the offsets themselves are checked
     * @return the span, or null after reporting what is wrong with it
     */
    TextSpan read(JsonFields fields, String articleText) {
        Integer start = fields.integer("start");
        Integer end = fields.integer("end");
        String claimed = fields.string("text");
        if (start == null || end == null) {
            return null;
        }
        boolean valid = checkNotNegative(fields, "start", start) & checkNotNegative(fields, "end", end);
        if (!valid) {
            return null;
        }
        if (end < start) {
            problems.error(fields.path(), "span ends before it starts (start " + start + ", end " + end
                    + "): expected end >= start, with end just past the last character");
            return null;
        }
        TextSpan span = new TextSpan(start, end);
        if (articleText == null) {
            return span;
        }
        if (!span.fitsIn(articleText.length())) {
            problems.error(fields.path("end"), "span " + range(start, end) + " goes past the end of the article text, "
                    + "which is " + articleText.length() + " UTF-16 code units long");
            return null;
        }
        warnIfSplitsCharacter(fields, "start", start, articleText);
        warnIfSplitsCharacter(fields, "end", end, articleText);
        String actual = span.of(articleText);
        if (claimed != null && !claimed.equals(actual)) {
            problems.error(fields.path("text"), "span text " + Describe.quote(claimed) + " differs from the article text at "
                    + range(start, end) + ", which is " + Describe.quote(actual) + whereElse(claimed, start, articleText));
            return null;
        }
        return span;
    }

    private boolean checkNotNegative(JsonFields fields, String field, int offset) {
        if (offset < 0) {
            problems.error(fields.path(field), "negative offset " + offset
                    + ": expected an integer >= 0 (a UTF-16 offset into the article text)");
            return false;
        }
        return true;
    }

    /**
     * A span boundary between the halves of a surrogate pair cuts a character such as an emoji in
     * two. It is usually a sign of offsets counted in code points instead of UTF-16 code units, but
     * the span is still well defined, so this is only a warning.
     */
    private void warnIfSplitsCharacter(JsonFields fields, String field, int offset, String text) {
        if (offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset))) {
            problems.warning(fields.path(field), "offset " + offset + " falls inside the character "
                    + text.substring(offset - 1, offset + 1) + " (two UTF-16 code units) and cuts it in half; "
                    + "offsets count UTF-16 code units, not characters");
        }
    }

    /** Where the claimed text does occur, nearest to the span: the usual cause is shifted offsets. */
    private static String whereElse(String claimed, int start, String text) {
        if (claimed.isEmpty()) {
            return "";
        }
        int best = -1;
        for (int at = text.indexOf(claimed); at >= 0; at = text.indexOf(claimed, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        return best < 0 ? "" : "; the span text is found at " + range(best, best + claimed.length())
                + " (are the offsets shifted?)";
    }

    static String range(int start, int end) {
        return "[" + start + ", " + end + ")";
    }
}

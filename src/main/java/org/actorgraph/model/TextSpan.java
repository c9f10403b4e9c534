package org.actorgraph.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's text, the same
 * indices as {@link String#substring(int, int)}.
 */
public record TextSpan(int start, int end) {

    /** @throws IllegalArgumentException if {@code start < 0} or {@code end < start} */
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether the span lies inside a text of the given length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    /** The covered text; the caller guarantees that the span {@link #fitsIn fits}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}

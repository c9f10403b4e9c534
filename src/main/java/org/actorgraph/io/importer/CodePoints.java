package org.actorgraph.io.importer;

/**
 * Converts offsets counted in Unicode code points (brat, which is written in Python) into UTF-16
 * code units (Java, the corpus format) and back. Texts without characters outside the Basic
 * Multilingual Plane, the usual case, need no table.
 */
final class CodePoints {

    private final String text;
    private final int length;
    /** UTF-16 offset of each code point offset, or null when the two are the same. */
    private final int[] utf16;

    CodePoints(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            utf16 = null;
        } else {
            utf16 = new int[length + 1];
            int unit = 0;
            for (int cp = 0; cp < length; cp++) {
                utf16[cp] = unit;
                unit += Character.charCount(text.codePointAt(unit));
            }
            utf16[length] = text.length();
        }
    }

    /** The number of code points in the text. */
    int length() {
        return length;
    }

    /** The UTF-16 offset of a code point offset in {@code [0, length()]}. */
    int toUtf16(int codePointOffset) {
        return utf16 == null ? codePointOffset : utf16[codePointOffset];
    }

    /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts the pair as passed). */
    int toCodePoints(int utf16Offset) {
        return utf16 == null ? utf16Offset : text.codePointCount(0, utf16Offset);
    }
}

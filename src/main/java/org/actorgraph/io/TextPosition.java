package org.actorgraph.io;

/**
 * A line and column in a text, both counted from 1, as editors show them. Lines end at {@code '\n'}
 * (a preceding {@code '\r'} counts as part of the line, as in Gson's own positions); columns count
 * UTF-16 code units.
 */
record TextPosition(int line, int column) {

    /** The position of the character at {@code offset}, or just past the end for {@code text.length()}. */
    static TextPosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart + 1);
    }

    /** The offset this position denotes in the text, clamped to {@code [0, text.length()]}. */
    int offsetIn(CharSequence text) {
        int currentLine = 1;
        int i = 0;
        while (currentLine < line && i < text.length()) {
            if (text.charAt(i) == '\n') {
                currentLine++;
            }
            i++;
        }
        return Math.max(0, Math.min(text.length(), i + column - 1));
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

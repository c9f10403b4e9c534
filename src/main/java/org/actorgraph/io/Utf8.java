package org.actorgraph.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. A lenient decoder would silently replace bad bytes with U+FFFD, which
 * shifts nothing but corrupts names and makes span texts mismatch far from the real cause, so a
 * file in another encoding is reported at the first undecodable byte instead.
 */
final class Utf8 {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private Utf8() {
    }

    /**
     * Decodes the bytes, dropping a leading byte order mark (which some Windows editors write).
     *
     * @return the text, or null after reporting where the bytes stop being UTF-8
     */
    static String decode(byte[] bytes, Problems problems) {
        // The JDK's own decoding is several times faster; it turns every undecodable byte into
        // U+FFFD, so a text without U+FFFD came from valid UTF-8. Otherwise decode again strictly to
        // find the bad byte (or to learn that the file really contains U+FFFD).
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf(REPLACEMENT_CHARACTER) < 0) {
            return dropByteOrderMark(fast);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int offset = in.position();
            TextPosition at = TextPosition.of(out, out.length());
            problems.errorAt(at, String.format(
                    "the file is not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded; "
                            + "save the file with UTF-8 encoding", bytes[offset] & 0xFF, offset));
            return null;
        }
        String text = out.toString();
        return dropByteOrderMark(text);
    }

    static String dropByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}

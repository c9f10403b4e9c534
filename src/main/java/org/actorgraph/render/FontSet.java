package org.actorgraph.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts bundled for exports, so a figure looks the same on every machine and names in any
 * script render: DejaVu Sans (Latin, Greek, Cyrillic and more) first, NanumGothic for what DejaVu
 * lacks (Hangul, and the CJK ideographs of KS X 1001). Text is split into {@linkplain Run runs},
 * each drawn in the first font that has its glyphs. Code points neither font has are replaced by
 * U+FFFD so that no output format fails on them. Immutable and safe to share.
 */
public final class FontSet {

    /** A bundled font. */
    public enum Face {
        PRIMARY("DejaVuSans.ttf", "\"DejaVu Sans\", Verdana, Arial, sans-serif"),
        CJK("NanumGothic.ttf", "NanumGothic, \"Noto Sans CJK KR\", \"Malgun Gothic\", \"Apple SD Gothic Neo\", sans-serif");

        private final String file;
        private final String cssFamilies;

        Face(String file, String cssFamilies) {
            this.file = file;
            this.cssFamilies = cssFamilies;
        }

        /** The class path resource of the TrueType file. */
        public String resource() {
            return "org/actorgraph/render/fonts/" + file;
        }

        /**
         * A CSS font-family list: this font first, then look-alikes a viewer may have installed.
         * Names are in double quotes because JFreeSVG puts the style in single-quoted attributes.
         */
        public String cssFamilies() {
            return cssFamilies;
        }

        /** Opens the TrueType file; the caller closes the stream. */
        public InputStream open() throws IOException {
            InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource());
            if (in == null) {
                throw new IOException("bundled font missing from the class path: " + resource());
            }
            return in;
        }
    }

    /** A piece of text drawn in one font. */
    public record Run(String text, Face face) {
    }

    private static final class Bundled {
        static final FontSet INSTANCE = new FontSet();
    }

    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private final Font primary;
    private final Font cjk;

    private FontSet() {
        primary = load(Face.PRIMARY);
        cjk = load(Face.CJK);
    }

    /** The bundled fonts, loaded once. */
    public static FontSet bundled() {
        return Bundled.INSTANCE;
    }

    private static Font load(Face face) {
        try (InputStream in = face.open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is damaged: " + face.resource(), e);
        }
    }

    /** The Java2D font of a face at a size. */
    public Font font(Face face, double size) {
        return (face == Face.CJK ? cjk : primary).deriveFont((float) size);
    }

    /**
     * Splits text into runs by the font that can show them. Spaces and punctuation both fonts have
     * stay in the run they are in, so a Hangul name is one run and not one per word.
     */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean inPrimary = primary.canDisplay(cp);
            boolean inCjk = cjk.canDisplay(cp);
            Face face;
            if (!inPrimary && !inCjk) {
                cp = 0xFFFD;
                face = Face.PRIMARY;
            } else if (inPrimary && inCjk && currentFace != null && !Character.isLetterOrDigit(cp)) {
                face = currentFace;
            } else {
                face = inPrimary ? Face.PRIMARY : Face.CJK;
            }
            if (currentFace != null && face != currentFace) {
                runs.add(new Run(current.toString(), currentFace));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (currentFace != null) {
            runs.add(new Run(current.toString(), currentFace));
        }
        return runs;
    }

    /** The advance width of a run at a size, in drawing units. */
    public double width(Run run, double size) {
        return font(run.face(), size).getStringBounds(run.text(), MEASURING).getWidth();
    }

    /** The advance width of text at a size, in drawing units. */
    public double width(String text, double size) {
        double width = 0;
        for (Run run : runs(text)) {
            width += width(run, size);
        }
        return width;
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth}, at spaces; a single word wider than
     * that gets a line of its own.
     */
    public List<String> wrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

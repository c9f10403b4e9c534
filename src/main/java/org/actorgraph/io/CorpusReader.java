package org.actorgraph.io;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.actorgraph.model.Corpus;

/**
 * Reads a corpus file (format: docs/corpus-format.md) and validates it completely.
 *
 * <p>Contract:
 * <ul>
 *   <li>Never throws for bad input: a missing or unreadable file, bytes that are not UTF-8, malformed
 *       JSON and invalid content all end up as {@link Problem}s in the {@link LoadResult}.</li>
 *   <li>Reports all content problems together, each with its JSON path and what was expected. A
 *       syntax error stops at the first one, with its line and column, since the rest of a malformed
 *       document cannot be interpreted reliably.</li>
 *   <li>Returns a corpus only when there are no errors; unknown fields are warnings and are ignored.</li>
 *   <li>Never writes to, locks or touches the file it reads.</li>
 * </ul>
 * Instances hold no state, so one reader may be shared and used from several threads.
 */
public final class CorpusReader {

    /** Reads a corpus file; problems name the file by its file name. */
    public LoadResult read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Problems problems = new Problems(name);
        byte[] bytes = readBytes(file, "a corpus file", problems);
        return bytes == null ? result(problems, null) : read(bytes, problems);
    }

    /**
     * Reads a corpus from characters that are already decoded. The reader is read to its end but not
     * closed: whoever opened it closes it.
     *
     * @param sourceName how problems name the source, usually a file name
     */
    public LoadResult read(Reader reader, String sourceName) {
        Problems problems = new Problems(sourceName);
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            problems.fileError("cannot read: " + e.getMessage());
            return result(problems, null);
        }
        return read(Utf8.dropByteOrderMark(text.toString()), problems);
    }

    /**
     * Reads a corpus bundled on the class path, such as the seed corpus.
     *
     * @param resource the resource name relative to the class path root, for example
     *     {@code "org/actorgraph/seed/seed.actorgraph.json"} (a leading '/' is allowed)
     */
    public LoadResult readResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        Problems problems = new Problems(name.substring(name.lastIndexOf('/') + 1));
        ClassLoader loader = CorpusReader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                problems.fileError("no resource " + name + " on the class path");
                return result(problems, null);
            }
            return read(in.readAllBytes(), problems);
        } catch (IOException e) {
            problems.fileError("cannot read resource " + name + ": " + e.getMessage());
            return result(problems, null);
        }
    }

    /**
     * The bytes of a file, or null after reporting why it cannot be read.
     *
     * @param expected what the file should be, for the message about a directory ("a corpus file")
     */
    static byte[] readBytes(Path file, String expected, Problems problems) {
        if (Files.isDirectory(file)) {
            problems.fileError("is a directory, expected " + expected + " (" + file + ")");
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.fileError("file not found: " + file);
        } catch (AccessDeniedException e) {
            problems.fileError("permission denied: cannot read " + file);
        } catch (IOException e) {
            problems.fileError("cannot read " + file + ": " + e.getMessage());
        }
        return null;
    }

    private static LoadResult read(byte[] bytes, Problems problems) {
        String text = Utf8.decode(bytes, problems);
        return text == null ? result(problems, null) : read(text, problems);
    }

    private static LoadResult read(String text, Problems problems) {
        JsonElement root = StrictJsonParser.parse(text, problems);
        Corpus corpus = root == null ? null : CorpusDecoder.decode(root, problems);
        return result(problems, problems.hasErrors() ? null : corpus);
    }

    private static LoadResult result(Problems problems, Corpus corpus) {
        return new LoadResult(problems.file(), corpus, problems.list());
    }
}

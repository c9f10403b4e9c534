package org.actorgraph.io;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
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
        return read(file, ProgressListener.NONE, CancellationToken.NONE);
    }

    /** The scale of the progress a {@link #read(Path, ProgressListener, CancellationToken) read} reports. */
    public static final long PROGRESS_TOTAL = 1000;
    // Shares of PROGRESS_TOTAL: reading the bytes, parsing them, then checking the content article by
    // article. Parsing and checking take about as long as each other (docs/performance.md, "Scale").
    private static final long READ_SHARE = 100;
    private static final long PARSE_SHARE = 450;
    // When the articles are checked while they are parsed, parsing takes nearly all the rest.
    private static final long STREAMED_PARSE_SHARE = 850;
    private static final int CHUNK = 256 * 1024;

    /**
     * Reads a corpus file like {@link #read(Path)}, telling {@code progress} how far it has got
     * (out of {@link #PROGRESS_TOTAL}: reading the bytes, parsing and checking the content) and
     * asking {@code cancel} every few hundred kilobytes whether to stop.
     *
     * @throws CancellationException when cancelled; nothing read so far is kept
     */
    public LoadResult read(Path file, ProgressListener progress, CancellationToken cancel) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Problems problems = new Problems(name);
        String reading = "Reading " + name;
        progress.progress(0, PROGRESS_TOTAL, reading);
        byte[] bytes = readBytes(file, "a corpus file", problems,
                (done, total) -> progress.progress(READ_SHARE * done / Math.max(1, total), PROGRESS_TOTAL, reading),
                cancel);
        if (bytes == null) {
            return result(problems, null);
        }
        String text = Utf8.decode(bytes, problems);
        if (text == null) {
            return result(problems, null);
        }
        cancel.throwIfCancelled();
        long length = Math.max(1, text.length());
        // The articles are decoded as they are parsed, so the tree of the whole file is never held;
        // from then on the characters parsed measure the checking too.
        CorpusDecoder.Streaming decoder = CorpusDecoder.streaming(problems);
        JsonElement root = StrictJsonParser.parse(text, problems,
                chars -> progress.progress(READ_SHARE + parseShare(decoder) * Math.min(chars, length) / length,
                        PROGRESS_TOTAL, reading), cancel, decoder);
        if (root == null) {
            return result(problems, null);
        }
        cancel.throwIfCancelled();
        long checked = READ_SHARE + parseShare(decoder);
        String checking = "Checking " + name;
        progress.progress(checked, PROGRESS_TOTAL, checking);
        int[] told = {-1};
        Corpus corpus = decoder.finish(root, (done, total) -> {
            // Every percent of the articles: a cheap question, and a bar that moves smoothly.
            int percent = (int) (100L * done / Math.max(1, total));
            if (percent != told[0]) {
                told[0] = percent;
                cancel.throwIfCancelled();
                progress.progress(checked + (PROGRESS_TOTAL - checked) * percent / 100, PROGRESS_TOTAL, checking);
            }
        });
        cancel.throwIfCancelled();
        return result(problems, problems.hasErrors() ? null : corpus);
    }

    /** The share of the progress the parse has: larger once it checks the articles as it goes. */
    private static long parseShare(CorpusDecoder.Streaming decoder) {
        return decoder.isStreaming() ? STREAMED_PARSE_SHARE : PARSE_SHARE;
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
        return readBytes(file, expected, problems, (done, total) -> { }, CancellationToken.NONE);
    }

    /** Told how many bytes of how many have been read. */
    @FunctionalInterface
    interface ByteCount {
        void read(long done, long total);
    }

    /**
     * The bytes of a file read in chunks, telling {@code count} after every chunk and asking
     * {@code cancel} before it; null after reporting why the file cannot be read.
     */
    static byte[] readBytes(Path file, String expected, Problems problems, ByteCount count, CancellationToken cancel) {
        if (Files.isDirectory(file)) {
            problems.fileError("is a directory, expected " + expected + " (" + file + ")");
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 16) {
                problems.fileError("cannot read " + file + ": larger than 2 GB");
                return null;
            }
            byte[] bytes = new byte[(int) size];
            int done = 0;
            while (done < bytes.length) {
                cancel.throwIfCancelled();
                int n = in.read(bytes, done, Math.min(CHUNK, bytes.length - done));
                if (n < 0) {
                    break;
                }
                done += n;
                count.read(done, size);
            }
            if (done < bytes.length) {
                return Arrays.copyOf(bytes, done); // the file shrank while it was read
            }
            byte[] rest = in.readAllBytes(); // or grew
            if (rest.length == 0) {
                return bytes;
            }
            byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
            System.arraycopy(rest, 0, all, bytes.length, rest.length);
            return all;
        } catch (NoSuchFileException e) {
            problems.fileError("file not found: " + file);
        } catch (AccessDeniedException e) {
            problems.fileError("permission denied: cannot read " + file);
        } catch (ClosedByInterruptException e) {
            throw new CancellationException("interrupted while reading " + file);
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
        // The articles are decoded as they are parsed, so the tree of the whole file is never held.
        CorpusDecoder.Streaming decoder = CorpusDecoder.streaming(problems);
        JsonElement root = StrictJsonParser.parse(text, problems, decoder);
        Corpus corpus = root == null ? null : decoder.finish(root);
        return result(problems, problems.hasErrors() ? null : corpus);
    }

    private static LoadResult result(Problems problems, Corpus corpus) {
        return new LoadResult(problems.file(), corpus, problems.list());
    }
}

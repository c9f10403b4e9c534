package org.actorgraph.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.actorgraph.model.Corpus;

/**
 * Writes a corpus in the file format of docs/corpus-format.md (current version, fields in documented
 * order, pretty-printed, UTF-8, every span with its {@code text}). Reading the file back with
 * {@link CorpusReader} gives a corpus with the same content.
 *
 * <p>Saving is safe against crashes and full disks: the new content goes to a temporary file in the
 * same directory, is flushed to the disk, and only then replaces the target by an atomic rename, so
 * the target always holds either the old or the new corpus, never half of one. Before that the
 * previous file is copied to {@code NAME.bak}. If anything fails, the temporary file is removed and
 * the target is left as it was. A target that is a symbolic link stays one; the file it points to is
 * replaced ({@link AtomicFiles}). Instances hold no state.
 */
public final class CorpusWriter {

    /** The suffix appended to the file name of the backup copy of the previous file. */
    public static final String BACKUP_SUFFIX = ".bak";

    /**
     * Writes the corpus to {@code file}, keeping the previous content as {@code NAME.bak}.
     *
     * @throws IOException if the file cannot be written; the target is then unchanged
     * @throws IllegalArgumentException if the corpus is inconsistent (a span outside its article);
     *     nothing is written then
     */
    public void write(Corpus corpus, Path file) throws IOException {
        byte[] content = toJson(corpus).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(content), BACKUP_SUFFIX);
    }

    /** The corpus as the text {@link #write} puts in a file. */
    public String toJson(Corpus corpus) {
        return JsonLayout.format(CorpusEncoder.encode(corpus));
    }

    /** Where {@link #write} keeps the previous content of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }
}

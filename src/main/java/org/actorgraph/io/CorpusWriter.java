package org.actorgraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
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
 * replaced. Instances hold no state.
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
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path directory = target.getParent();
        Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            writeDurably(temp, content);
            if (Files.exists(target)) {
                copyPermissions(target, temp);
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The corpus as the text {@link #write} puts in a file. */
    public String toJson(Corpus corpus) {
        return JsonLayout.format(CorpusEncoder.encode(corpus));
    }

    /** Where {@link #write} keeps the previous content of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /** Creates the file (it must not exist yet) and forces its content to the disk before returning. */
    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            out.write(content);
            out.flush();
            channel.force(true);
        }
    }

    /** Keeps the target's access rights, which a new file would otherwise not have. */
    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView destination = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || destination == null) {
            return;
        }
        try {
            destination.setPermissions(source.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the saved corpus is what matters; default permissions are acceptable.
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

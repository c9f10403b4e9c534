package org.actorgraph.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces a file so that it always holds either its old or its complete new content, never half of
 * one: the content goes to a temporary file in the same directory, is forced to the disk, and then
 * replaces the target by an atomic rename. If writing fails, the temporary file is removed and the
 * target is left exactly as it was. A target that is a symbolic link stays one; the file it points
 * to is replaced. Used for saving corpora and for every export.
 */
public final class AtomicFiles {

    /** Produces the content of a file; may throw to abandon the write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code file} atomically.
     *
     * @param backupSuffix appended to the target's name to keep a copy of the previous content, or
     *     null for no backup; the copy sits beside the real target when {@code file} is a symbolic link
     * @throws IOException if the content cannot be produced or written (the target is then unchanged)
     */
    public static void write(Path file, Content content, String backupSuffix) throws IOException {
        Path target = target(file);
        Path temp = temporaryFor(target);
        try {
            writeDurably(temp, content);
            if (Files.exists(target)) {
                copyPermissions(target, temp);
                if (backupSuffix != null) {
                    Files.copy(target, target.resolveSibling(target.getFileName() + backupSuffix),
                            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code content} to {@code file} atomically, without a backup. */
    public static void write(Path file, Content content) throws IOException {
        write(file, content, null);
    }

    /**
     * Writes several files, all or none: every content is written to a temporary file first, in the
     * map's order, and only once all of them are complete are they moved into place. If producing or
     * writing any content fails, every temporary file is removed and every target is left exactly as
     * it was. Each target is replaced atomically; the set is not (a failure while moving, such as a
     * disk removed, can leave the first files replaced).
     *
     * @throws IOException if a content cannot be produced or written (the targets are then unchanged)
     */
    public static void writeAll(Map<Path, Content> files) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Content> entry : files.entrySet()) {
                Path target = target(entry.getKey());
                if (temporaries.containsKey(target)) {
                    throw new IllegalArgumentException("written twice: " + target);
                }
                Path temp = temporaryFor(target);
                temporaries.put(target, temp);
                writeDurably(temp, entry.getValue());
            }
            for (Map.Entry<Path, Path> written : temporaries.entrySet()) {
                if (Files.exists(written.getKey())) {
                    copyPermissions(written.getKey(), written.getValue());
                }
                moveIntoPlace(written.getValue(), written.getKey());
            }
        } finally {
            for (Path temp : temporaries.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Where {@code file} really is (a symbolic link's target), checked to be a file in a directory. */
    private static Path target(Path file) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("no such directory: " + (directory == null ? target : directory));
        }
        if (Files.isDirectory(target)) {
            throw new IOException("is a directory: " + target);
        }
        return target;
    }

    /** A new name beside the target, hidden, that no other write uses. */
    private static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** Creates the file (it must not exist yet) and forces its content to the disk before returning. */
    private static void writeDurably(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            content.writeTo(out);
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
            // Best effort: the content is what matters; default permissions are acceptable.
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

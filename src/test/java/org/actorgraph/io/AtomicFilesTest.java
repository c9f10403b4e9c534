package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private long filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void writesNewContent() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals(1, filesInDir());
    }

    @Test
    void contentThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new conte".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(1, filesInDir());
    }

    @Test
    void aRuntimeFailureAlsoLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(file));
        assertEquals(1, filesInDir());
    }

    @Test
    void keepsABackupWhenAsked() throws IOException {
        Path file = dir.resolve("out.txt");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> out.write('n'), ".bak");
        assertEquals("n", Files.readString(file));
        assertEquals("old", Files.readString(dir.resolve("out.txt.bak")));
    }

    @Test
    void writeAllReplacesEveryFile() throws IOException {
        Path first = dir.resolve("step-01.png");
        Path second = dir.resolve("step-02.png");
        Files.writeString(first, "old 1");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(first, out -> out.write("new 1".getBytes(StandardCharsets.UTF_8)));
        files.put(second, out -> out.write("new 2".getBytes(StandardCharsets.UTF_8)));

        AtomicFiles.writeAll(files);

        assertEquals("new 1", Files.readString(first));
        assertEquals("new 2", Files.readString(second));
        assertEquals(2, filesInDir());
    }

    @Test
    void writeAllReplacesNothingWhenTheLastFileFails() throws IOException {
        Path first = dir.resolve("step-01.png");
        Path second = dir.resolve("step-02.png");
        Files.writeString(first, "old 1");
        Files.writeString(second, "old 2");
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(first, out -> out.write("new 1".getBytes(StandardCharsets.UTF_8)));
        files.put(second, out -> {
            out.write("half of new".getBytes(StandardCharsets.UTF_8));
            throw new java.util.concurrent.CancellationException("cancelled");
        });

        assertThrows(java.util.concurrent.CancellationException.class, () -> AtomicFiles.writeAll(files));

        assertEquals("old 1", Files.readString(first), "complete, but not moved into place alone");
        assertEquals("old 2", Files.readString(second));
        assertEquals(2, filesInDir(), "no temporary file is left");
    }

    @Test
    void refusesADirectoryAsTarget() {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir, out -> out.write('x')));
    }
}

package io.github.dcslint.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @TempDir
    Path temp;

    private List<String> names() throws IOException {
        try (var listing = Files.list(temp.resolve("out"))) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void textIsWrittenAsUtf8IntoAFolderThatDidNotExist() throws Exception {
        Path target = temp.resolve("out/report.txt");
        AtomicFiles.writeText(target, out -> out.write("Größe 413"));
        assertEquals("Größe 413", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("report.txt"), names());
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws Exception {
        Path target = temp.resolve("out/tables.jsonl");
        AtomicFiles.write(target, out -> out.write("old\n".getBytes(StandardCharsets.UTF_8)));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("tables.jsonl"), names());
    }
}

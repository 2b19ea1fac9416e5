package io.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void shouldLeaveNoFileWhenWritingFailsHalfway() throws IOException {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir, "report.csv", out -> {
            out.write("id,subject\r\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), names(), "neither the target nor a temporary file");
    }

    @Test
    void shouldKeepThePreviousFileWhenRewritingFails() throws IOException {
        AtomicFiles.Written first = AtomicFiles.write(dir, "report.json", out -> out.write("{\"v\":1}".getBytes()));
        assertEquals(7, first.size());
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir, "report.json", out -> {
            out.write("{\"v\":".getBytes());
            throw new IllegalStateException("crash");
        }));
        assertEquals("{\"v\":1}", Files.readString(dir.resolve("report.json")));
        assertEquals(List.of("report.json"), names());
    }

    @Test
    void shouldGiveTheSizeAndSha256OfWhatItWrote() throws IOException {
        AtomicFiles.Written w = AtomicFiles.write(dir, "a.txt", out -> out.write("abc".getBytes()));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", w.sha256());
        assertEquals(3, w.size());
        assertFalse(Files.exists(dir.resolve(".a.txt.tmp")));
    }
}

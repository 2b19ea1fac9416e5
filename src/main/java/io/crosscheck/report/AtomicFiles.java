package io.crosscheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a file so that readers see either the old file or the whole new one, never a part: the
 * bytes go to a temporary file in the same directory, which is then moved over the target in one
 * step. A failure while writing deletes the temporary file and leaves the target as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What was written: the name, the size in bytes and the SHA-256 of the content. */
    public record Written(String name, long size, String sha256) {
    }

    public static Written write(Path directory, String name, Body body) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + name + ".", ".tmp");
        try {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (OutputStream file = Files.newOutputStream(temporary);
                    DigestOutputStream out = new DigestOutputStream(new java.io.BufferedOutputStream(file, 64 * 1024), sha)) {
                body.writeTo(out);
                out.flush();
            }
            long size = Files.size(temporary);
            Path target = directory.resolve(name);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The report directory does not support atomic moves: " + directory, e);
            }
            return new Written(name, size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

package io.crosscheck.transfer;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.BodyTooLargeException;
import io.crosscheck.common.LimitedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * An import's body, received whole into a file before any work starts: counted against the upload
 * limit as it arrives (a larger body ends with 413 and nothing written), and deleted when its job ends.
 * A client that goes away mid-upload leaves nothing behind.
 */
final class StagedUpload implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StagedUpload.class);
    private static final String PREFIX = "import-";
    private static final String SUFFIX = ".upload";

    private final Path file;
    private final long size;

    private StagedUpload(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    static StagedUpload receive(InputStream body, long limit, Path directory) throws BodyTooLargeException {
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, PREFIX, SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage an upload in " + directory, e);
        }
        boolean kept = false;
        try (InputStream in = new LimitedInputStream(body, limit); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (BodyTooLargeException e) {
                    throw e;
                } catch (IOException e) {
                    throw new ApiException(400, "Invalid request", "The upload was interrupted before its end; "
                            + "nothing was imported.", null, null);
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                size += n;
            }
            kept = true;
            return new StagedUpload(file, size);
        } catch (IOException e) {
            if (e instanceof BodyTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new UncheckedIOException("Cannot stage an upload in " + directory, e);
        } finally {
            if (!kept) {
                delete(file);
            }
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        delete(file);
    }

    /** Deletes uploads left by a process that stopped mid-import (older than {@code age}). */
    static void sweep(Path directory, Duration age) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> {
                        try {
                            return Files.getLastModifiedTime(f).compareTo(before) < 0;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(StagedUpload::delete);
        } catch (IOException e) {
            LOG.warnf("Could not list %s to delete stale uploads: %s", directory, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete the staged upload %s: %s", file, e.getMessage());
        }
    }
}

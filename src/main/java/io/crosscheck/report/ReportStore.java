package io.crosscheck.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Report files in the database (ADR 0006), so that every instance serves every report. A file is
 * streamed into numbered chunks of {@value #CHUNK} bytes ({@code report_chunk}), each inserted and
 * committed as it fills, so neither the writer nor the database holds a whole file in one piece or
 * one transaction. The files of a date become visible together when {@link #publish} replaces the
 * date's {@code report_file} rows in one transaction; readers stream the chunks back one by one.
 * Plain JDBC on connections outside any JTA transaction: {@code bytea} (PostgreSQL) and
 * {@code varbinary} (H2) both read and write as {@code byte[]}.
 */
@ApplicationScoped
public class ReportStore {

    /** Bytes per chunk row. */
    static final int CHUNK = 256 * 1024;

    private final DataSource dataSource;

    ReportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file as the manifest lists it: the name, the size in bytes and the SHA-256 of the content. */
    public record Written(String name, long size, String sha256) {
    }

    /** A file written, not yet published: its name, size, SHA-256 and where its chunks are. */
    public record Stored(String name, long size, String sha256, UUID blob, int chunks) {
        public Written written() {
            return new Written(name, size, sha256);
        }
    }

    /**
     * Streams {@code body} into new chunks for {@code date}. On failure the chunks written so far are
     * deleted; nothing is visible until {@link #publish}.
     */
    public Stored write(LocalDate date, String name, Body body) throws IOException {
        UUID blob = UUID.randomUUID();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ChunkStream chunks = new ChunkStream(blob, date);
        try {
            try (DigestOutputStream out = new DigestOutputStream(new BufferedOutputStream(chunks, 64 * 1024), sha)) {
                body.writeTo(out);
            }
            return new Stored(name, chunks.size, HexFormat.of().formatHex(sha.digest()), blob, chunks.seq);
        } catch (IOException | RuntimeException e) {
            try {
                deleteBlob(blob);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Makes {@code files} the files of {@code date}, replacing any earlier set in one transaction,
     * then deletes the chunks of the replaced files.
     */
    public void publish(LocalDate date, List<Stored> files) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement delete = c.prepareStatement("delete from report_file where report_date = ?")) {
                    delete.setDate(1, Date.valueOf(date));
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement("insert into report_file "
                        + "(report_date, name, blob_id, size, sha256, chunks) values (?, ?, ?, ?, ?, ?)")) {
                    for (Stored f : files) {
                        insert.setDate(1, Date.valueOf(date));
                        insert.setString(2, f.name());
                        insert.setObject(3, f.blob());
                        insert.setLong(4, f.size());
                        insert.setString(5, f.sha256());
                        insert.setInt(6, f.chunks());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("Publishing the report files of " + date + " failed: " + e.getMessage(), e);
        }
        deleteOrphans(date);
    }

    /**
     * Deletes the chunks of {@code date} that no published file uses: those replaced by a re-run,
     * and those a run that died left behind. Only called by the holder of the date's run guard.
     */
    public void deleteOrphans(LocalDate date) throws IOException {
        update("delete from report_chunk where report_date = ? and blob_id not in "
                + "(select blob_id from report_file where report_date = ?)", date, date);
    }

    /** The published files of {@code date}, by name. */
    public List<Stored> files(LocalDate date) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select name, size, sha256, blob_id, chunks "
                        + "from report_file where report_date = ? order by name")) {
            select.setDate(1, Date.valueOf(date));
            List<Stored> files = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    files.add(new Stored(r.getString(1), r.getLong(2), r.getString(3), r.getObject(4, UUID.class),
                            r.getInt(5)));
                }
            }
            return files;
        } catch (SQLException e) {
            throw new IOException("Reading the report files of " + date + " failed: " + e.getMessage(), e);
        }
    }

    /** A published file of {@code date} by its exact name. */
    public Optional<Stored> file(LocalDate date, String name) throws IOException {
        return files(date).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Streams a file's chunks to {@code out}, one query per chunk. A chunk gone missing (the file
     * was replaced by a re-run and its chunks deleted while this was reading) ends with an error,
     * never with a silently shorter file.
     */
    public void copy(Stored file, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select data from report_chunk where blob_id = ? and seq = ?")) {
            for (int seq = 0; seq < file.chunks(); seq++) {
                select.setObject(1, file.blob());
                select.setInt(2, seq);
                try (ResultSet r = select.executeQuery()) {
                    if (!r.next()) {
                        throw new IOException("Report file " + file.name() + " was replaced while being read");
                    }
                    out.write(r.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("Reading report file " + file.name() + " failed: " + e.getMessage(), e);
        }
    }

    /** Deletes the files of dates before {@code cutoff}, except {@code keep}'s (may be null). */
    public void deleteBefore(LocalDate cutoff, LocalDate keep) throws IOException {
        LocalDate kept = keep == null ? cutoff : keep;
        update("delete from report_file where report_date < ? and report_date <> ?", cutoff, kept);
        update("delete from report_chunk where report_date < ? and report_date <> ?", cutoff, kept);
    }

    private void deleteBlob(UUID blob) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from report_chunk where blob_id = ?")) {
            delete.setObject(1, blob);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Deleting an unfinished report file failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, LocalDate a, LocalDate b) throws IOException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(a));
            s.setDate(2, Date.valueOf(b));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Deleting report files failed: " + e.getMessage(), e);
        }
    }

    /** Buffers {@value #CHUNK} bytes, then inserts them as the next chunk (autocommit: one row, one commit). */
    private final class ChunkStream extends OutputStream {
        private final UUID blob;
        private final LocalDate date;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        int seq;
        long size;

        ChunkStream(UUID blob, LocalDate date) {
            this.blob = blob;
            this.date = date;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == CHUNK) {
                flushChunk();
            }
            buffer[filled++] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    flushChunk();
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                size += n;
            }
        }

        @Override
        public void close() throws IOException {
            if (filled > 0) {
                flushChunk();
            }
        }

        private void flushChunk() throws IOException {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement insert = c.prepareStatement(
                            "insert into report_chunk (blob_id, report_date, seq, data) values (?, ?, ?, ?)")) {
                insert.setObject(1, blob);
                insert.setDate(2, Date.valueOf(date));
                insert.setInt(3, seq);
                insert.setBytes(4, filled == CHUNK ? buffer : Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IOException("Storing report file chunk " + seq + " failed: " + e.getMessage(), e);
            }
            seq++;
            filled = 0;
        }
    }
}

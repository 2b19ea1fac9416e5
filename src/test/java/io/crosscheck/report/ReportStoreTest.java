package io.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Report files in the database: chunked writes, publication as a set, streaming back, clean-up. */
@QuarkusTest
class ReportStoreTest {

    @Inject
    ReportStore store;

    @Inject
    EntityManager em;

    private LocalDate run(LocalDate date) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from report_run where report_date = ?1").setParameter(1, date).executeUpdate();
            em.createNativeQuery("insert into report_run (report_date, status, started_at, window_end) "
                    + "values (?1, 'RUNNING', ?2, ?2)").setParameter(1, date).setParameter(2, Instant.now()).executeUpdate();
        });
        return date;
    }

    private long chunks(LocalDate date) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from report_chunk where report_date = ?1").setParameter(1, date).getSingleResult())
                .longValue());
    }

    private byte[] read(LocalDate date, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copy(store.file(date, name).orElseThrow(), out);
        return out.toByteArray();
    }

    @Test
    void shouldStreamAFileOfSeveralChunksInAndOutByteForByte() throws Exception {
        LocalDate date = run(LocalDate.of(2001, 2, 3));
        byte[] content = new byte[ReportStore.CHUNK * 2 + 12_345];
        new Random(7).nextBytes(content);
        ReportStore.Stored big = store.write(date, "big.bin", out -> {
            for (int i = 0; i < content.length; i += 1000) {
                out.write(content, i, Math.min(1000, content.length - i));
            }
        });
        ReportStore.Stored empty = store.write(date, "empty.txt", out -> { });
        assertEquals(3, big.chunks());
        assertEquals(0, empty.chunks());
        assertTrue(store.files(date).isEmpty(), "nothing is visible before it is published");
        store.publish(date, List.of(big, empty));
        assertArrayEquals(content, read(date, "big.bin"));
        assertEquals(0, read(date, "empty.txt").length);
        ReportStore.Written w = store.file(date, "big.bin").orElseThrow().written();
        assertEquals(content.length, w.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), w.sha256());
        assertTrue(store.file(date, "../big.bin").isEmpty());
    }

    @Test
    void shouldReplaceTheFilesOfADateAsASetAndDropTheOldChunks() throws Exception {
        LocalDate date = run(LocalDate.of(2001, 2, 4));
        store.publish(date, List.of(store.write(date, "a.txt", out -> out.write("first".getBytes())),
                store.write(date, "b.txt", out -> out.write("only in the first".getBytes()))));
        store.publish(date, List.of(store.write(date, "a.txt", out -> out.write("second".getBytes()))));
        assertEquals("second", new String(read(date, "a.txt")));
        assertTrue(store.file(date, "b.txt").isEmpty(), "a file not in the new set is gone");
        assertEquals(1, chunks(date), "the replaced chunks are deleted");
    }

    @Test
    void shouldDeleteTheChunksOfAFileWhoseWritingFailed() throws Exception {
        LocalDate date = run(LocalDate.of(2001, 2, 5));
        assertThrows(IOException.class, () -> store.write(date, "broken.bin", out -> {
            out.write(new byte[ReportStore.CHUNK + 10]);
            throw new IOException("the query failed half way");
        }));
        assertEquals(0, chunks(date));
        store.write(date, "left.bin", out -> out.write(new byte[10]));
        assertEquals(1, chunks(date), "an unpublished file (a run that died) leaves chunks");
        store.deleteOrphans(date);
        assertEquals(0, chunks(date), "the next run of the date deletes them");
    }

    @Test
    void shouldPruneDatesBeforeTheCutoffButKeepTheLatest() throws Exception {
        LocalDate old = run(LocalDate.of(2001, 3, 1));
        LocalDate kept = run(LocalDate.of(2001, 3, 2));
        store.publish(old, List.of(store.write(old, "x", out -> out.write(1))));
        store.publish(kept, List.of(store.write(kept, "x", out -> out.write(2))));
        store.deleteBefore(LocalDate.of(2001, 3, 10), kept);
        assertTrue(store.files(old).isEmpty());
        assertEquals(0, chunks(old));
        assertEquals(1, store.files(kept).size());
    }
}

package io.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crosscheck.Fixtures;
import io.crosscheck.common.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A queued group is judged once its writes have paused for {@code settle}, or once it has waited
 * {@code settle-max} since it was queued, whichever comes first; a write to a waiting group joins its
 * row and restarts the pause. The queue's times are set in SQL, so no case depends on the clock's pace.
 */
@QuarkusTest
class DetectionQueueSettleTest {

    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration SETTLE_MAX = Duration.ofSeconds(60);

    @Inject
    DetectionQueue queue;

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "queued {0} s ago, last write {1} s ago: leased = {2}")
    @CsvSource(nullValues = "none", value = {
        // quiet long enough since it was queued, no write since
        "20, none, true",
        // queued just now
        "2, none, false",
        // a write joined it 2 s ago: the pause starts again
        "20, 2, false",
        // the last write is old enough
        "30, 12, true",
        // written without a pause of settle, but waiting past settle-max
        "61, 1, true",
        "59, 1, false",
    })
    void shouldLeaseAGroupOnceItsWritesHaveSettledOrItWaitedTooLong(int queuedAgo, Integer touchedAgo, boolean leased) {
        Fixtures.awaitDetection(); // the queue holds only this case's row
        Instant now = Instant.now();
        UUID row = insert(now.minusSeconds(queuedAgo), touchedAgo == null ? null : now.minusSeconds(touchedAgo));
        try {
            DetectionQueue.Lease lease = queue.lease(50, SETTLE, SETTLE_MAX);
            boolean took = lease.rows().values().stream().anyMatch(ids -> ids.contains(row));
            assertEquals(leased, took);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from detection_queue where id = :id")
                    .setParameter("id", row).executeUpdate());
        }
    }

    @Test
    void shouldJoinAWriteToTheRowAlreadyWaitingAndRestartItsPause() {
        Fixtures.awaitDetection();
        DetectionQueue.Group group = new DetectionQueue.Group(Ids.newId(), Ids.newId());
        try {
            QuarkusTransaction.requiringNew().run(() -> queue.enqueue(group));
            Object[] first = row(group);
            assertNull(first[2], "no write has joined it yet");
            QuarkusTransaction.requiringNew().run(() -> queue.enqueue(group));
            Object[] second = row(group);
            assertEquals(DetectionQueue.uuid(first[0]), DetectionQueue.uuid(second[0]), "the same row, not a second one");
            assertEquals(String.valueOf(first[1]), String.valueOf(second[1]), "queued when it was first queued");
            assertNotNull(second[2], "the write that joined it is its last write");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from detection_queue where subject_id = :s and metric_id = :m")
                    .setParameter("s", group.subject()).setParameter("m", group.metric()).executeUpdate());
        }
    }

    private Object[] row(DetectionQueue.Group group) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select id, enqueued_at, touched_at from detection_queue "
                    + "where subject_id = :s and metric_id = :m").setParameter("s", group.subject())
                    .setParameter("m", group.metric()).getResultList();
            assertEquals(1, rows.size(), "one waiting row for the group");
            return (Object[]) rows.get(0);
        });
    }

    private UUID insert(Instant queued, Instant touched) {
        UUID id = Ids.newId();
        QuarkusTransaction.requiringNew().run(() -> {
            var insert = em.createNativeQuery("insert into detection_queue (id, subject_id, metric_id, enqueued_at, "
                    + "enqueued_by" + (touched == null ? ") values (:id, :s, :m, :q, 'test')" : ", touched_at) "
                    + "values (:id, :s, :m, :q, 'test', :t)"))
                    .setParameter("id", id).setParameter("s", Ids.newId()).setParameter("m", Ids.newId())
                    .setParameter("q", at(queued));
            if (touched != null) {
                insert.setParameter("t", at(touched));
            }
            insert.executeUpdate();
        });
        return id;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}

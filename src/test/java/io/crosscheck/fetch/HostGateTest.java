package io.crosscheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Per-host politeness with a fake clock: nothing here sleeps or times anything. */
class HostGateTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> slept = new ArrayList<>();

    private HostGate gate(int maxPerHost, long interval) {
        return new HostGate(maxPerHost, interval, now::get, slept::add);
    }

    @Test
    void shouldSpaceRequestStartsToOneHostButNotToAnother() throws Exception {
        HostGate gate = gate(8, SECOND);
        long deadline = now.get() + 60 * SECOND;
        gate.enter("a.example", deadline).close();
        gate.enter("a.example", deadline).close();
        gate.enter("a.example", deadline).close();
        gate.enter("b.example", deadline).close();
        assertEquals(List.of(SECOND, 2 * SECOND), slept);
    }

    @Test
    void shouldLetOnlyMaxPerHostRequestsRunAtOnce() throws Exception {
        HostGate gate = gate(1, 0);
        AutoCloseable first = gate.enter("a.example", now.get() + SECOND);
        FetchException busy = assertThrows(FetchException.class, () -> gate.enter("a.example", now.get()));
        assertEquals(FetchException.Reason.HOST_BUSY, busy.reason());
        gate.enter("b.example", now.get() + SECOND).close();
        first.close();
        gate.enter("a.example", now.get() + SECOND).close();
    }

    @Test
    void shouldGiveUpWhenTheTurnComesAfterTheDeadlineAndFreeTheSlot() throws Exception {
        HostGate gate = gate(1, 10 * SECOND);
        gate.enter("a.example", now.get() + SECOND).close();
        FetchException busy = assertThrows(FetchException.class, () -> gate.enter("a.example", now.get() + SECOND));
        assertEquals(FetchException.Reason.HOST_BUSY, busy.reason());
        now.addAndGet(10 * SECOND);
        gate.enter("a.example", now.get() + SECOND).close();
        assertEquals(List.of(), slept);
    }
}

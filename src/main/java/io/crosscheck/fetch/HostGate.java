package io.crosscheck.fetch;

import io.crosscheck.fetch.FetchException.Reason;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Politeness per host, on this instance: at most {@code maxPerHost} requests to one host at a time,
 * and request starts at least {@code interval} apart. A caller waits its turn until its own deadline,
 * then gives up (HOST_BUSY). The table forgets idle hosts, so it stays small. Plain Java.
 */
public final class HostGate {

    /** Hosts remembered before idle ones are forgotten. */
    static final int MAX_HOSTS = 10_000;

    /** Sleeps for the given nanoseconds (replaceable in tests, which never sleep). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final class Host {
        final Semaphore slots;
        long nextStart;

        Host(int permits, long now) {
            slots = new Semaphore(permits, true);
            nextStart = now;
        }
    }

    private final int maxPerHost;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    public HostGate(int maxPerHost, long intervalNanos, LongSupplier clock, Sleeper sleeper) {
        this.maxPerHost = Math.max(1, maxPerHost);
        this.intervalNanos = Math.max(0, intervalNanos);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits for a turn on {@code host}; close the permit when the request is done. */
    public AutoCloseable enter(String host, long deadlineNanos) throws InterruptedException {
        Host state = hosts.computeIfAbsent(host, h -> new Host(maxPerHost, clock.getAsLong()));
        long remaining = deadlineNanos - clock.getAsLong();
        if (remaining <= 0 || !state.slots.tryAcquire(remaining, TimeUnit.NANOSECONDS)) {
            throw busy(host);
        }
        long wait;
        synchronized (state) {
            long now = clock.getAsLong();
            long start = Math.max(now, state.nextStart);
            if (start > deadlineNanos) {
                state.slots.release();
                throw busy(host);
            }
            state.nextStart = start + intervalNanos;
            wait = start - now;
        }
        if (wait > 0) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                state.slots.release();
                throw e;
            }
        }
        forgetIdle();
        return state.slots::release;
    }

    private void forgetIdle() {
        if (hosts.size() <= MAX_HOSTS) {
            return;
        }
        long now = clock.getAsLong();
        for (Iterator<Map.Entry<String, Host>> it = hosts.entrySet().iterator(); it.hasNext(); ) {
            Host h = it.next().getValue();
            synchronized (h) {
                if (h.slots.availablePermits() == maxPerHost && h.nextStart <= now) {
                    it.remove();
                }
            }
        }
    }

    int size() {
        return hosts.size();
    }

    private static FetchException busy(String host) {
        return FetchException.failed(Reason.HOST_BUSY, "too many requests to " + host
                + " are waiting on this instance; try again later");
    }
}

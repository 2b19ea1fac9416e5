package io.crosscheck.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Polling feeds ({@code crosscheck.feeds.*}); every key is in docs/operations.md, "Feeds". */
@ConfigMapping(prefix = "crosscheck.feeds")
public interface FeedConfig {

    /** Whether this instance runs the scheduled poller (the test profile turns it off). */
    @WithDefault("true")
    boolean pollerEnabled();

    /** How often the poller looks for feeds that are due. */
    @WithDefault("PT30S")
    Duration tick();

    /** At most this many due feeds are polled per tick on one instance. */
    @WithDefault("10")
    int feedsPerTick();

    /** The shortest interval a feed may ask for. */
    @WithDefault("PT5M")
    Duration minInterval();

    /** The longest interval a feed may ask for. */
    @WithDefault("P7D")
    Duration maxInterval();

    /** At most this many new items are queued for fetching per poll; the rest wait for the next poll. */
    @WithDefault("20")
    int maxItemsPerPoll();

    /** A feed document larger than this is refused (the fetcher's own cap applies first). */
    @WithDefault("2097152")
    int maxBytes();

    /** The first retry after a failure waits this long; each further failure doubles it. */
    @WithDefault("PT5M")
    Duration backoffBase();

    /** The longest wait between retries of a failing feed. */
    @WithDefault("PT24H")
    Duration backoffMax();

    /** How long a poller holds a feed; must exceed one poll (the fetch's total timeout and the queueing). */
    @WithDefault("PT5M")
    Duration lease();

    /** An item whose fetch failed is tried again on later polls up to this many times in all. */
    @WithDefault("3")
    int maxItemAttempts();
}

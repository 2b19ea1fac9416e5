package io.crosscheck.feed;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The schedule: every {@code crosscheck.feeds.tick}, polls the feeds that are due. Each poll takes
 * the feed's lease first, so several instances can run this tick and a feed is still polled by one
 * at a time (a feed taken by another instance meanwhile is skipped). Off when
 * {@code crosscheck.feeds.poller-enabled=false} (the test profile: tests poll by hand).
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final FeedService feeds;
    private final FeedConfig config;

    FeedPoller(FeedService feeds, FeedConfig config) {
        this.feeds = feeds;
        this.config = config;
    }

    /** Skips the tick when the poller is turned off. */
    @jakarta.inject.Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        @jakarta.inject.Inject
        FeedConfig config;

        public Disabled() {
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.pollerEnabled();
        }
    }

    @Scheduled(identity = "feed-poller", every = "{crosscheck.feeds.tick}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void tick() {
        for (UUID id : feeds.due(Math.max(1, config.feedsPerTick()))) {
            try {
                feeds.poll(id);
            } catch (RuntimeException e) {
                // One feed's unexpected failure must not stop the others; its lease has been released.
                LOG.warnf(e, "polling feed %s failed", id);
            }
        }
    }
}

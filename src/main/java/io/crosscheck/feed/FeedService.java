package io.crosscheck.feed;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.FieldError;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.fetch.ContentKind;
import io.crosscheck.fetch.FetchException;
import io.crosscheck.fetch.Fetched;
import io.crosscheck.fetch.Fetcher;
import io.crosscheck.fetch.Validators;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import io.crosscheck.source.FetchReport;
import io.crosscheck.source.SourceFetcher;
import io.crosscheck.source.SourceService;
import io.crosscheck.source.SourceTopics;
import io.crosscheck.source.UrlCanonicalizer;
import io.crosscheck.topic.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Feeds: their settings, and polling. A poll takes the feed's lease (one poller per feed at a time,
 * across instances), fetches the document through the {@link Fetcher} (same SSRF rules, size cap and
 * timeouts as pages; conditional with the stored ETag / Last-Modified), reads it with
 * {@link FeedParser}, and queues one fetch job per new item on the sources' own path
 * ({@link SourceFetcher#fetchNew}, which recognises duplicates by canonical URL and proposes claim
 * candidates). Failures are recorded on the feed and back off exponentially. See ADR 0011.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);

    private final FeedRepository feeds;
    private final FeedConfig config;
    private final Fetcher fetcher;
    private final SourceFetcher sourceFetcher;
    private final SourceService sources;
    private final SourceTopics topics;
    private final Jobs jobs;
    private final EntityManager em;
    private final String instance = "poller-" + UUID.randomUUID();

    FeedService(FeedRepository feeds, FeedConfig config, Fetcher fetcher, SourceFetcher sourceFetcher,
            SourceService sources, SourceTopics topics, Jobs jobs, EntityManager em) {
        this.feeds = feeds;
        this.config = config;
        this.fetcher = fetcher;
        this.sourceFetcher = sourceFetcher;
        this.sources = sources;
        this.topics = topics;
        this.jobs = jobs;
        this.em = em;
    }

    // ---- settings -------------------------------------------------------------------------------

    /** Filters: {@code topic} (slug), {@code failing} (true: only feeds whose last poll failed). */
    public Page<FeedView> list(String topic, Boolean failing, PageRequest page) {
        Query query = new Query();
        if (topic != null && !topic.isBlank()) {
            query.and("topicId = :topic", "topic", topics.topicId(topic).orElse(new UUID(0, 0)));
        }
        if (failing != null) {
            query.and(failing ? "consecutiveFailures > 0" : "consecutiveFailures = 0", Map.of());
        }
        Instant now = Instant.now();
        return Page.of(query.page(feeds, page), page, f -> f.id, f -> FeedView.of(f, slug(f.topicId), now));
    }

    public FeedView get(UUID id) {
        Feed feed = find(id);
        return FeedView.of(feed, slug(feed.topicId), Instant.now());
    }

    private Feed find(UUID id) {
        return feeds.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("feed", id));
    }

    @Transactional
    public FeedView create(FeedInput input) {
        Settings settings = check(input, null);
        Feed feed = new Feed();
        apply(feed, settings);
        feeds.persistAndFlush(feed);
        return FeedView.of(feed, slug(feed.topicId), Instant.now());
    }

    @Transactional
    public FeedView update(UUID id, FeedInput input, String ifMatch) {
        Feed feed = find(id);
        ETags.checkIfMatch(ifMatch, feed.version);
        Settings settings = check(input, id);
        boolean moved = !settings.canonicalUrl.equals(feed.canonicalUrl);
        long before = feed.intervalSeconds;
        apply(feed, settings);
        if (moved) {
            // Another document: its validators and error history do not carry over; poll it soon.
            feed.httpEtag = null;
            feed.httpLastModified = null;
            feed.consecutiveFailures = 0;
            feed.lastError = null;
            feed.lastReason = null;
            feed.lastStatus = null;
            feed.nextAttemptAt = now();
        } else if (before != feed.intervalSeconds && feed.consecutiveFailures == 0 && feed.lastPolledAt != null) {
            feed.nextAttemptAt = feed.lastPolledAt.plusSeconds(feed.intervalSeconds);
        }
        feeds.flush();
        return FeedView.of(feed, slug(feed.topicId), Instant.now());
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Feed feed = find(id);
        ETags.checkIfMatch(ifMatch, feed.version);
        feeds.delete(feed);
    }

    private record Settings(String url, String canonicalUrl, UUID topicId, long intervalSeconds) {
    }

    /** Checks every field (400 listing them), then the URL's fetch rules and the topic (422), then duplicates (409). */
    private Settings check(FeedInput input, UUID self) {
        if (input == null) {
            throw ApiException.badRequest("A feed needs a JSON body with url and interval.");
        }
        List<FieldError> errors = new ArrayList<>();
        String url = input.url() == null ? null : input.url().trim();
        String canonical = null;
        if (url == null || url.isEmpty()) {
            errors.add(new FieldError("url", "must not be blank"));
        } else if (url.length() > 2048) {
            errors.add(new FieldError("url", "must be at most 2048 characters"));
        } else {
            canonical = UrlCanonicalizer.canonicalize(url).orElse(null);
            if (canonical == null) {
                errors.add(new FieldError("url", "must be an absolute http or https URL"));
            }
        }
        Long seconds = null;
        if (input.interval() == null || input.interval().isBlank()) {
            errors.add(new FieldError("interval", "must not be blank (an ISO-8601 duration such as PT30M, or seconds)"));
        } else {
            seconds = interval(input.interval().trim(), errors);
        }
        if (input.topic() != null && input.topic().length() > 80) {
            errors.add(new FieldError("topic", "must be at most 80 characters"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid; see errors.";
            throw new ApiException(400, "Invalid request", detail, errors, null);
        }
        fetcher.precheck(url);
        UUID topicId = input.topic() == null || input.topic().isBlank() ? null : topics.require(input.topic(), "topic");
        String key = canonical;
        feeds.findByCanonicalUrl(key).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("A feed with this URL already exists: " + other.id + ".",
                    Map.of("existingId", other.id));
        });
        return new Settings(url, canonical, topicId, seconds);
    }

    private Long interval(String raw, List<FieldError> errors) {
        Duration d;
        try {
            d = raw.chars().allMatch(Character::isDigit) && raw.length() <= 12 ? Duration.ofSeconds(Long.parseLong(raw))
                    : Duration.parse(raw.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.add(new FieldError("interval", "must be an ISO-8601 duration such as PT30M, or a number of seconds"));
            return null;
        }
        if (d.compareTo(config.minInterval()) < 0 || d.compareTo(config.maxInterval()) > 0) {
            errors.add(new FieldError("interval", "must be between " + config.minInterval() + " and "
                    + config.maxInterval()));
            return null;
        }
        return d.toSeconds();
    }

    private void apply(Feed feed, Settings s) {
        feed.url = s.url;
        feed.canonicalUrl = s.canonicalUrl;
        feed.topicId = s.topicId;
        feed.intervalSeconds = s.intervalSeconds;
        if (feed.nextAttemptAt == null) {
            feed.nextAttemptAt = now();
        }
    }

    private String slug(UUID topicId) {
        if (topicId == null) {
            return null;
        }
        Topic topic = em.find(Topic.class, topicId);
        return topic == null ? null : topic.slug;
    }

    // ---- polling --------------------------------------------------------------------------------

    /** The ids of up to {@code limit} feeds due now and not held by a poller, the longest-waiting first. */
    public List<UUID> due(int limit) {
        Instant now = now();
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select f.id from Feed f where f.nextAttemptAt <= :now and (f.leaseUntil is null or f.leaseUntil < :now) "
                        + "order by f.nextAttemptAt, f.id", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList());
    }

    /**
     * Takes the feed's lease: one UPDATE that succeeds for one caller only (the row lock makes the
     * second UPDATE re-read the lease it just set). Committed at once, so other instances see it.
     */
    boolean lease(UUID id, String owner) {
        Instant now = now();
        Instant until = now.plus(config.lease());
        int updated = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update feed set lease_until = ?1, lease_owner = ?2 where id = ?3 and (lease_until is null or lease_until < ?4)")
                .setParameter(1, until).setParameter(2, owner).setParameter(3, id).setParameter(4, now)
                .executeUpdate());
        return updated == 1;
    }

    /** Polls now, whatever the schedule says: 404 for no such feed, 409 while another poller holds it. */
    public PollResult pollNow(UUID id) {
        find(id);
        Optional<PollResult> result = poll(id);
        return result.orElseThrow(() -> ApiException.conflict("This feed is being polled right now (by this or "
                + "another instance); try again when it is done.", Map.of("feedId", id)));
    }

    /** Polls the feed if its lease can be taken; empty when another poller holds it (or it is gone). */
    public Optional<PollResult> poll(UUID id) {
        String owner = instance + "/" + UUID.randomUUID();
        if (!lease(id, owner)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(pollLeased(id));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update feed set lease_until = null, lease_owner = null where id = ?1 and lease_owner = ?2")
                    .setParameter(1, id).setParameter(2, owner).executeUpdate());
        }
    }

    private record Target(String url, UUID topicId, String etag, String lastModified, long intervalSeconds,
            int failures) {
    }

    private PollResult pollLeased(UUID id) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            Feed f = em.find(Feed.class, id);
            return f == null ? null : new Target(f.url, f.topicId, f.httpEtag, f.httpLastModified, f.intervalSeconds,
                    f.consecutiveFailures);
        });
        if (target == null) {
            return null;
        }
        Fetched fetched;
        FeedParser.Parsed parsed;
        try {
            fetched = fetcher.get(target.url, ContentKind.FEED, new Validators(target.etag, target.lastModified));
            if (fetched.notModified()) {
                succeeded(id, target, 304, fetched, null, 0);
                return result(id, PollResult.Outcome.NOT_MODIFIED, 304, 0, List.of(), 0, 0, null);
            }
            if (fetched.body().length > config.maxBytes()) {
                throw FetchException.failed(FetchException.Reason.TOO_LARGE, "the feed is larger than "
                        + config.maxBytes() + " bytes (crosscheck.feeds.max-bytes)");
            }
            String contentType = fetched.mediaType() == null ? null
                    : fetched.mediaType() + (fetched.charset() == null ? "" : "; charset=" + fetched.charset());
            parsed = FeedParser.parse(fetched.body(), contentType, fetched.finalUrl());
        } catch (FetchException e) {
            failed(id, target, e.httpStatus(), e.reason().name(), e.getMessage(), e.retryAfterSeconds());
            return result(id, PollResult.Outcome.FAILED, e.httpStatus(), 0, List.of(), 0, 0, e.getMessage());
        } catch (FeedParser.InvalidFeed e) {
            failed(id, target, 200, "INVALID_FEED", e.getMessage(), null);
            return result(id, PollResult.Outcome.FAILED, 200, 0, List.of(), 0, 0, e.getMessage());
        }
        List<PollResult.QueuedItem> queued = new ArrayList<>();
        int known = 0;
        int deferred = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FeedParser.Item item : parsed.items()) {
            Optional<String> canonical = UrlCanonicalizer.canonicalize(item.link());
            if (canonical.isEmpty() || !seen.add(canonical.get())) {
                continue;
            }
            if (queued.size() >= config.maxItemsPerPoll()) {
                if (isNew(id, canonical.get())) {
                    deferred++;
                }
                continue;
            }
            Optional<UUID> itemId = claim(id, canonical.get(), item, target.topicId);
            if (itemId.isEmpty()) {
                known++;
                continue;
            }
            try {
                JobView job = submit(itemId.get(), item.link(), target.topicId);
                queued.add(new PollResult.QueuedItem(item.link(), item.title(), job.id(), job.location().toString()));
            } catch (ApiException e) {
                if (e.status() != 503) {
                    throw e;
                }
                // The job queue is full: leave this item (and the rest) for the next poll.
                unclaim(itemId.get());
                deferred++;
            }
        }
        succeeded(id, target, fetched.status(), fetched, parsed.title(), queued.size());
        return result(id, PollResult.Outcome.POLLED, fetched.status(), parsed.entries(), queued, known, deferred, null);
    }

    private boolean isNew(UUID feedId, String canonical) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(i) from FeedItem i where i.feedId = :feed and i.canonicalUrl = :url", Long.class)
                .setParameter("feed", feedId).setParameter("url", canonical).getSingleResult() == 0
                && sources.existing(canonical).isEmpty());
    }

    /**
     * Records the item as QUEUED when it is new (or failed before and may be tried again) and returns
     * its row id; empty when it is known. An item whose URL is already a source is recorded as FETCHED
     * with that source (which joins the feed's topic) and is not fetched again.
     */
    private Optional<UUID> claim(UUID feedId, String canonical, FeedParser.Item item, UUID topicId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<FeedItem> rows = em.createQuery("from FeedItem where feedId = :feed and canonicalUrl = :url",
                    FeedItem.class).setParameter("feed", feedId).setParameter("url", canonical).getResultList();
            Instant now = now();
            if (!rows.isEmpty()) {
                FeedItem row = rows.get(0);
                if (row.state != FeedItem.State.FAILED || row.attempts >= config.maxItemAttempts()) {
                    return Optional.<UUID>empty();
                }
                row.state = FeedItem.State.QUEUED;
                row.attempts++;
                row.error = null;
                row.updatedAt = now;
                return Optional.of(row.id);
            }
            FeedItem row = new FeedItem();
            row.id = Ids.newId();
            row.feedId = feedId;
            row.canonicalUrl = canonical;
            row.url = item.link();
            row.title = item.title();
            row.firstSeenAt = now;
            row.updatedAt = now;
            Optional<UUID> existing = sources.existing(canonical);
            if (existing.isPresent()) {
                row.state = FeedItem.State.FETCHED;
                row.sourceId = existing.get();
                row.attempts = 0;
                em.persist(row);
                if (topicId != null) {
                    topics.add(topicId, existing.get());
                }
                return Optional.<UUID>empty();
            }
            row.state = FeedItem.State.QUEUED;
            row.attempts = 1;
            em.persist(row);
            return Optional.of(row.id);
        });
    }

    private void unclaim(UUID itemId) {
        QuarkusTransaction.requiringNew().run(() -> {
            FeedItem row = em.find(FeedItem.class, itemId);
            if (row != null && row.attempts <= 1) {
                em.remove(row);
            } else if (row != null) {
                row.attempts--;
                row.state = FeedItem.State.FAILED;
            }
        });
    }

    /** Queues the item's fetch on the sources' path; the job records what became of the item. */
    private JobView submit(UUID itemId, String url, UUID topicId) {
        JobView job = jobs.submit("fetch", url, context -> {
            context.total(1);
            try {
                FetchReport report = sourceFetcher.fetchNew(url, topicId);
                itemDone(itemId, FeedItem.State.FETCHED, report.sourceId(), null);
                context.processed(1);
                return report;
            } catch (RuntimeException e) {
                itemDone(itemId, FeedItem.State.FAILED, null, e.getMessage());
                throw e;
            }
        });
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update FeedItem set jobId = :job where id = :id")
                .setParameter("job", job.id()).setParameter("id", itemId).executeUpdate());
        return job;
    }

    private void itemDone(UUID itemId, FeedItem.State state, UUID sourceId, String error) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update FeedItem set state = :state, sourceId = :source, error = :error, updatedAt = :now where id = :id")
                .setParameter("state", state).setParameter("source", sourceId)
                .setParameter("error", error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…")
                .setParameter("now", now()).setParameter("id", itemId).executeUpdate());
    }

    private void succeeded(UUID id, Target target, int status, Fetched fetched, String title, int queued) {
        Instant now = now();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update Feed set lastPolledAt = :now, lastSuccessAt = :now, lastStatus = :status, lastReason = null, "
                        + "lastError = null, consecutiveFailures = 0, nextAttemptAt = :next, httpEtag = :etag, "
                        + "httpLastModified = :lm, title = coalesce(:title, title), itemsQueued = itemsQueued + :queued "
                        + "where id = :id")
                .setParameter("now", now).setParameter("status", status)
                .setParameter("next", now.plusSeconds(target.intervalSeconds))
                .setParameter("etag", fetched.etag()).setParameter("lm", fetched.lastModified())
                .setParameter("title", title).setParameter("queued", (long) queued).setParameter("id", id)
                .executeUpdate());
    }

    private void failed(UUID id, Target target, Integer status, String reason, String error, Long retryAfter) {
        Instant now = now();
        int failures = target.failures + 1;
        Duration wait = backoff(failures, config.backoffBase(), config.backoffMax());
        if (retryAfter != null && retryAfter > wait.toSeconds()) {
            wait = Duration.ofSeconds(Math.min(retryAfter, config.backoffMax().toSeconds()));
        }
        LOG.debugf("feed %s failed (%d in a row): %s; next attempt in %s", id, failures, error, wait);
        Instant next = now.plus(wait);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update Feed set lastPolledAt = :now, lastStatus = :status, lastReason = :reason, lastError = :error, "
                        + "consecutiveFailures = :failures, nextAttemptAt = :next where id = :id")
                .setParameter("now", now).setParameter("status", status).setParameter("reason", reason)
                .setParameter("error", error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…")
                .setParameter("failures", failures).setParameter("next", next).setParameter("id", id)
                .executeUpdate());
    }

    /** base × 2^(failures−1), capped at {@code max}. */
    static Duration backoff(int failures, Duration base, Duration max) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long seconds = base.toSeconds() << doublings;
        return seconds <= 0 || seconds > max.toSeconds() ? max : Duration.ofSeconds(seconds);
    }

    private PollResult result(UUID id, PollResult.Outcome outcome, Integer status, int entries,
            List<PollResult.QueuedItem> queued, int known, int deferred, String error) {
        FeedView view = QuarkusTransaction.requiringNew().call(() -> {
            Feed feed = em.find(Feed.class, id);
            return feed == null ? null : FeedView.of(feed, slug(feed.topicId), Instant.now());
        });
        return new PollResult(id, outcome, status, entries, List.copyOf(queued), known, deferred, error, view);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

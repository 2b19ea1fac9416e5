package io.crosscheck.source;

import io.crosscheck.common.ApiException;
import io.crosscheck.fetch.ContentKind;
import io.crosscheck.fetch.FetchException;
import io.crosscheck.fetch.Fetched;
import io.crosscheck.fetch.Fetcher;
import io.crosscheck.fetch.Target;
import io.crosscheck.fetch.Validators;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import io.crosscheck.page.Decoded;
import io.crosscheck.page.Page;
import io.crosscheck.page.PageDecoder;
import io.crosscheck.page.PageReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sources from the web: fetches a page (in a job: {@code POST /api/sources {"url"}} answers 202), reads
 * its metadata and article text, and stores it as a source — or, for a source already stored, as a new
 * version of its text. The network is never used inside a database transaction.
 */
@ApplicationScoped
public class SourceFetcher {

    /** The longest text a source keeps (the column's size); longer articles are cut at a paragraph. */
    static final int MAX_TEXT = 1_000_000;

    private final Fetcher fetcher;
    private final Jobs jobs;
    private final SourceService sources;
    private final SourceTopics topics;
    private final Validator validator;
    private final jakarta.enterprise.event.Event<SourceFetched> fetchedEvent;

    SourceFetcher(Fetcher fetcher, Jobs jobs, SourceService sources, SourceTopics topics, Validator validator,
            jakarta.enterprise.event.Event<SourceFetched> fetchedEvent) {
        this.fetchedEvent = fetchedEvent;
        this.fetcher = fetcher;
        this.jobs = jobs;
        this.sources = sources;
        this.topics = topics;
        this.validator = validator;
    }

    /**
     * Queues the fetch of a new source. Refused at once (422) when the URL breaks a rule that needs no
     * network, 409 when a source already has this URL, 422 for an unknown topic.
     */
    public JobView submit(SourceCreate request) {
        request.check(validator);
        Target target = fetcher.precheck(request.url());
        sources.existing(request.url()).ifPresent(id -> {
            throw ApiException.conflict("A source with this URL already exists: " + id + "; POST /api/sources/" + id
                    + "/fetch fetches it again.", Map.of("existingId", id));
        });
        UUID topicId = request.topic() == null ? null : topics.require(request.topic(), "topic");
        String url = request.url().trim();
        return jobs.submit("fetch", target.url(), context -> {
            context.total(1);
            FetchReport report = fetchNew(url, topicId);
            context.processed(1);
            return report;
        });
    }

    /** Queues a new fetch of a stored source (conditional when it was fetched before). */
    public JobView submitRefetch(UUID id) {
        SourceService.Refetch refetch = sources.refetchOf(id);
        fetcher.precheck(refetch.url());
        return jobs.submit("refetch", refetch.url(), context -> {
            context.total(1);
            FetchReport report = refetch(id);
            context.processed(1);
            return report;
        });
    }

    /** Fetches {@code url} and stores it as a new source (or names the source that already has it). */
    public FetchReport fetchNew(String url, UUID topicId) {
        Fetched fetched = fetcher.get(url, ContentKind.PAGE, Validators.NONE);
        Read read = read(fetched);
        List<String> urls = List.of(url, fetched.finalUrl());
        SourceService.Stored stored;
        try {
            stored = sources.storeNew(read.source, urls, topicId);
        } catch (RuntimeException e) {
            if (!uniqueRace(e)) {
                throw e;
            }
            // Another fetch stored the same page meanwhile: now it is a duplicate.
            stored = sources.storeNew(read.source, urls, topicId);
        }
        fetchedEvent.fire(new SourceFetched(stored.sourceId(), stored.outcome()));
        return report(stored, fetched, read);
    }

    /** Fetches a stored source again, conditionally, and keeps a changed text as a new version. */
    public FetchReport refetch(UUID id) {
        SourceService.Refetch refetch = sources.refetchOf(id);
        Fetched fetched = fetcher.get(refetch.url(), ContentKind.PAGE,
                new Validators(refetch.etag(), refetch.lastModified()));
        if (fetched.notModified()) {
            SourceService.Stored stored = sources.storeNotModified(id, fetched.etag(), fetched.lastModified());
            return report(stored, fetched, null);
        }
        Read read = read(fetched);
        SourceService.Stored stored = sources.storeRefetch(id, read.source);
        fetchedEvent.fire(new SourceFetched(stored.sourceId(), stored.outcome()));
        return report(stored, fetched, read);
    }

    /** A page decoded and read, ready to store. */
    private record Read(FetchedSource source, Page page, Decoded decoded, List<String> notes) {
    }

    private static Read read(Fetched fetched) {
        Decoded decoded = PageDecoder.decode(fetched.body(), fetched.charset());
        Page page = PageReader.read(decoded.text(), fetched.finalUrl(), fetched.contentLanguage());
        List<String> notes = new ArrayList<>(page.notes());
        String text = page.text();
        if (text == null || text.isBlank()) {
            throw FetchException.failed(FetchException.Reason.NO_TEXT, "no article text was found on "
                    + fetched.finalUrl() + " (the page may build its text with JavaScript)");
        }
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf("\n\n", MAX_TEXT);
            text = text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
            notes.add("the article is longer than " + MAX_TEXT + " characters; the rest was left out");
        }
        String canonical = UrlCanonicalizer.canonicalize(page.canonicalUrl() != null ? page.canonicalUrl()
                : fetched.finalUrl()).orElseThrow(() -> FetchException.failed(FetchException.Reason.INVALID_URL,
                        "the page's address cannot be stored"));
        FetchedSource source = new FetchedSource(fetched.finalUrl(), canonical, page.title(), page.publisher(),
                page.author(), page.publishedDate(), page.language(), text, decoded.charset(), decoded.how(),
                fetched.etag(), fetched.lastModified());
        return new Read(source, page, decoded, List.copyOf(notes));
    }

    private static FetchReport report(SourceService.Stored stored, Fetched fetched, Read read) {
        return new FetchReport(stored.sourceId(), "/api/sources/" + stored.sourceId(), stored.outcome(),
                fetched.requestedUrl(), fetched.finalUrl(), fetched.redirects(), fetched.status(),
                read == null ? null : read.decoded.charset(), read == null ? null : read.decoded.how(),
                read == null ? null : read.page.language(), read == null ? null : read.page.languageSource(),
                stored.textVersion(), stored.textLength(), stored.quotesRelocated(), stored.quotesStale(),
                read == null ? List.of() : read.notes);
    }

    private static boolean uniqueRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}

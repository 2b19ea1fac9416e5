package io.crosscheck.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Patcher;
import io.crosscheck.common.Query;
import io.crosscheck.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Rules for sources: one row per canonical URL, a source that claims cite cannot be deleted, and
 * every new text is kept as a numbered version (the quotes taken from it are then re-checked).
 */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final SourceTopics topics;
    private final Patcher patcher;
    private final Event<SourceTextChanged> textChanged;
    private final Validator validator;

    SourceService(SourceRepository sources, SourceTopics topics, Patcher patcher, Event<SourceTextChanged> textChanged,
            Validator validator) {
        this.validator = validator;
        this.sources = sources;
        this.topics = topics;
        this.patcher = patcher;
        this.textChanged = textChanged;
    }

    /**
     * Filters: {@code q} in title or publisher, exact {@code publisher}, {@code lang}, {@code url} (any
     * form of it), {@code topic} (slug: the sources the topic follows).
     */
    public Page<SourceView> list(String q, String publisher, String lang, String url, String topic, PageRequest page) {
        String canonical = url == null ? null : UrlCanonicalizer.canonicalize(url).orElse(url);
        Query query = new Query()
                .and("(lower(title) like :q escape '\\' or lower(publisher) like :q escape '\\')", "q", Query.contains(q))
                .and("lower(publisher) = lower(:publisher)", "publisher", publisher)
                .and("language = :lang", "lang", lang)
                .and("canonicalUrl = :url", "url", canonical);
        if (topic != null && !topic.isBlank()) {
            query.and("id in (select ts.sourceId from TopicSource ts where ts.topicId = :topic)",
                    Map.of("topic", topics.topicId(topic).orElse(new UUID(0, 0))));
        }
        return Page.of(query.page(sources, page), page, s -> s.id, s -> SourceView.of(s, false));
    }

    public SourceView get(UUID id) {
        return SourceView.of(find(id), true);
    }

    public Source find(UUID id) {
        return sources.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("source", id));
    }

    /** Finds a source by id or by any form of its URL. */
    public Optional<Source> findByIdOrUrl(String ref) {
        UUID id = Ids.tryParse(ref);
        if (id != null) {
            return sources.findByIdOptional(id);
        }
        return UrlCanonicalizer.canonicalize(ref).flatMap(sources::findByCanonicalUrl);
    }

    /** The source stored under any form of this URL, if any. */
    public Optional<UUID> existing(String url) {
        return UrlCanonicalizer.canonicalize(url).flatMap(sources::findByCanonicalUrl).map(s -> s.id);
    }

    @Transactional
    public SourceView create(SourceInput input) {
        return create(input, null);
    }

    /** Creates a source typed in by the client (see {@link SourceCreate#check}). */
    @Transactional
    public SourceView create(SourceCreate request) {
        request.check(validator);
        return create(request.toInput(), request.topic());
    }

    /**
     * Creates a source whose canonical URL the caller has just looked up and found free (an import
     * batch looks all its URLs up in one query before it writes), persisted but not flushed: no query
     * of its own, so creating a source does not make Hibernate flush and dirty-check the caller's whole
     * batch. A database error (the URL taken meanwhile) surfaces at the caller's flush.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID createUnflushed(SourceInput input) {
        Source source = new Source();
        set(source, input, canonical(input));
        sources.persist(source);
        recordText(source, null, SourceText.Origin.CREATED, null);
        return source.id;
    }

    /** Creates a source and, when {@code topic} names one, adds it to that topic's sources. */
    @Transactional
    public SourceView create(SourceInput input, String topic) {
        UUID topicId = topic == null ? null : topics.require(topic, "topic");
        Source source = new Source();
        apply(source, input);
        sources.persistAndFlush(source);
        recordText(source, null, SourceText.Origin.CREATED, null);
        if (topicId != null) {
            topics.add(topicId, source.id);
        }
        return SourceView.of(source, true);
    }

    @Transactional
    public SourceView update(UUID id, SourceInput input, String ifMatch) {
        Source source = find(id);
        ETags.checkIfMatch(ifMatch, source.version);
        Integer before = source.textVersion;
        apply(source, input);
        recordText(source, before, SourceText.Origin.EDITED, null);
        sources.flush();
        return SourceView.of(source, true);
    }

    @Transactional
    public SourceView patch(UUID id, JsonNode patch, String ifMatch) {
        Source source = find(id);
        return update(id, patcher.apply(SourceInput.from(source), patch, SourceInput.class), ifMatch);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Source source = find(id);
        ETags.checkIfMatch(ifMatch, source.version);
        Number cited = (Number) sources.getEntityManager()
                .createNativeQuery("select count(*) from appearance where source_id = :id")
                .setParameter("id", id).getSingleResult();
        if (cited.longValue() > 0) {
            throw ApiException.conflict("This source is cited by " + cited + " appearance(s) of claims; "
                    + "remove those appearances first.", Map.of("appearances", cited.longValue()));
        }
        sources.delete(source);
    }

    /** A page of a source's text versions, oldest first; the cursor is the last version number shown. */
    public Page<SourceTextView> versions(UUID id, PageRequest page, String cursor) {
        Source source = find(id);
        int after = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Integer.parseInt(cursor.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("cursor", "must be the next value of a previous page");
            }
        }
        List<SourceText> rows = sources.getEntityManager().createQuery(
                "from SourceText where sourceId = :id and versionNo > :after order by versionNo", SourceText.class)
                .setParameter("id", id).setParameter("after", after).setMaxResults(page.fetchSize()).getResultList();
        boolean more = rows.size() > page.limit();
        List<SourceText> shown = more ? rows.subList(0, page.limit()) : rows;
        return new Page<>(shown.stream().map(t -> SourceTextView.of(t, source.textVersion, false)).toList(),
                more ? Integer.toString(shown.get(shown.size() - 1).versionNo) : null);
    }

    /** One text version, with its text. */
    public SourceTextView version(UUID id, int number) {
        Source source = find(id);
        SourceText text = sources.getEntityManager().find(SourceText.class, new SourceText.Key(id, number));
        if (text == null) {
            throw ApiException.notFound("text version of source " + id, number);
        }
        return SourceTextView.of(text, source.textVersion, true);
    }

    /** What storing a fetched page did. */
    public record Stored(UUID sourceId, Outcome outcome, Integer textVersion, int textLength, int quotesRelocated,
            int quotesStale) {
    }

    /** What became of a fetched page. */
    public enum Outcome { CREATED, DUPLICATE, UPDATED, UNCHANGED, NOT_MODIFIED }

    /**
     * Stores a page fetched for a new source. When a source already has its URL (as asked, as reached
     * after redirects, or as the page's canonical link says), nothing is stored and that source is
     * named (DUPLICATE); it still joins the topic.
     */
    @Transactional
    public Stored storeNew(FetchedSource page, List<String> otherUrls, UUID topicId) {
        Optional<Source> duplicate = sources.findByCanonicalUrl(page.canonicalUrl());
        for (int i = 0; duplicate.isEmpty() && i < otherUrls.size(); i++) {
            duplicate = UrlCanonicalizer.canonicalize(otherUrls.get(i)).flatMap(sources::findByCanonicalUrl);
        }
        if (duplicate.isPresent()) {
            Source existing = duplicate.get();
            if (topicId != null) {
                topics.add(topicId, existing.id);
            }
            return new Stored(existing.id, Outcome.DUPLICATE, existing.textVersion,
                    existing.text == null ? 0 : existing.text.length(), 0, 0);
        }
        Source source = new Source();
        source.url = page.url();
        source.canonicalUrl = page.canonicalUrl();
        source.title = page.title();
        source.publisher = page.publisher();
        source.author = page.author();
        source.language = page.language();
        source.publishedDate = page.publishedDate();
        source.setText(page.text());
        remember(source, page.etag(), page.lastModified());
        sources.persistAndFlush(source);
        recordText(source, null, SourceText.Origin.FETCHED, page);
        if (topicId != null) {
            topics.add(topicId, source.id);
        }
        return new Stored(source.id, Outcome.CREATED, source.textVersion, source.text == null ? 0 : source.text.length(),
                0, 0);
    }

    /**
     * Stores a new fetch of an existing source: a changed text becomes a new version and the quotes
     * citing the source are re-checked; metadata typed by the desk is left alone.
     */
    @Transactional
    public Stored storeRefetch(UUID id, FetchedSource page) {
        Source source = find(id);
        remember(source, page.etag(), page.lastModified());
        Integer before = source.textVersion;
        String previous = source.text;
        source.setText(page.text());
        if (Objects.equals(previous, source.text)) {
            sources.flush();
            return new Stored(id, Outcome.UNCHANGED, source.textVersion, source.text == null ? 0 : source.text.length(),
                    0, 0);
        }
        SourceTextChanged change = recordText(source, before, SourceText.Origin.FETCHED, page);
        sources.flush();
        return new Stored(id, Outcome.UPDATED, source.textVersion, source.text.length(),
                change == null ? 0 : change.relocated(), change == null ? 0 : change.stale());
    }

    /** Records that a conditional fetch found the page unchanged (HTTP 304). */
    @Transactional
    public Stored storeNotModified(UUID id, String etag, String lastModified) {
        Source source = find(id);
        remember(source, etag, lastModified);
        sources.flush();
        return new Stored(id, Outcome.NOT_MODIFIED, source.textVersion, source.text == null ? 0 : source.text.length(),
                0, 0);
    }

    /** The URL and validators for fetching a source again. */
    public record Refetch(String url, String etag, String lastModified) {
    }

    public Refetch refetchOf(UUID id) {
        Source source = find(id);
        return new Refetch(source.url, source.httpEtag, source.httpLastModified);
    }

    private static void remember(Source source, String etag, String lastModified) {
        source.fetchedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        source.httpEtag = etag;
        source.httpLastModified = lastModified;
    }

    /**
     * When the source's text differs from version {@code before}, stores it as the next version and
     * tells the claims, whose quotes are re-checked in this transaction. Returns the event (with what
     * the re-check found), or null when nothing changed.
     */
    private SourceTextChanged recordText(Source source, Integer before, SourceText.Origin origin, FetchedSource page) {
        if (source.text == null) {
            if (before != null) {
                source.textVersion = null;
                return fire(new SourceTextChanged(source.id, before, null));
            }
            return null;
        }
        if (before != null) {
            SourceText current = sources.getEntityManager().find(SourceText.class, new SourceText.Key(source.id, before));
            if (current != null && current.textSha256.equals(source.textSha256)) {
                return null;
            }
        }
        Number last = (Number) sources.getEntityManager()
                .createQuery("select coalesce(max(versionNo), 0) from SourceText where sourceId = :id")
                .setParameter("id", source.id).getSingleResult();
        SourceText version = new SourceText();
        version.sourceId = source.id;
        version.versionNo = last.intValue() + 1;
        version.text = source.text;
        version.textSha256 = source.textSha256;
        version.textFlags = source.textFlags;
        version.origin = origin;
        version.createdBy = Caller.currentActor();
        version.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (page != null) {
            version.fetchedUrl = page.url();
            version.charset = page.charset();
            version.charsetSource = page.charsetSource() == null || page.charsetSource().length() <= 300
                    ? page.charsetSource() : page.charsetSource().substring(0, 299) + "…";
        }
        sources.getEntityManager().persist(version);
        source.textVersion = version.versionNo;
        return before == null && origin == SourceText.Origin.CREATED ? null
                : fire(new SourceTextChanged(source.id, before, version.versionNo));
    }

    private SourceTextChanged fire(SourceTextChanged change) {
        textChanged.fire(change);
        return change;
    }

    private void apply(Source source, SourceInput input) {
        String canonical = canonical(input);
        sources.findByCanonicalUrl(canonical).filter(other -> !other.id.equals(source.id)).ifPresent(other -> {
            throw ApiException.conflict("A source with this URL already exists: " + other.id + ".",
                    Map.of("existingId", other.id));
        });
        set(source, input, canonical);
    }

    private static String canonical(SourceInput input) {
        return UrlCanonicalizer.canonicalize(input.url())
                .orElseThrow(() -> ApiException.invalid("url", "must be an absolute http or https URL"));
    }

    private static void set(Source source, SourceInput input, String canonical) {
        source.url = input.url().trim();
        source.canonicalUrl = canonical;
        source.title = input.title().trim();
        source.publisher = input.publisher().trim();
        source.author = Query.blankToNull(input.author());
        source.language = input.language();
        source.publishedDate = input.publishedDate();
        if (!Objects.equals(input.text(), source.text)) {
            // Unchanged text (as a merge patch sends back) keeps the flags from when it was first cleaned.
            source.setText(input.text());
        }
    }
}

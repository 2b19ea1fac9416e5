package io.crosscheck.source;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Patcher;
import io.crosscheck.common.Query;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Rules for sources: one row per canonical URL, and a source that claims cite cannot be deleted. */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final Patcher patcher;

    SourceService(SourceRepository sources, Patcher patcher) {
        this.sources = sources;
        this.patcher = patcher;
    }

    /** Filters: {@code q} in title or publisher, exact {@code publisher}, {@code lang}, {@code url} (any form of it). */
    public Page<SourceView> list(String q, String publisher, String lang, String url, PageRequest page) {
        String canonical = url == null ? null : UrlCanonicalizer.canonicalize(url).orElse(url);
        Query query = new Query()
                .and("(lower(title) like :q escape '\\' or lower(publisher) like :q escape '\\')", "q", Query.contains(q))
                .and("lower(publisher) = lower(:publisher)", "publisher", publisher)
                .and("language = :lang", "lang", lang)
                .and("canonicalUrl = :url", "url", canonical);
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
        UUID id = io.crosscheck.common.Ids.tryParse(ref);
        if (id != null) {
            return sources.findByIdOptional(id);
        }
        return UrlCanonicalizer.canonicalize(ref).flatMap(sources::findByCanonicalUrl);
    }

    @Transactional
    public SourceView create(SourceInput input) {
        Source source = new Source();
        apply(source, input);
        sources.persistAndFlush(source);
        return SourceView.of(source, true);
    }

    @Transactional
    public SourceView update(UUID id, SourceInput input, String ifMatch) {
        Source source = find(id);
        ETags.checkIfMatch(ifMatch, source.version);
        apply(source, input);
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

    private void apply(Source source, SourceInput input) {
        String canonical = UrlCanonicalizer.canonicalize(input.url())
                .orElseThrow(() -> ApiException.invalid("url", "must be an absolute http or https URL"));
        sources.findByCanonicalUrl(canonical).filter(other -> !other.id.equals(source.id)).ifPresent(other -> {
            throw ApiException.conflict("A source with this URL already exists: " + other.id + ".",
                    Map.of("existingId", other.id));
        });
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

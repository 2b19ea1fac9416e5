package io.crosscheck.claim;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.claim.search.ClaimSearch;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Cursor;
import io.crosscheck.common.ETags;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Patcher;
import io.crosscheck.common.Query;
import io.crosscheck.entity.EntityService;
import io.crosscheck.history.HistoryService;
import io.crosscheck.history.HistoryView;
import io.crosscheck.entity.NamedEntity;
import io.crosscheck.metric.Metric;
import io.crosscheck.metric.MetricService;
import io.crosscheck.source.Source;
import io.crosscheck.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Rules for claims: references must exist, figures must fit their metric, quotes must be exact.
 * Every change (appearances and verdicts included) is recorded in the history, in the same transaction.
 */
@ApplicationScoped
public class ClaimService {

    /** The resource type of claims in the history. */
    public static final String RESOURCE = "claim";

    /** Longest search text ({@code q}). */
    public static final int MAX_SEARCH_LENGTH = 500;

    private final ClaimRepository claims;
    private final EntityService entities;
    private final MetricService metrics;
    private final SourceService sources;
    private final Patcher patcher;
    private final Event<ClaimChanged> changed;
    private final HistoryService history;
    private final Disputes disputes;
    private final ClaimSearch search;

    ClaimService(ClaimRepository claims, EntityService entities, MetricService metrics, SourceService sources,
            Patcher patcher, Event<ClaimChanged> changed, HistoryService history, Disputes disputes,
            ClaimSearch search) {
        this.disputes = disputes;
        this.search = search;
        this.changed = changed;
        this.history = history;
        this.claims = claims;
        this.entities = entities;
        this.metrics = metrics;
        this.sources = sources;
        this.patcher = patcher;
    }

    /** A page of claims matching {@code filter}, in id (creation) order. */
    public Page<ClaimView> list(ClaimFilter filter, PageRequest page) {
        ClaimSearch.Criteria criteria = criteria(filter);
        List<ClaimSearch.Hit> hits = criteria == null ? List.of()
                : search.page(criteria, false, page.after() == null ? null : new ClaimSearch.After(null, page.after()),
                        page.fetchSize());
        Map<UUID, Claim> loaded = load(hits);
        List<Claim> rows = hits.stream().map(h -> loaded.get(h.id())).filter(Objects::nonNull).toList();
        Map<UUID, Disputes.Disputed> disputed = disputes.of(rows.stream().map(c -> c.id).toList());
        return Page.of(rows, page, c -> c.id, c -> ClaimView.of(c, disputed.get(c.id)));
    }

    /**
     * A page of claims matching {@code filter}, best matches of its search first (then by id); the
     * cursor holds the last rank and id. Ranking reads every match, so it costs what the search matches.
     */
    public Page<ClaimView> listByRelevance(ClaimFilter filter, int limit, String cursor) {
        if (Query.blankToNull(filter.q()) == null) {
            throw ApiException.invalid("sort", "relevance needs a search text (q)");
        }
        Cursor.Ranked after = Query.blankToNull(cursor) == null ? null : Cursor.decodeRanked(cursor.trim());
        ClaimSearch.Criteria criteria = criteria(filter);
        List<ClaimSearch.Hit> hits = criteria == null ? List.of()
                : search.page(criteria, true, after == null ? null : new ClaimSearch.After(after.rank(), after.id()),
                        limit + 1);
        boolean more = hits.size() > limit;
        List<ClaimSearch.Hit> shown = more ? hits.subList(0, limit) : hits;
        ClaimSearch.Hit last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        Map<UUID, Claim> loaded = load(shown);
        Map<UUID, Disputes.Disputed> disputed = disputes.of(shown.stream().map(ClaimSearch.Hit::id).toList());
        return new Page<>(shown.stream().map(h -> loaded.get(h.id())).filter(Objects::nonNull)
                .map(c -> ClaimView.of(c, disputed.get(c.id))).toList(),
                more ? Cursor.encode(new Cursor.Ranked(last.rank(), last.id())) : null);
    }

    /** The filters resolved to ids; null when a named subject, claimant, metric or source does not exist. */
    private ClaimSearch.Criteria criteria(ClaimFilter filter) {
        String q = Query.blankToNull(filter.q());
        if (q != null && q.indexOf('\u0000') >= 0) {
            throw ApiException.invalid("q", "must not contain NUL characters");
        }
        if (q != null && q.length() > MAX_SEARCH_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        List<UUID> subjects = filter.subject() == null ? null : entities.resolve(filter.subject());
        List<UUID> claimants = filter.claimant() == null ? null : entities.resolve(filter.claimant());
        UUID metric = null;
        if (filter.metric() != null) {
            metric = metrics.findOptional(filter.metric()).map(m -> m.id).orElse(null);
            if (metric == null) {
                return null;
            }
        }
        UUID source = null;
        if (filter.source() != null) {
            source = sources.findByIdOrUrl(filter.source()).map(s -> s.id).orElse(null);
            if (source == null) {
                return null;
            }
        }
        return new ClaimSearch.Criteria(subjects, claimants, metric, source, filter.topic(),
                filter.verdict() == null ? null : filter.verdict().name(), filter.lang(), q);
    }

    /** The claims of a page, by id; one that was deleted since its id was read is missing. */
    private Map<UUID, Claim> load(List<ClaimSearch.Hit> hits) {
        if (hits.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Claim> byId = new HashMap<>();
        claims.list("id in ?1", hits.stream().map(ClaimSearch.Hit::id).toList()).forEach(c -> byId.put(c.id, c));
        return byId;
    }

    public ClaimView get(UUID id) {
        return view(find(id));
    }

    private ClaimView view(Claim claim) {
        return ClaimView.of(claim, disputes.of(claim.id));
    }

    public Claim find(UUID id) {
        return claims.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("claim", id));
    }

    @Transactional
    public ClaimView create(ClaimInput input) {
        Claim claim = insert(input);
        changed.fire(ClaimChanged.of(claim, null, null));
        // Nothing disputes a claim this transaction has just written: a link needs both its claims
        // stored, and detection (the only writer of links besides people) judges it after the commit.
        return ClaimView.of(claim, Disputes.Disputed.NONE);
    }

    /**
     * Creates a claim without announcing it to conflict detection: for bulk writers (imports), which
     * call {@code ConflictService.detectForClaims} once for each batch of claims they created, instead of
     * detection running once per claim over its whole subject.
     */
    @Transactional
    public UUID createWithoutDetection(ClaimInput input) {
        return insert(input, true).id;
    }

    /**
     * Like {@link #createWithoutDetection(ClaimInput)}, but the claim is only persisted: the caller's
     * transaction flushes it with the rest of its batch (one flush for many claims, instead of one flush
     * each that dirty-checks every entity the batch loaded). A database error then surfaces at that
     * flush, not here: callers that must name the failing claim write again with a flush per claim.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID createUnflushed(ClaimInput input) {
        return insert(input, false).id;
    }

    private Claim insert(ClaimInput input) {
        return insert(input, true);
    }

    private Claim insert(ClaimInput input, boolean flush) {
        Claim claim = new Claim();
        apply(claim, input);
        if (flush) {
            claims.persistAndFlush(claim);
        } else {
            claims.persist(claim);
        }
        history.record(RESOURCE, claim.id, null, ClaimInput.from(claim));
        return claim;
    }

    @Transactional
    public ClaimView update(UUID id, ClaimInput input, String ifMatch) {
        Claim claim = find(id);
        ETags.checkIfMatch(ifMatch, claim.version);
        List<Object> detectionBefore = ClaimChanged.detectionKey(claim);
        UUID subjectBefore = claim.subject.id;
        UUID metricBefore = claim.metric.id;
        ClaimInput before = ClaimInput.from(claim);
        apply(claim, input);
        claim.touch();
        claims.flush();
        history.record(RESOURCE, id, before, ClaimInput.from(claim));
        if (!detectionBefore.equals(ClaimChanged.detectionKey(claim))) {
            changed.fire(ClaimChanged.of(claim, subjectBefore, metricBefore));
        }
        return view(claim);
    }

    @Transactional
    public ClaimView patch(UUID id, JsonNode patch, String ifMatch) {
        ClaimInput base = ClaimInput.from(find(id));
        if (patch != null && patch.isObject()) {
            // a reference patched by name replaces the stored id, unless the patch gives that id too
            base = new ClaimInput(named(patch, "subject", "subjectId") ? null : base.subjectId(),
                    named(patch, "metric", "metricId") ? null : base.metricId(),
                    named(patch, "claimant", "claimantId") ? null : base.claimantId(), base.figure(), base.scope(),
                    base.asOf(), base.periodStart(), base.periodEnd(), base.statement(), base.language(),
                    base.verdict(), base.verdictRationale(), base.appearances());
        }
        return update(id, patcher.apply(base, patch, ClaimInput.class), ifMatch);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Claim claim = find(id);
        ETags.checkIfMatch(ifMatch, claim.version);
        history.record(RESOURCE, id, ClaimInput.from(claim), null);
        changed.fire(ClaimChanged.of(claim, null, null)); // its neighbours' nearest clash may change
        claims.getEntityManager().createNativeQuery("delete from topic_claim where claim_id = :id")
                .setParameter("id", id).executeUpdate();
        claims.delete(claim);
    }

    private static boolean named(JsonNode patch, String nameField, String idField) {
        return patch.has(nameField) && !patch.get(nameField).isNull() && !patch.has(idField);
    }

    /**
     * Sets a claim's verdict as part of another decision (confirming a link): no If-Match, since the
     * decision is guarded by its own; the rationale replaces the verdict's when given. Recorded in the
     * claim's history like any change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setVerdict(UUID id, Verdict verdict, String rationale) {
        Claim claim = find(id);
        ClaimInput before = ClaimInput.from(claim);
        claim.verdict = verdict;
        if (rationale != null && !rationale.isBlank()) {
            claim.verdictRationale = rationale.trim();
        }
        claim.touch();
        claims.flush();
        history.record(RESOURCE, id, before, ClaimInput.from(claim));
    }

    /** Adds one appearance to a claim. */
    @Transactional
    public ClaimView addAppearance(UUID claimId, AppearanceInput input, String ifMatch) {
        Claim claim = find(claimId);
        ETags.checkIfMatch(ifMatch, claim.version);
        ClaimInput before = ClaimInput.from(claim);
        List<AppearanceInput> all = new ArrayList<>(before.appearances());
        all.add(input);
        Appearances.reconcile(claim, all, this::source);
        claim.touch();
        claims.flush();
        history.record(RESOURCE, claimId, before, ClaimInput.from(claim));
        return view(claim);
    }

    /** Removes one appearance from a claim. */
    @Transactional
    public ClaimView removeAppearance(UUID claimId, UUID appearanceId, String ifMatch) {
        Claim claim = find(claimId);
        ETags.checkIfMatch(ifMatch, claim.version);
        ClaimInput before = ClaimInput.from(claim);
        boolean removed = claim.appearances.removeIf(a -> a.id.equals(appearanceId));
        if (!removed) {
            throw ApiException.notFound("appearance of this claim", appearanceId);
        }
        Appearances.ensureFirst(claim.appearances);
        claim.touch();
        claims.flush();
        history.record(RESOURCE, claimId, before, ClaimInput.from(claim));
        return view(claim);
    }

    /** The recorded changes of a claim, oldest first; still readable after the claim is deleted. */
    public Page<HistoryView> history(UUID id, PageRequest page) {
        if (!history.any(RESOURCE, id) && claims.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("claim", id);
        }
        return history.page(RESOURCE, id, page);
    }

    private void apply(Claim claim, ClaimInput input) {
        claim.subject = entity(input.subjectId(), "subjectId", input.subject(), "subject", true);
        claim.claimant = entity(input.claimantId(), "claimantId", input.claimant(), "claimant", false);
        Metric metric = metric(input.metricId(), input.metric());
        claim.metric = metric;
        claim.figure = ClaimFigure.of(Figures.from(input.figure(), metric, input.language()));
        if (input.asOf() != null && (input.periodStart() != null || input.periodEnd() != null)) {
            throw ApiException.unprocessable("asOf", "give either an as-of date or a period, not both");
        }
        if (input.periodStart() != null && input.periodEnd() != null && input.periodEnd().isBefore(input.periodStart())) {
            throw ApiException.unprocessable("periodEnd", "must not be before periodStart");
        }
        claim.scope = Query.blankToNull(input.scope());
        claim.asOf = input.asOf();
        claim.periodStart = input.periodStart();
        claim.periodEnd = input.periodEnd();
        claim.statement = input.statement().trim();
        claim.language = input.language();
        claim.verdict = input.verdict() == null ? Verdict.UNREVIEWED : input.verdict();
        claim.verdictRationale = Query.blankToNull(input.verdictRationale());
        Appearances.reconcile(claim, input.appearances() == null ? List.of() : input.appearances(), this::source);
    }

    /**
     * The entity given by id ({@code idField}) or by id, name or alias ({@code refField}); when both
     * are given they must agree. Null when neither is given and the reference is optional.
     */
    private NamedEntity entity(UUID id, String idField, String ref, String refField, boolean required) {
        NamedEntity byId = null;
        if (id != null) {
            try {
                byId = entities.find(id);
            } catch (ApiException e) {
                throw ApiException.unprocessable(idField, "no entity with this id");
            }
        }
        if (Query.blankToNull(ref) == null) {
            if (byId == null && required) {
                throw ApiException.invalid(refField, "give the " + refField + " by id, name or alias (" + refField
                        + ") or by id (" + idField + ")");
            }
            return byId;
        }
        NamedEntity named = entities.resolveOne(ref, refField);
        if (byId != null && !byId.id.equals(named.id)) {
            throw ApiException.unprocessable(refField, "'" + ref.trim() + "' is " + named.name + " (" + named.id
                    + "), but " + idField + " names " + byId.name + " (" + byId.id + "); give one of them");
        }
        return named;
    }

    /** The metric given by id ({@code metricId}) or by id or key ({@code metric}); both must agree. */
    private Metric metric(UUID id, String ref) {
        Metric byId = id == null ? null : metrics.findOptional(id.toString())
                .orElseThrow(() -> ApiException.unprocessable("metricId", "no metric with this id"));
        if (Query.blankToNull(ref) == null) {
            if (byId == null) {
                throw ApiException.invalid("metric", "give the metric by key or id (metric) or by id (metricId)");
            }
            return byId;
        }
        Metric named = metrics.resolveOne(ref, "metric");
        if (byId != null && !byId.id.equals(named.id)) {
            throw ApiException.unprocessable("metric", "'" + ref.trim() + "' is " + named.metricKey
                    + ", but metricId names " + byId.metricKey + "; give one of them");
        }
        return named;
    }

    private Source source(UUID id, String field) {
        try {
            return sources.find(id);
        } catch (ApiException e) {
            throw ApiException.unprocessable(field, "no source with this id");
        }
    }
}

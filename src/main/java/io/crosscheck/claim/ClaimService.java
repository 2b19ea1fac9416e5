package io.crosscheck.claim;

import com.fasterxml.jackson.databind.JsonNode;
import io.crosscheck.common.ApiException;
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
import java.util.List;
import java.util.UUID;

/**
 * Rules for claims: references must exist, figures must fit their metric, quotes must be exact.
 * Every change (appearances and verdicts included) is recorded in the history, in the same transaction.
 */
@ApplicationScoped
public class ClaimService {

    /** The resource type of claims in the history. */
    public static final String RESOURCE = "claim";

    private final ClaimRepository claims;
    private final EntityService entities;
    private final MetricService metrics;
    private final SourceService sources;
    private final Patcher patcher;
    private final Event<ClaimChanged> changed;
    private final HistoryService history;
    private final Disputes disputes;

    ClaimService(ClaimRepository claims, EntityService entities, MetricService metrics, SourceService sources,
            Patcher patcher, Event<ClaimChanged> changed, HistoryService history, Disputes disputes) {
        this.disputes = disputes;
        this.changed = changed;
        this.history = history;
        this.claims = claims;
        this.entities = entities;
        this.metrics = metrics;
        this.sources = sources;
        this.patcher = patcher;
    }

    public Page<ClaimView> list(ClaimFilter filter, PageRequest page) {
        Query query = new Query();
        if (filter.subject() != null) {
            query.and("subject.id in :subjects", java.util.Map.of("subjects", entities.resolve(filter.subject())));
        }
        if (filter.claimant() != null) {
            query.and("claimant.id in :claimants", java.util.Map.of("claimants", entities.resolve(filter.claimant())));
        }
        if (filter.metric() != null) {
            query.and("metric.id = :metric", "metric", metrics.findOptional(filter.metric()).map(m -> m.id)
                    .orElse(new UUID(0, 0)));
        }
        if (filter.source() != null) {
            query.and("id in (select a.claim.id from Appearance a where a.source.id = :source)", "source",
                    sources.findByIdOrUrl(filter.source()).map(s -> s.id).orElse(new UUID(0, 0)));
        }
        query.and("id in (select c.id from Topic t join t.claims c where t.slug = :topic)", "topic", filter.topic())
                .and("verdict = :verdict", "verdict", filter.verdict())
                .and("language = :lang", "lang", filter.lang())
                .and("(lower(statement) like :q escape '\\' or lower(figure.text) like :q escape '\\' "
                        + "or lower(scope) like :q escape '\\')", "q", Query.contains(filter.q()));
        List<Claim> rows = query.page(claims, page);
        java.util.Map<UUID, List<ClaimView.Disputer>> disputed = disputes.of(rows.stream().map(c -> c.id).toList());
        return Page.of(rows, page, c -> c.id, c -> ClaimView.of(c, disputed.get(c.id)));
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
        Claim claim = new Claim();
        apply(claim, input);
        claims.persistAndFlush(claim);
        history.record(RESOURCE, claim.id, null, ClaimInput.from(claim));
        changed.fire(ClaimChanged.of(claim, null, null));
        return view(claim);
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
        return update(id, patcher.apply(ClaimInput.from(find(id)), patch, ClaimInput.class), ifMatch);
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
        claim.subject = entity(input.subjectId(), "subjectId");
        claim.claimant = input.claimantId() == null ? null : entity(input.claimantId(), "claimantId");
        Metric metric = metrics.findOptional(input.metricId().toString())
                .orElseThrow(() -> ApiException.unprocessable("metricId", "no metric with this id"));
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

    private NamedEntity entity(UUID id, String field) {
        try {
            return entities.find(id);
        } catch (ApiException e) {
            throw ApiException.unprocessable(field, "no entity with this id");
        }
    }

    private Source source(UUID id, String field) {
        try {
            return sources.find(id);
        } catch (ApiException e) {
            throw ApiException.unprocessable(field, "no source with this id");
        }
    }
}

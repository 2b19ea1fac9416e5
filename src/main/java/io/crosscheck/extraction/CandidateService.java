package io.crosscheck.extraction;

import io.crosscheck.claim.AppearanceInput;
import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.FigureInput;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Page;
import io.crosscheck.common.PageRequest;
import io.crosscheck.common.Query;
import io.crosscheck.entity.EntityKind;
import io.crosscheck.entity.EntityService;
import io.crosscheck.entity.NamedEntity;
import io.crosscheck.figure.Figure;
import io.crosscheck.job.JobView;
import io.crosscheck.job.Jobs;
import io.crosscheck.metric.Metric;
import io.crosscheck.metric.MetricService;
import io.crosscheck.security.Caller;
import io.crosscheck.source.Source;
import io.crosscheck.source.SourceFetched;
import io.crosscheck.source.SourceService;
import io.crosscheck.source.SourceTopics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Claim candidates: proposing them for a source's text (a job), listing them for review, accepting
 * one (a new claim with its appearance, or a new appearance of the claim it duplicates), rejecting
 * one with a reason, and accepting the confident ones in bulk. Accepted claims go through
 * {@link ClaimService}, so conflict detection runs on them as on any claim.
 */
@ApplicationScoped
public class CandidateService {

    /** Bulk acceptance takes candidates whose subject and metric confidence reach this, unless told otherwise. */
    static final double DEFAULT_MIN_CONFIDENCE = 0.8;

    private final CandidateRepository candidates;
    private final ExtractionService extraction;
    private final SourceService sources;
    private final SourceTopics topics;
    private final EntityService entities;
    private final MetricService metrics;
    private final ClaimService claims;
    private final Jobs jobs;
    private final CandidateConfig config;

    CandidateService(CandidateRepository candidates, ExtractionService extraction, SourceService sources,
            SourceTopics topics, EntityService entities, MetricService metrics, ClaimService claims, Jobs jobs,
            CandidateConfig config) {
        this.candidates = candidates;
        this.extraction = extraction;
        this.sources = sources;
        this.topics = topics;
        this.entities = entities;
        this.metrics = metrics;
        this.claims = claims;
        this.jobs = jobs;
        this.config = config;
    }

    /**
     * Proposes candidates for a page a fetch job just stored, in that job: a desk that points
     * Crosscheck at a URL (or a feed) finds its figures waiting for review. A failure here is logged;
     * the fetch itself succeeded.
     */
    void onFetched(@jakarta.enterprise.event.Observes SourceFetched fetched) {
        if (!fetched.newText() || !config.proposeOnFetch()) {
            return;
        }
        try {
            propose(fetched.sourceId());
        } catch (RuntimeException e) {
            org.jboss.logging.Logger.getLogger(CandidateService.class)
                    .warnf(e, "Could not propose claim candidates for source %s", fetched.sourceId());
        }
    }

    /** Queues proposing candidates for a source's current text; 404 for no source, 422 for no text. */
    public JobView submitPropose(UUID sourceId) {
        Source source = sources.find(sourceId);
        if (source.text == null) {
            throw ApiException.unprocessable("text", "this source has no stored text to read figures from");
        }
        return jobs.submit("candidates", "/api/sources/" + sourceId, context -> {
            context.total(1);
            CandidateResults.Proposed result = propose(sourceId);
            context.processed(1);
            return result;
        });
    }

    /**
     * Stores a candidate for every figure of the source's current text that has none yet for this
     * text version. The source row is locked meanwhile, so two proposals never store one twice.
     */
    @Transactional
    public CandidateResults.Proposed propose(UUID sourceId) {
        EntityManager em = candidates.getEntityManager();
        Source source = em.find(Source.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw ApiException.notFound("source", sourceId);
        }
        if (source.text == null || source.textVersion == null) {
            throw ApiException.unprocessable("text", "this source has no stored text to read figures from");
        }
        String lang = ExtractionService.languageFor(source);
        List<Candidate> found = extraction.candidatesOf(source);
        Set<Long> existing = new HashSet<>();
        em.createQuery("select c.figureStart, c.figureEnd from ClaimCandidate c where c.sourceId = :s "
                        + "and c.textVersion = :v", Object[].class)
                .setParameter("s", sourceId).setParameter("v", source.textVersion).getResultList()
                .forEach(r -> existing.add(key((Integer) r[0], (Integer) r[1])));
        CandidateInference inference = inference();
        UUID publisher = publisherEntity(source.publisher);
        int created = 0;
        int skipped = 0;
        int already = 0;
        for (CandidateInference.Inferred i : inference.infer(source.text, found, publisher)) {
            ExtractedFigureView f = i.candidate().figure();
            if (existing.contains(key(f.start(), f.end()))) {
                already++;
                continue;
            }
            if (f.text().length() > 200 || f.kind() == null) {
                skipped++; // a claim's figure text holds 200 characters
                continue;
            }
            ClaimCandidate c = new ClaimCandidate();
            c.sourceId = sourceId;
            c.textVersion = source.textVersion;
            c.lang = lang;
            c.figureStart = f.start();
            c.figureEnd = f.end();
            c.quoteStart = i.candidate().sentenceStart();
            c.quoteEnd = i.candidate().sentenceEnd();
            c.quote = i.candidate().sentence();
            c.figureText = f.text();
            c.dimension = f.dimension();
            c.figureKind = f.kind();
            c.figureValue = f.value();
            c.figureLow = f.low();
            c.figureHigh = f.high();
            c.figureCurrency = f.currency();
            c.figureUnit = f.unit() == null || f.unit().length() <= 100 ? f.unit() : f.unit().substring(0, 100);
            c.subjectId = i.subject().id();
            c.subjectConfidence = i.subject().confidence();
            c.metricId = i.metric().id();
            c.metricConfidence = i.metric().confidence();
            c.claimantId = i.claimant().id();
            c.claimantConfidence = i.claimant().confidence();
            c.attribution = i.attribution();
            c.scope = i.scope();
            candidates.persist(c);
            created++;
        }
        return new CandidateResults.Proposed(sourceId, source.textVersion, found.size(), created, already, skipped);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    /** The dossier's entities and metrics, as inference reads them (bounded by configuration). */
    CandidateInference inference() {
        EntityManager em = candidates.getEntityManager();
        List<Object[]> rows = em.createQuery("select e.id, e.name, e.kind from NamedEntity e order by e.id",
                Object[].class).setMaxResults(config.inferenceEntities()).getResultList();
        Map<UUID, List<String>> aliases = new HashMap<>();
        if (!rows.isEmpty()) {
            UUID last = (UUID) rows.get(rows.size() - 1)[0];
            em.createQuery("select e.id, a from NamedEntity e join e.aliases a where e.id <= :last", Object[].class)
                    .setParameter("last", last).getResultList()
                    .forEach(r -> aliases.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        }
        List<CandidateInference.Known> known = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            known.add(new CandidateInference.Known((UUID) r[0], (String) r[1], (EntityKind) r[2],
                    aliases.getOrDefault((UUID) r[0], List.of())));
        }
        List<Metric> all = em.createQuery("select m from Metric m order by m.id", Metric.class)
                .setMaxResults(config.inferenceMetrics()).getResultList();
        List<CandidateInference.KnownMetric> knownMetrics = new ArrayList<>(all.size());
        for (Metric m : all) {
            List<String> labels = new ArrayList<>(m.labels().values());
            knownMetrics.add(new CandidateInference.KnownMetric(m.id, m.metricKey, m.dimension, labels,
                    m.triggerWords()));
        }
        return new CandidateInference(known, knownMetrics);
    }

    /** The entity a source's publisher names (by name or alias), when exactly one does. */
    private UUID publisherEntity(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return null;
        }
        try {
            return entities.resolveOne(publisher, "publisher").id;
        } catch (ApiException e) {
            return null;
        }
    }

    /** A page of candidates in creation (for one source: text) order; an unknown source or topic lists nothing. */
    public Page<CandidateView> list(CandidateState state, String source, String topic, PageRequest page) {
        UUID sourceId = null;
        if (Query.blankToNull(source) != null) {
            sourceId = sources.findByIdOrUrl(source.trim()).map(s -> s.id).orElse(null);
            if (sourceId == null) {
                return new Page<>(List.of(), null);
            }
        }
        UUID topicId = null;
        if (Query.blankToNull(topic) != null) {
            topicId = topics.topicId(topic.trim()).orElse(null);
            if (topicId == null) {
                return new Page<>(List.of(), null);
            }
        }
        Query query = new Query().and("state = :state", "state", state)
                .and("sourceId = :source", "source", sourceId)
                .and("sourceId in (select ts.sourceId from TopicSource ts where ts.topicId = :topic)", "topic", topicId);
        List<ClaimCandidate> rows = query.page(candidates, page);
        Names names = names(rows);
        return Page.of(rows, page, c -> c.id, c -> view(c, names));
    }

    public CandidateView get(UUID id) {
        ClaimCandidate c = find(id);
        return view(c, names(List.of(c)));
    }

    private ClaimCandidate find(UUID id) {
        return candidates.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("candidate", id));
    }

    /**
     * Accepts a candidate: a claim with its appearance (the quote and its offsets), or, when a claim
     * with the same subject, metric, claimant and figure exists, a new appearance of that claim.
     * 409 when it was decided already or the source's text changed since it was found.
     */
    @Transactional
    public CandidateResults.Accepted accept(UUID id, AcceptInput input) {
        AcceptInput in = input == null ? new AcceptInput(null, null, null, null, null, null, null, null) : input;
        EntityManager em = candidates.getEntityManager();
        ClaimCandidate c = em.find(ClaimCandidate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw ApiException.notFound("candidate", id);
        }
        if (c.state != CandidateState.PROPOSED) {
            throw ApiException.conflict("This candidate was " + c.state.name().toLowerCase(Locale.ROOT) + " already.",
                    c.claimId == null ? Map.of() : Map.of("claimId", c.claimId));
        }
        Source source = sources.find(c.sourceId);
        if (source.text == null || !Objects.equals(source.textVersion, c.textVersion)) {
            throw ApiException.conflict("The source's text changed since this candidate was found (version "
                    + c.textVersion + ", now " + source.textVersion + "); POST /api/sources/" + source.id
                    + "/candidates proposes the new text's figures.");
        }
        NamedEntity subject = reference(in.subject(), c.subjectId, "subject", true);
        NamedEntity claimant = in.claimant() != null && in.claimant().isBlank() ? null
                : reference(in.claimant(), c.claimantId, "claimant", false);
        Metric metric;
        if (Query.blankToNull(in.metric()) != null) {
            metric = metrics.resolveOne(in.metric(), "metric");
        } else if (c.metricId != null) {
            metric = metrics.find(c.metricId.toString());
        } else {
            throw ApiException.unprocessable("metric", "no metric was inferred for this figure; give one (id or key)");
        }
        if (metric.dimension != c.dimension) {
            throw ApiException.unprocessable("metric", "the figure '" + c.figureText + "' is a " + c.dimension
                    + " figure, but " + metric.metricKey + " measures " + metric.dimension);
        }
        String quote = c.quote;
        String attribution = Query.blankToNull(in.attribution()) != null ? in.attribution().trim() : c.attribution;
        AppearanceInput appearance = new AppearanceInput(source.id, quote, c.quoteStart, c.quoteEnd, attribution,
                null);
        Claim duplicate = duplicate(c, subject.id, metric.id, claimant == null ? null : claimant.id);
        ClaimView claim;
        if (duplicate != null) {
            boolean present = duplicate.appearances.stream().anyMatch(a -> a.source.id.equals(source.id)
                    && a.quote.equals(quote));
            claim = present ? claims.get(duplicate.id) : claims.addAppearance(duplicate.id, appearance, null);
            c.attached = true;
        } else {
            String statement = Query.blankToNull(in.statement()) != null ? in.statement().trim() : quote;
            FigureInput figure = new FigureInput(c.figureKind, c.figureValue, c.figureLow, c.figureHigh,
                    c.figureCurrency, c.figureUnit, null, c.figureText, c.lang);
            claim = claims.create(new ClaimInput(subject.id, metric.id, claimant == null ? null : claimant.id, figure,
                    Query.blankToNull(in.scope()) != null ? in.scope().trim() : c.scope, in.asOf(), null, null,
                    statement.length() > 2000 ? statement.substring(0, 2000) : statement, source.language,
                    in.verdict(), null, List.of(appearance)));
        }
        c.state = CandidateState.ACCEPTED;
        c.claimId = claim.id();
        c.subjectId = subject.id;
        c.metricId = metric.id;
        c.claimantId = claimant == null ? null : claimant.id;
        decided(c);
        candidates.flush();
        return new CandidateResults.Accepted(view(c, names(List.of(c))), claim);
    }

    /** Rejects a proposed candidate, keeping why. */
    @Transactional
    public CandidateView reject(UUID id, RejectInput input) {
        ClaimCandidate c = candidates.getEntityManager().find(ClaimCandidate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw ApiException.notFound("candidate", id);
        }
        if (c.state != CandidateState.PROPOSED) {
            throw ApiException.conflict("This candidate was " + c.state.name().toLowerCase(Locale.ROOT) + " already.");
        }
        c.state = CandidateState.REJECTED;
        c.reason = input.reason().trim();
        decided(c);
        candidates.flush();
        return view(c, names(List.of(c)));
    }

    /**
     * Accepts, each in its own transaction, the proposed candidates whose subject and metric were
     * inferred with at least {@code minConfidence}; one that fails is reported and the others go on.
     */
    public CandidateResults.Bulk acceptConfident(BulkAcceptInput input) {
        double min = input.minConfidence() == null ? DEFAULT_MIN_CONFIDENCE : input.minConfidence();
        int limit = input.limit() == null ? 50 : input.limit();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> confidentIds(input, min, limit));
        int accepted = 0;
        int attached = 0;
        List<UUID> claimIds = new ArrayList<>();
        List<CandidateResults.Failure> failed = new ArrayList<>();
        for (UUID id : ids) {
            try {
                CandidateResults.Accepted done = QuarkusTransaction.requiringNew().call(() -> accept(id, null));
                accepted++;
                attached += done.candidate().attached() ? 1 : 0;
                if (!claimIds.contains(done.claim().id())) {
                    claimIds.add(done.claim().id());
                }
            } catch (ApiException e) {
                failed.add(new CandidateResults.Failure(id, e.status(), e.getMessage()));
            }
        }
        return new CandidateResults.Bulk(ids.size(), accepted, attached, claimIds, failed);
    }

    private List<UUID> confidentIds(BulkAcceptInput input, double min, int limit) {
        UUID sourceId = null;
        if (Query.blankToNull(input.source()) != null) {
            sourceId = sources.findByIdOrUrl(input.source().trim()).map(s -> s.id)
                    .orElseThrow(() -> ApiException.unprocessable("source", "no source has this id or URL"));
        }
        UUID topicId = Query.blankToNull(input.topic()) == null ? null : topics.require(input.topic().trim(), "topic");
        Query query = new Query().and("state = :state", "state", CandidateState.PROPOSED)
                .and("subjectId is not null and metricId is not null and subjectConfidence >= :min "
                        + "and metricConfidence >= :min", "min", min)
                .and("sourceId = :source", "source", sourceId)
                .and("sourceId in (select ts.sourceId from TopicSource ts where ts.topicId = :topic)", "topic", topicId);
        return query.list(candidates, io.quarkus.panache.common.Sort.by("id"), limit).stream().map(c -> c.id).toList();
    }

    /** A claim with the candidate's subject, metric, claimant and figure, if one exists. */
    private Claim duplicate(ClaimCandidate c, UUID subject, UUID metric, UUID claimant) {
        List<Claim> same = candidates.getEntityManager().createQuery("select c from Claim c where c.subject.id = :s "
                        + "and c.metric.id = :m and " + (claimant == null ? "c.claimant is null" : "c.claimant.id = :k")
                        + " order by c.id", Claim.class)
                .setParameter("s", subject).setParameter("m", metric)
                .setParameter(claimant == null ? "s" : "k", claimant == null ? subject : claimant)
                .setMaxResults(500).getResultList();
        for (Claim claim : same) {
            var f = claim.figure;
            if (f.kind == c.figureKind && Figure.sameNumber(f.low, c.figureLow) && Figure.sameNumber(f.high, c.figureHigh)
                    && Objects.equals(f.currency, c.figureCurrency)
                    && (f.unit == null ? c.figureUnit == null : f.unit.equalsIgnoreCase(String.valueOf(c.figureUnit)))) {
                return claim;
            }
        }
        return null;
    }

    private NamedEntity reference(String ref, UUID inferred, String field, boolean required) {
        if (Query.blankToNull(ref) != null) {
            return entities.resolveOne(ref, field);
        }
        if (inferred != null) {
            return entities.find(inferred);
        }
        if (required) {
            throw ApiException.unprocessable(field, "no " + field + " was inferred for this figure; give one (id, name or alias)");
        }
        return null;
    }

    private static void decided(ClaimCandidate c) {
        c.decidedBy = Caller.currentActor();
        c.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Entity names and metric keys of a page, read in two queries. */
    private record Names(Map<UUID, String> entities, Map<UUID, String> metrics) {
    }

    private Names names(List<ClaimCandidate> rows) {
        Set<UUID> entityIds = new HashSet<>();
        Set<UUID> metricIds = new HashSet<>();
        for (ClaimCandidate c : rows) {
            if (c.subjectId != null) {
                entityIds.add(c.subjectId);
            }
            if (c.claimantId != null) {
                entityIds.add(c.claimantId);
            }
            if (c.metricId != null) {
                metricIds.add(c.metricId);
            }
        }
        Map<UUID, String> entityNames = new HashMap<>();
        Map<UUID, String> metricKeys = new HashMap<>();
        EntityManager em = candidates.getEntityManager();
        if (!entityIds.isEmpty()) {
            em.createQuery("select e.id, e.name from NamedEntity e where e.id in :ids", Object[].class)
                    .setParameter("ids", entityIds).getResultList()
                    .forEach(r -> entityNames.put((UUID) r[0], (String) r[1]));
        }
        if (!metricIds.isEmpty()) {
            em.createQuery("select m.id, m.metricKey from Metric m where m.id in :ids", Object[].class)
                    .setParameter("ids", metricIds).getResultList()
                    .forEach(r -> metricKeys.put((UUID) r[0], (String) r[1]));
        }
        return new Names(entityNames, metricKeys);
    }

    private static CandidateView view(ClaimCandidate c, Names names) {
        return new CandidateView(c.id, c.sourceId, c.textVersion, c.lang,
                new CandidateView.Figure(c.figureText, c.figureStart, c.figureEnd, c.dimension, c.figureKind,
                        c.figureValue, c.figureLow, c.figureHigh, c.figureCurrency, c.figureUnit),
                c.quote, c.quoteStart, c.quoteEnd, ref(c.subjectId, names.entities(), c.subjectConfidence),
                ref(c.metricId, names.metrics(), c.metricConfidence),
                ref(c.claimantId, names.entities(), c.claimantConfidence), c.attribution, c.scope,
                Math.min(c.subjectId == null ? 0 : c.subjectConfidence, c.metricId == null ? 0 : c.metricConfidence),
                c.state, c.reason, c.claimId, c.attached, c.decidedBy, c.decidedAt, c.version, c.createdAt);
    }

    private static CandidateView.Ref ref(UUID id, Map<UUID, String> names, double confidence) {
        return id == null ? null : new CandidateView.Ref(id, names.get(id), confidence);
    }
}

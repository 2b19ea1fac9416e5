package io.crosscheck.transfer;

import io.crosscheck.claim.AppearanceInput;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Ids;
import io.crosscheck.common.InLists;
import io.crosscheck.conflict.ConflictService;
import io.crosscheck.entity.EntityInput;
import io.crosscheck.entity.EntityKind;
import io.crosscheck.entity.EntityService;
import io.crosscheck.figure.Dimension;
import io.crosscheck.metric.MetricInput;
import io.crosscheck.metric.MetricService;
import io.crosscheck.source.SourceInput;
import io.crosscheck.entity.NamedEntity;
import io.crosscheck.metric.Metric;
import io.crosscheck.source.Source;
import io.crosscheck.source.SourceService;
import io.crosscheck.source.UrlCanonicalizer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a batch of import rows in one transaction: names resolved through a cache kept for the
 * whole import (subjects and claimants by name or alias, metrics by key, sources by URL; created when
 * unknown), duplicates found with one query for the batch, claims created without per-claim
 * detection, then conflict detection once for the claims of the batch. A row that fails rolls the
 * attempt back; the rows before it are written again and the rest go on, so one bad row costs one
 * retry, not the batch. A dry run (atomic mode's check) does the same and always rolls back.
 */
@ApplicationScoped
class ImportWriter {

    /** What became of a batch: claims created, rows already stored, and the rows refused with why. */
    record BatchResult(int created, int duplicates, List<ImportResult.RowError> errors) {
    }

    /** Names already resolved during one import: committed ones, and those of the attempt in progress. */
    static final class Names {
        private final Map<String, UUID> entities = new HashMap<>();
        private final Map<String, UUID> metrics = new HashMap<>();
        private final Map<String, UUID> sources = new HashMap<>();
        private final Map<String, UUID> pendingEntities = new HashMap<>();
        private final Map<String, UUID> pendingMetrics = new HashMap<>();
        private final Map<String, UUID> pendingSources = new HashMap<>();

        private void commit() {
            entities.putAll(pendingEntities);
            metrics.putAll(pendingMetrics);
            sources.putAll(pendingSources);
            rollback();
        }

        private void rollback() {
            pendingEntities.clear();
            pendingMetrics.clear();
            pendingSources.clear();
        }

        private static UUID get(Map<String, UUID> committed, Map<String, UUID> pending, String key) {
            UUID id = committed.get(key);
            return id != null ? id : pending.get(key);
        }
    }

    /** Ends an attempt at a row that failed; the transaction is rolled back. */
    private static final class RowFailed extends RuntimeException {
        final int index;

        RowFailed(int index, RuntimeException cause) {
            super(cause);
            this.index = index;
        }
    }

    /** Ends a dry run that went through: its transaction is rolled back on purpose. */
    /**
     * A database error in a part written with one flush for all its rows: which row caused it is
     * unknown, so the part is written again with a flush per row, which names it.
     */
    private static final class Unattributed extends RuntimeException {
        Unattributed(RuntimeException cause) {
            super(cause);
        }
    }

    /** A row's input failing validation here (not an entity failing it at a flush). */
    private static final class InvalidInput extends ConstraintViolationException {
        InvalidInput(Set<? extends ConstraintViolation<?>> violations) {
            super(violations);
        }
    }

    /** Rows to write in one transaction; {@code perRow}: flush each row (to name a failing one). */
    private record Part(List<ImportRow> rows, boolean perRow) {
    }

    private static final class DryRun extends RuntimeException {
        final Attempt attempt;

        DryRun(Attempt attempt) {
            super(null, null, false, false);
            this.attempt = attempt;
        }
    }

    private static final int TIMEOUT_SECONDS = 600;

    private final EntityManager em;
    private final Validator validator;
    private final EntityService entities;
    private final MetricService metrics;
    private final SourceService sources;
    private final ClaimService claims;
    private final ConflictService conflicts;
    private final TransferConfig config;

    ImportWriter(EntityManager em, Validator validator, EntityService entities, MetricService metrics,
            SourceService sources, ClaimService claims, ConflictService conflicts, TransferConfig config) {
        this.em = em;
        this.validator = validator;
        this.entities = entities;
        this.metrics = metrics;
        this.sources = sources;
        this.claims = claims;
        this.conflicts = conflicts;
        this.config = config;
    }

    /** Writes {@code rows} (in committed transactions, or in a dry run that keeps nothing). */
    BatchResult write(List<ImportRow> rows, boolean commit, Names names) {
        int created = 0;
        int duplicates = 0;
        List<ImportResult.RowError> errors = new ArrayList<>();
        Deque<Part> todo = new ArrayDeque<>();
        todo.add(new Part(rows, false));
        while (!todo.isEmpty()) {
            Part next = todo.poll();
            List<ImportRow> part = next.rows();
            if (part.isEmpty()) {
                continue;
            }
            try {
                Attempt done = attempt(part, commit, names, next.perRow());
                names.commit();
                created += done.created.size();
                duplicates += done.duplicates;
            } catch (DryRun dry) {
                names.rollback();
                created += dry.attempt.created.size();
                duplicates += dry.attempt.duplicates;
            } catch (Unattributed unattributed) {
                names.rollback();
                todo.addFirst(new Part(part, true));
            } catch (RowFailed failed) {
                names.rollback();
                ImportRow bad = part.get(failed.index);
                errors.addAll(errors(bad.line(), (RuntimeException) failed.getCause()));
                todo.addFirst(new Part(part.subList(failed.index + 1, part.size()), false));
                if (commit) {
                    todo.addFirst(new Part(part.subList(0, failed.index), false));
                } else {
                    created += failed.index; // a dry run only needs to know the rows before it passed
                }
            }
        }
        errors.sort(Comparator.comparingInt(ImportResult.RowError::line));
        return new BatchResult(created, duplicates, errors);
    }

    /** What one transaction did. */
    private static final class Attempt {
        final List<UUID> created = new ArrayList<>();
        int duplicates;
    }

    /**
     * Writes the rows in one transaction. Without {@code perRow} the claims are flushed once at the end
     * (the fast path); a database error (which any row's flush may raise, also from an auto-flush before
     * a query) is then {@link Unattributed} and the caller writes the part again with {@code perRow}.
     * Errors raised by a row's own checks (validation, unknown names) name their row either way.
     */
    private Attempt attempt(List<ImportRow> rows, boolean commit, Names names, boolean perRow) {
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> {
            Attempt attempt = new Attempt();
            Map<String, UUID> byCanonicalUrl = prefetch(rows, names);
            Set<String> stored = storedKeys(rows, names, byCanonicalUrl);
            for (int i = 0; i < rows.size(); i++) {
                try {
                    UUID id = store(rows.get(i), names, stored, byCanonicalUrl, perRow);
                    if (id == null) {
                        attempt.duplicates++;
                    } else {
                        attempt.created.add(id);
                    }
                } catch (RuntimeException e) {
                    if (!rowLevel(e)) {
                        throw e;
                    }
                    if (!perRow && fromDatabase(e)) {
                        throw new Unattributed(e);
                    }
                    throw new RowFailed(i, e);
                }
            }
            if (!perRow) {
                try {
                    em.flush();
                } catch (RuntimeException e) {
                    if (!rowLevel(e)) {
                        throw e;
                    }
                    throw new Unattributed(e);
                }
            }
            if (!commit) {
                throw new DryRun(attempt);
            }
            conflicts.detectForClaims(attempt.created);
            return attempt;
        });
    }

    /** Creates the claim of one row, or returns null when it is already stored. */
    private UUID store(ImportRow row, Names names, Set<String> stored, Map<String, UUID> byCanonicalUrl,
            boolean perRow) {
        if (row.subject() == null) {
            throw new ImportReaders.RowFailure(row.line(), "subject", "is required");
        }
        if (row.metric() == null) {
            throw new ImportReaders.RowFailure(row.line(), "metric", "is required");
        }
        if (row.statement() == null) {
            throw new ImportReaders.RowFailure(row.line(), "statement", "is required");
        }
        String language = row.language() == null ? config.defaultLanguage() : row.language();
        Verdict verdict = row.verdict() == null ? null : verdict(row);
        UUID metric = metric(row, names);
        UUID subject = entity(row.subject(), null, names);
        List<UUID> rowSources = new ArrayList<>();
        for (ImportRow.Appearance a : row.appearances()) {
            rowSources.add(source(a, language, names, byCanonicalUrl));
        }
        if (stored.contains(duplicateKey(subject, metric, row, rowSources.isEmpty() ? null : rowSources.get(0)))) {
            return null;
        }
        UUID claimant = row.claimant() == null ? null : entity(row.claimant(), row.claimantKind(), names);
        List<AppearanceInput> appearances = new ArrayList<>();
        for (int i = 0; i < row.appearances().size(); i++) {
            ImportRow.Appearance a = row.appearances().get(i);
            appearances.add(new AppearanceInput(rowSources.get(i), a.quote(), null, null, a.attribution(), a.first()));
        }
        ClaimInput input = new ClaimInput(subject, metric, claimant, row.figure(), row.scope(), row.asOf(),
                row.periodStart(), row.periodEnd(), row.statement(), language, verdict, row.verdictRationale(),
                appearances);
        validate(input);
        UUID id = perRow ? claims.createWithoutDetection(input) : claims.createUnflushed(input);
        if (row.figure().text() != null) {
            stored.add(statementKey(subject, metric, row.figure().text(), row.statement()));
            rowSources.forEach(source -> stored.add(sourceKey(subject, metric, row.figure().text(), source)));
        }
        return id;
    }

    /**
     * Resolves, before the batch writes anything, the names its rows use that this import has not met
     * yet: metrics by key, subjects and claimants by name or alias (one query for the batch), sources
     * by canonical URL (one query). A query issued after the first claim is persisted makes Hibernate
     * flush and dirty-check everything the batch holds, so resolving names row by row cost one such
     * flush per new name; resolving them here costs none. Returns the stored sources by canonical URL;
     * the sources this attempt creates are added to it.
     */
    private Map<String, UUID> prefetch(List<ImportRow> rows, Names names) {
        Map<String, String> wantedEntities = new HashMap<>(); // lower-case key -> name as written
        Set<String> wantedUrls = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.metric() != null) {
                findMetric(row.metric(), names);
            }
            for (String name : Arrays.asList(row.subject(), row.claimant())) {
                if (name == null) {
                    continue;
                }
                String key = name.trim().toLowerCase(Locale.ROOT);
                if (Names.get(names.entities, names.pendingEntities, key) != null) {
                    continue;
                }
                if (Ids.tryParse(name.trim()) != null) {
                    findEntity(name, names); // an id: resolved as such, without a query
                } else {
                    wantedEntities.putIfAbsent(key, name.trim());
                }
            }
            for (ImportRow.Appearance a : row.appearances()) {
                if (a.url() == null || Names.get(names.sources, names.pendingSources, a.url().trim()) != null) {
                    continue;
                }
                UrlCanonicalizer.canonicalize(a.url().trim()).ifPresent(wantedUrls::add);
            }
        }
        Map<String, UUID> byName = new HashMap<>();
        for (List<String> chunk : InLists.chunks(wantedEntities.keySet())) {
            for (Object[] r : em.createQuery("select e.id, lower(e.name), lower(a) from NamedEntity e left join e.aliases a "
                    + "where lower(e.name) in :names or lower(a) in :names", Object[].class)
                    .setParameter("names", chunk).getResultList()) {
                // As EntityService.resolve: the smallest id among the entities named so, by name or alias.
                for (int i = 1; i <= 2; i++) {
                    if (r[i] != null && wantedEntities.containsKey((String) r[i])) {
                        byName.merge((String) r[i], (UUID) r[0], (x, y) -> x.compareTo(y) <= 0 ? x : y);
                    }
                }
            }
        }
        names.pendingEntities.putAll(byName);
        Map<String, UUID> byCanonicalUrl = new HashMap<>();
        for (List<String> chunk : InLists.chunks(wantedUrls)) {
            for (Source found : em.createQuery("select s from Source s where s.canonicalUrl in :urls", Source.class)
                    .setParameter("urls", chunk).getResultList()) {
                byCanonicalUrl.put(found.canonicalUrl, found.id);
            }
        }
        // The rows' entities, metrics and sources known from earlier batches, loaded into this transaction
        // at once: the claims look each one up by id, which would otherwise be a query per new id.
        Set<UUID> entityIds = new HashSet<>();
        Set<UUID> metricIds = new HashSet<>();
        Set<UUID> sourceIds = new HashSet<>();
        for (ImportRow row : rows) {
            for (String name : Arrays.asList(row.subject(), row.claimant())) {
                UUID id = name == null ? null
                        : Names.get(names.entities, names.pendingEntities, name.trim().toLowerCase(Locale.ROOT));
                if (id != null) {
                    entityIds.add(id);
                }
            }
            UUID metric = row.metric() == null ? null : Names.get(names.metrics, names.pendingMetrics, row.metric());
            if (metric != null) {
                metricIds.add(metric);
            }
            for (ImportRow.Appearance a : row.appearances()) {
                UUID id = a.url() == null ? null : Names.get(names.sources, names.pendingSources, a.url().trim());
                if (id != null) {
                    sourceIds.add(id);
                }
            }
        }
        sourceIds.removeAll(byCanonicalUrl.values());
        load(NamedEntity.class, entityIds);
        load(Metric.class, metricIds);
        load(Source.class, sourceIds);
        return byCanonicalUrl;
    }

    private <T> void load(Class<T> type, Set<UUID> ids) {
        for (List<UUID> chunk : InLists.chunks(ids)) {
            em.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                    .setParameter("ids", chunk).getResultList();
        }
    }

    /**
     * The duplicate keys of the claims already stored that rows of this batch could repeat, looked up by what
     * a row repeats: a row with a source repeats a claim that cites its first source (so only sources stored
     * already are looked up, through their appearances: a source created by this batch has no claims yet), a
     * row without one repeats a claim of the same statement. Both queries are narrowed by the batch's
     * subjects, metrics and figure texts (names not stored yet cannot repeat), so what they read follows the
     * claims citing the batch's sources, not every claim that shares a figure text.
     */
    private Set<String> storedKeys(List<ImportRow> rows, Names names, Map<String, UUID> byCanonicalUrl) {
        Set<UUID> subjects = new HashSet<>();
        Set<UUID> metricIds = new HashSet<>();
        Set<String> texts = new HashSet<>();
        Set<UUID> firstSources = new HashSet<>();
        Set<String> statements = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.subject() == null || row.metric() == null || row.figure().text() == null || row.statement() == null) {
                continue;
            }
            UUID subject = findEntity(row.subject(), names);
            UUID metric = findMetric(row.metric(), names);
            if (subject == null || metric == null) {
                continue;
            }
            if (row.appearances().isEmpty()) {
                statements.add(row.statement().trim());
            } else {
                UUID source = storedSource(row.appearances().get(0), names, byCanonicalUrl);
                if (source == null) {
                    continue;
                }
                firstSources.add(source);
            }
            subjects.add(subject);
            metricIds.add(metric);
            texts.add(row.figure().text().trim());
        }
        Set<String> keys = new HashSet<>();
        for (List<UUID> chunk : InLists.chunks(firstSources)) {
            for (Object[] r : em.createQuery("select c.subject.id, c.metric.id, c.figure.text, a.source.id "
                    + "from Claim c join c.appearances a where a.source.id in :sources and c.subject.id in :subjects "
                    + "and c.metric.id in :metrics and c.figure.text in :texts", Object[].class)
                    .setParameter("sources", chunk).setParameter("subjects", subjects).setParameter("metrics", metricIds)
                    .setParameter("texts", texts).getResultList()) {
                keys.add(sourceKey((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3]));
            }
        }
        for (List<String> chunk : InLists.chunks(statements)) {
            for (Object[] r : em.createQuery("select c.subject.id, c.metric.id, c.figure.text, c.statement from Claim c "
                    + "where c.statement in :statements and c.subject.id in :subjects and c.metric.id in :metrics "
                    + "and c.figure.text in :texts", Object[].class)
                    .setParameter("statements", chunk).setParameter("subjects", subjects).setParameter("metrics", metricIds)
                    .setParameter("texts", texts).getResultList()) {
                keys.add(statementKey((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3]));
            }
        }
        return keys;
    }

    /** The id of an appearance's source when it is stored already (by id, URL met before, or canonical URL); else null. */
    private static UUID storedSource(ImportRow.Appearance a, Names names, Map<String, UUID> byCanonicalUrl) {
        if (a.url() == null) {
            return null;
        }
        String key = a.url().trim();
        UUID id = Names.get(names.sources, names.pendingSources, key);
        if (id != null) {
            return id; // met by an earlier batch of this import, which is committed
        }
        UUID byId = Ids.tryParse(key);
        if (byId != null) {
            return byId;
        }
        return UrlCanonicalizer.canonicalize(key).map(byCanonicalUrl::get).orElse(null);
    }

    /**
     * A row repeats a stored claim with the same subject, metric and figure text, and its first source
     * among the claim's sources (or, without a source, the same statement).
     */
    private static String duplicateKey(UUID subject, UUID metric, ImportRow row, UUID firstSource) {
        if (row.figure().text() == null) {
            return "";
        }
        return firstSource != null ? sourceKey(subject, metric, row.figure().text(), firstSource)
                : statementKey(subject, metric, row.figure().text(), row.statement());
    }

    private static String sourceKey(UUID subject, UUID metric, String text, UUID source) {
        return subject + "|" + metric + "|" + text.trim() + "|source|" + source;
    }

    private static String statementKey(UUID subject, UUID metric, String text, String statement) {
        return subject + "|" + metric + "|" + text.trim() + "|statement|" + statement.trim();
    }

    private static Verdict verdict(ImportRow row) {
        try {
            return Verdict.valueOf(row.verdict().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportReaders.RowFailure(row.line(), "verdict", "must be one of " + Arrays.toString(Verdict.values()));
        }
    }

    private UUID findMetric(String key, Names names) {
        UUID id = Names.get(names.metrics, names.pendingMetrics, key);
        if (id == null) {
            id = metrics.findOptional(key).map(m -> m.id).orElse(null);
            if (id != null) {
                names.pendingMetrics.put(key, id);
            }
        }
        return id;
    }

    private UUID metric(ImportRow row, Names names) {
        UUID id = findMetric(row.metric(), names);
        if (id != null) {
            return id;
        }
        if (row.metricDimension() == null) {
            throw new ImportReaders.RowFailure(row.line(), "metric_dimension",
                    "is required to create the unknown metric '" + row.metric() + "'");
        }
        Dimension dimension;
        try {
            dimension = Dimension.valueOf(row.metricDimension().trim());
        } catch (IllegalArgumentException e) {
            throw new ImportReaders.RowFailure(row.line(), "metric_dimension",
                    "must be one of " + Arrays.toString(Dimension.values()));
        }
        MetricInput input = new MetricInput(row.metric(), row.metric(), row.metric(), dimension,
                row.metric().startsWith("reviewed-"), "Created by an import.");
        validate(input);
        id = metrics.create(input).id();
        names.pendingMetrics.put(row.metric(), id);
        return id;
    }

    private UUID findEntity(String name, Names names) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        UUID id = Names.get(names.entities, names.pendingEntities, key);
        if (id == null) {
            id = entities.resolve(name.trim()).stream().min(Comparator.naturalOrder()).orElse(null);
            if (id != null) {
                names.pendingEntities.put(key, id);
            }
        }
        return id;
    }

    private UUID entity(String name, String kind, Names names) {
        UUID id = findEntity(name, names);
        if (id != null) {
            return id;
        }
        EntityKind k = EntityKind.ORGANIZATION;
        if (kind != null) {
            try {
                k = EntityKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                k = EntityKind.OTHER;
            }
        }
        EntityInput input = new EntityInput(name.trim(), k, null, null, null);
        validate(input);
        id = entities.create(input).id();
        names.pendingEntities.put(name.trim().toLowerCase(Locale.ROOT), id);
        return id;
    }

    /**
     * The source of an appearance: by id, or by canonical URL among those {@link #prefetch} found and
     * those this attempt created; created (persisted, flushed with the batch) when unknown.
     */
    private UUID source(ImportRow.Appearance a, String language, Names names, Map<String, UUID> byCanonicalUrl) {
        String key = a.url().trim();
        UUID id = Names.get(names.sources, names.pendingSources, key);
        if (id != null) {
            return id;
        }
        Optional<String> canonical = Optional.empty();
        if (Ids.tryParse(key) != null) {
            id = sources.findByIdOrUrl(key).map(s -> s.id).orElse(null);
        } else {
            canonical = UrlCanonicalizer.canonicalize(key);
            id = canonical.map(byCanonicalUrl::get).orElse(null);
        }
        if (id == null) {
            SourceInput input = new SourceInput(a.url(), a.title() == null ? a.url() : a.title(),
                    a.publisher() == null ? host(a.url()) : a.publisher(), null,
                    a.language() == null ? language : a.language(), a.published(), null);
            validate(input);
            id = sources.createUnflushed(input);
            UUID created = id;
            canonical.ifPresent(c -> byCanonicalUrl.put(c, created));
        }
        names.pendingSources.put(key, id);
        return id;
    }

    private <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    /** Failures that belong to the row (its data, or data stored meanwhile), not to the import as a whole. */
    private static boolean rowLevel(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException || cause instanceof ConstraintViolationException
                    || cause instanceof ImportReaders.RowFailure || cause instanceof OptimisticLockException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException
                    || cause instanceof org.hibernate.exception.DataException) {
                return true;
            }
        }
        return false;
    }

    /** The errors of a refused row, each with its line and, when known, its field. */
    /** Whether the database (or Hibernate's flush) raised it, rather than a row's own checks. */
    private static boolean fromDatabase(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException || cause instanceof InvalidInput || cause instanceof ImportReaders.RowFailure) {
                return false;
            }
        }
        return true;
    }

    static List<ImportResult.RowError> errors(int line, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof ApiException) && !(cause instanceof ConstraintViolationException)
                && !(cause instanceof ImportReaders.RowFailure)) {
            cause = cause.getCause();
        }
        List<ImportResult.RowError> errors = new ArrayList<>();
        if (cause instanceof ApiException api && !api.errors().isEmpty()) {
            api.errors().forEach(f -> errors.add(new ImportResult.RowError(line, f.field(), f.message())));
        } else if (cause instanceof ApiException api) {
            errors.add(new ImportResult.RowError(line, null, api.getMessage()));
        } else if (cause instanceof ConstraintViolationException cv) {
            cv.getConstraintViolations().stream()
                    .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.add(new ImportResult.RowError(line, v.getPropertyPath().toString(), v.getMessage())));
        } else if (cause instanceof ImportReaders.RowFailure f) {
            errors.add(new ImportResult.RowError(line, f.field, f.getMessage()));
        } else if (cause instanceof org.hibernate.exception.DataException) {
            errors.add(new ImportResult.RowError(line, null, "holds a value the database cannot store (too long, or "
                    + "a character it refuses)"));
        } else {
            errors.add(new ImportResult.RowError(line, null,
                    "could not be stored (it conflicts with data stored meanwhile); try again"));
        }
        return errors;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? "unknown" : host;
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    static int distinctLines(Collection<ImportResult.RowError> errors) {
        return (int) errors.stream().map(ImportResult.RowError::line).distinct().count();
    }
}

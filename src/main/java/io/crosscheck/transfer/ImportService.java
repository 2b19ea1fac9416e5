package io.crosscheck.transfer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.claim.AppearanceInput;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.FieldError;
import io.crosscheck.entity.EntityInput;
import io.crosscheck.entity.EntityKind;
import io.crosscheck.entity.EntityService;
import io.crosscheck.figure.Dimension;
import io.crosscheck.metric.Metric;
import io.crosscheck.metric.MetricInput;
import io.crosscheck.metric.MetricService;
import io.crosscheck.source.SourceInput;
import io.crosscheck.source.SourceService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports claims from CSV, JSON Lines (the export formats) and ClaimReview JSON-LD. Names are
 * resolved (subjects and claimants by name or alias, metrics by key, sources by canonical URL) and
 * created when unknown; a claim already stored (same source, subject, metric and figure text) is a
 * duplicate and left alone, so importing a file twice changes nothing. Claims get new ids.
 */
@ApplicationScoped
public class ImportService {

    /** Keep the valid rows ({@code PARTIAL}), or refuse the whole batch when any row fails ({@code ATOMIC}). */
    public enum Mode { PARTIAL, ATOMIC }

    private enum Outcome { CREATED, DUPLICATE }

    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager em;
    private final EntityService entities;
    private final MetricService metrics;
    private final SourceService sources;
    private final ClaimService claims;
    private final TransferConfig config;

    ImportService(ObjectMapper mapper, Validator validator, EntityManager em, EntityService entities,
            MetricService metrics, SourceService sources, ClaimService claims, TransferConfig config) {
        this.mapper = mapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.validator = validator;
        this.em = em;
        this.entities = entities;
        this.metrics = metrics;
        this.sources = sources;
        this.claims = claims;
        this.config = config;
    }

    public ImportResult importClaims(InputStream body, ImportFormat format, Mode mode) {
        Batch batch = new Batch(mode);
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        ImportReaders.Sink sink = new ImportReaders.Sink() {
            @Override
            public void row(ImportRow row) {
                batch.save(row);
            }

            @Override
            public void failure(ImportReaders.RowFailure failure) {
                batch.fail(failure.line, failure.field, failure.getMessage());
            }
        };
        try {
            switch (format) {
                case CSV -> ImportReaders.csv(reader, sink);
                case JSON_LINES -> ImportReaders.jsonLines(reader, mapper, sink);
                case CLAIM_REVIEW -> ImportReaders.claimReviewNodes(reader, mapper, (line, node) -> {
                    if (!ClaimReviewReader.isClaimReview(node)) {
                        return;
                    }
                    try {
                        sink.row(ClaimReviewReader.row(line, node, config.defaultLanguage()));
                    } catch (ImportReaders.RowFailure f) {
                        sink.failure(f);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            batch.abort();
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("The file could not be read as " + format + ": " + e.getMessage());
        }
        return batch.finish(format);
    }

    /** The rows of one import, committed one by one (partial) or in one transaction (atomic). */
    private final class Batch {
        final Mode mode;
        final List<ImportResult.RowError> errors = new ArrayList<>();
        int rows;
        int created;
        int duplicates;
        int sinceClear;
        boolean failed;

        Batch(Mode mode) {
            this.mode = mode;
            if (mode == Mode.ATOMIC) {
                QuarkusTransaction.begin();
            }
        }

        void save(ImportRow row) {
            rows++;
            try {
                Outcome outcome = mode == Mode.PARTIAL ? QuarkusTransaction.requiringNew().call(() -> store(row))
                        : store(row);
                if (outcome == Outcome.CREATED) {
                    created++;
                } else {
                    duplicates++;
                }
                if (mode == Mode.ATOMIC && ++sinceClear >= config.importBatchSize()) {
                    em.flush();
                    em.clear();
                    sinceClear = 0;
                }
            } catch (RuntimeException e) {
                record(row.line(), e);
                if (mode == Mode.ATOMIC) {
                    // The batch is refused; later rows are still checked, each failure in a fresh transaction.
                    QuarkusTransaction.rollback();
                    QuarkusTransaction.begin();
                }
            }
        }

        void fail(int line, String field, String message) {
            rows++;
            errors.add(new ImportResult.RowError(line, field, message));
            failed = true;
        }

        void record(int line, RuntimeException e) {
            failed = true;
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof ApiException) && !(cause instanceof ConstraintViolationException)
                    && !(cause instanceof ImportReaders.RowFailure)) {
                cause = cause.getCause();
            }
            if (cause instanceof ApiException api && !api.errors().isEmpty()) {
                api.errors().forEach(f -> errors.add(new ImportResult.RowError(line, f.field(), f.message())));
            } else if (cause instanceof ApiException api) {
                errors.add(new ImportResult.RowError(line, null, api.getMessage()));
            } else if (cause instanceof ConstraintViolationException cv) {
                cv.getConstraintViolations().stream()
                        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                        .forEach(v -> errors.add(new ImportResult.RowError(line, v.getPropertyPath().toString(),
                                v.getMessage())));
            } else if (cause instanceof ImportReaders.RowFailure f) {
                errors.add(new ImportResult.RowError(line, f.field, f.getMessage()));
            } else {
                errors.add(new ImportResult.RowError(line, null,
                        "could not be stored (it conflicts with data stored meanwhile); try again"));
            }
        }

        void abort() {
            if (mode == Mode.ATOMIC) {
                QuarkusTransaction.rollback();
            }
        }

        ImportResult finish(ImportFormat format) {
            boolean commit = !(mode == Mode.ATOMIC && failed);
            if (mode == Mode.ATOMIC) {
                if (commit) {
                    QuarkusTransaction.commit();
                } else {
                    QuarkusTransaction.rollback();
                }
            }
            ImportResult result = new ImportResult(format.name(), mode.name(), rows, commit ? created : 0, duplicates,
                    errors.size() == 0 ? 0 : (int) errors.stream().map(ImportResult.RowError::line).distinct().count(),
                    commit, List.copyOf(errors));
            if (!commit) {
                List<FieldError> fields = errors.stream().limit(100).map(e -> new FieldError("line " + e.line()
                        + (e.field() == null ? "" : " " + e.field()), e.message())).toList();
                throw new ApiException(422, "Import refused", result.failed() + " of " + rows
                        + " rows are invalid, so none was imported (mode=atomic); see errors.", fields,
                        Map.of("result", result));
            }
            return result;
        }
    }

    private Outcome store(ImportRow row) {
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
        Metric metric = metric(row);
        UUID subject = entity(row.subject(), null);
        UUID claimant = row.claimant() == null ? null : entity(row.claimant(), row.claimantKind());
        List<AppearanceInput> appearances = new ArrayList<>();
        UUID firstSource = null;
        for (ImportRow.Appearance a : row.appearances()) {
            UUID source = source(a, language);
            firstSource = firstSource == null ? source : firstSource;
            appearances.add(new AppearanceInput(source, a.quote(), null, null, a.attribution(), a.first()));
        }
        if (row.figure().text() != null && duplicate(subject, metric.id, row.figure().text(), firstSource, row.statement())) {
            return Outcome.DUPLICATE;
        }
        ClaimInput input = new ClaimInput(subject, metric.id, claimant, row.figure(), row.scope(), row.asOf(),
                row.periodStart(), row.periodEnd(), row.statement(), language, verdict, row.verdictRationale(),
                appearances);
        Set<ConstraintViolation<ClaimInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        claims.create(input);
        return Outcome.CREATED;
    }

    private static Verdict verdict(ImportRow row) {
        try {
            return Verdict.valueOf(row.verdict().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportReaders.RowFailure(row.line(), "verdict", "must be one of " + java.util.Arrays.toString(Verdict.values()));
        }
    }

    private boolean duplicate(UUID subject, UUID metric, String figureText, UUID source, String statement) {
        String common = "c.subject.id = :s and c.metric.id = :m and c.figure.text = :t";
        var query = source != null
                ? em.createQuery("select count(c) from Claim c where " + common
                        + " and exists (select a from Appearance a where a.claim = c and a.source.id = :src)", Long.class)
                        .setParameter("src", source)
                : em.createQuery("select count(c) from Claim c where " + common + " and c.statement = :st", Long.class)
                        .setParameter("st", statement.trim());
        return query.setParameter("s", subject).setParameter("m", metric).setParameter("t", figureText.trim())
                .getSingleResult() > 0;
    }

    private Metric metric(ImportRow row) {
        return metrics.findOptional(row.metric()).orElseGet(() -> {
            if (row.metricDimension() == null) {
                throw new ImportReaders.RowFailure(row.line(), "metric_dimension",
                        "is required to create the unknown metric '" + row.metric() + "'");
            }
            Dimension dimension;
            try {
                dimension = Dimension.valueOf(row.metricDimension().trim());
            } catch (IllegalArgumentException e) {
                throw new ImportReaders.RowFailure(row.line(), "metric_dimension",
                        "must be one of " + java.util.Arrays.toString(Dimension.values()));
            }
            MetricInput input = new MetricInput(row.metric(), row.metric(), row.metric(), dimension,
                    row.metric().startsWith("reviewed-"), "Created by an import.");
            validate(input);
            metrics.create(input);
            return metrics.find(row.metric());
        });
    }

    private UUID entity(String name, String kind) {
        List<UUID> found = entities.resolve(name.trim());
        if (!found.isEmpty()) {
            return found.stream().sorted().findFirst().orElseThrow();
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
        return entities.create(input).id();
    }

    private UUID source(ImportRow.Appearance a, String language) {
        return sources.findByIdOrUrl(a.url()).map(s -> s.id).orElseGet(() -> {
            SourceInput input = new SourceInput(a.url(), a.title() == null ? a.url() : a.title(),
                    a.publisher() == null ? host(a.url()) : a.publisher(), null,
                    a.language() == null ? language : a.language(), a.published(), null);
            validate(input);
            return sources.create(input).id();
        });
    }

    private <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? "unknown" : host;
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}

package io.crosscheck.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim flattened for files: names instead of ids for its subject, metric and claimant, so that a
 * row can be read by a person and imported into another store. Its appearances are listed first
 * appearance first.
 */
public record ClaimRecord(UUID id, String subject, String metric, String metricDimension, String claimant,
        String claimantKind,        String figureKind, BigDecimal figureValue, BigDecimal figureLow, BigDecimal figureHigh, String figureCurrency,
        String figureUnit, String figureCategory, String figureText, String figureLang, String figureNature, String scope, LocalDate asOf,
        LocalDate periodStart, LocalDate periodEnd, String statement, String language, String verdict,
        String verdictRationale, long version, Instant createdAt, Instant updatedAt, List<AppearanceRecord> appearances) {

    /** One appearance with its source. */
    public record AppearanceRecord(String sourceUrl, String sourceTitle, String sourcePublisher,
            LocalDate sourcePublished, String sourceLanguage, String quote, String attribution,
            boolean firstAppearance) {
    }

    public AppearanceRecord first() {
        return appearances.isEmpty() ? null : appearances.get(0);
    }

    ClaimRecord withAppearances(List<AppearanceRecord> all) {
        return new ClaimRecord(id, subject, metric, metricDimension, claimant, claimantKind, figureKind, figureValue, figureLow,
                figureHigh, figureCurrency, figureUnit, figureCategory, figureText, figureLang, figureNature, scope, asOf, periodStart,
                periodEnd, statement, language, verdict, verdictRationale, version, createdAt, updatedAt, all);
    }
}

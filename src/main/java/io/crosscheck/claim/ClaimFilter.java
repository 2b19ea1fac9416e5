package io.crosscheck.claim;

/**
 * Filters of the claim list. Subjects and claimants may be named by id, name or alias; metrics by
 * id or key; sources by id or URL; topics by slug. Null means "any".
 */
public record ClaimFilter(String subject, String metric, String claimant, String source, String topic,
        Verdict verdict, String lang, String q) {
}

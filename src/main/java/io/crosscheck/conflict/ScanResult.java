package io.crosscheck.conflict;

/**
 * What a re-scan of the whole store did.
 *
 * @param groups (subject, metric) groups judged
 * @param truncated groups larger than {@code crosscheck.conflicts.group-cap}, judged over their newest claims
 */
public record ScanResult(long groups, long claims, long proposals, long added, long removed, long truncated,
        long millis) {
}

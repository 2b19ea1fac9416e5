package io.crosscheck.conflict;

/** What a re-scan of the whole store did. */
public record ScanResult(int claims, int proposals, int added, int removed, long millis) {
}

package io.crosscheck.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which raw request paths the path guard lets through, and which it refuses: a path has one spelling. */
class PathGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/claims", "/api/claims/", "/api/claims/0189aa00-0000-7000-8000-000000000001",
            "/q/swagger-ui/", "/api/export/claims.csv", "/embed.js", "/api/topics/deepseek-costs/comparison",
            "/api/metrics/training%20cost", "/api/metrics/caf%C3%A9", "/api/metrics/a%3Bb", "/api/metrics/a%3Fb",
            "/api/reports/2025-01-28/report-2025-01-28.csv", "/.well-known-ish/x"})
    void shouldLetPlainPathsThrough(String path) {
        assertNull(PathGuard.refusal(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the findings of issue 10: encoded dot segments and encoded letters reached admin operations
            "/api/figures/%2e%2e/keys", "/api/figures/%2E%2E/keys", "/api/figures/.%2e/keys", "/api/%2e/keys",
            "/api/%6Beys", "/api/%6beys", "/api/%72eports/run", "/%61pi/keys", "/api/keys%2F", "/api/keys%5c",
            // the same confusion without encoding, and its relatives
            "/api/figures/../keys", "/api/./keys", "/api/keys/.", "/api/keys/..", "/..", "//api/keys", "/api//keys",
            "/api;x=1/keys", "/api/keys;x=1", "/api\\keys", "/api/%252e%252e/keys", "/api/%2d", "/api/%7E",
            "/api/claims/%00", "/api/claims/%0a", "/api/claims/%7f", "/api/claims/%zz", "/api/claims/%4", "/api/claims/%",
            "/api/claims/a b", "/api/claims/\u00e9", "/api/claims/\u0000", "api/claims", "*", ""})
    void shouldRefuseEveryOtherSpelling(String path) {
        assertNotNull(PathGuard.refusal(path), path);
    }
}

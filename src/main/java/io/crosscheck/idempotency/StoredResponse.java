package io.crosscheck.idempotency;

import java.time.Instant;

/** The first response to a POST with an Idempotency-Key; status 0 while that request is still running. */
record StoredResponse(String requestHash, int status, String location, String etag, String body, Instant createdAt,
        Instant expiresAt) {

    boolean inProgress() {
        return status == 0;
    }
}

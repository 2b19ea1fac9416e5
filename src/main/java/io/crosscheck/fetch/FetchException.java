package io.crosscheck.fetch;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fetch that was refused (the URL or its address breaks a rule: 422) or that failed (the site did
 * not give a usable answer: 502). Its message is written for the client; in a job it is the job's
 * {@code error}, and {@code reason} names the rule or failure for programs.
 */
public class FetchException extends ApiException {

    /** What went wrong, as a stable code (shown as {@code reason} in problems). */
    public enum Reason {
        INVALID_URL, SCHEME, CREDENTIALS, PORT, ADDRESS, UNRESOLVED,
        REDIRECT_LOOP, TOO_MANY_REDIRECTS, TOO_LARGE, TIMEOUT, CONNECTION, HTTP_STATUS, NOT_HTML, NOT_A_FEED,
        NO_TEXT, HOST_BUSY;

        boolean refusal() {
            return switch (this) {
                case INVALID_URL, SCHEME, CREDENTIALS, PORT, ADDRESS -> true;
                default -> false;
            };
        }
    }

    private final Reason reason;
    private final Long retryAfterSeconds;
    private final Integer httpStatus;

    private FetchException(Reason reason, String message, Long retryAfterSeconds) {
        this(reason, message, retryAfterSeconds, null);
    }

    private FetchException(Reason reason, String message, Long retryAfterSeconds, Integer httpStatus) {
        super(reason.refusal() ? 422 : 502, reason.refusal() ? "Fetch refused" : "Fetch failed", message,
                reason.refusal() ? List.of(new FieldError("url", message)) : null, extensions(reason, retryAfterSeconds));
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
        this.httpStatus = httpStatus;
    }

    public static FetchException refused(Reason reason, String message) {
        return new FetchException(reason, message, null);
    }

    public static FetchException failed(Reason reason, String message) {
        return new FetchException(reason, message, null);
    }

    /** The site answered with an error status; {@code retryAfterSeconds} is its Retry-After, if any. */
    public static FetchException status(int status, String url, Long retryAfterSeconds) {
        return new FetchException(Reason.HTTP_STATUS, url + " answered HTTP " + status
                + (retryAfterSeconds == null ? "" : " (retry after " + retryAfterSeconds + " s)"), retryAfterSeconds, status);
    }

    /** The site's HTTP status when it answered with an error status (HTTP_STATUS), else null. */
    public Integer httpStatus() {
        return httpStatus;
    }

    public Reason reason() {
        return reason;
    }

    /** The delay the site asked for before the next try (HTTP 429 or 503 with Retry-After), or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static Map<String, Object> extensions(Reason reason, Long retryAfter) {
        Map<String, Object> out = new HashMap<>();
        out.put("reason", reason.name());
        if (retryAfter != null) {
            out.put("siteRetryAfter", retryAfter);
        }
        return out;
    }
}

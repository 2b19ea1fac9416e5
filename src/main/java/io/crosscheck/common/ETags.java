package io.crosscheck.common;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags derived from optimistic-lock versions, and the {@code If-Match} check. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Fails with 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version.
     * Weak tags are compared weakly, as RFC 9110 allows for If-Match only strong ones; we accept
     * both because our tags are derived from the version alone.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed(
                "The resource has changed (current ETag \"" + current + "\"); fetch it again and retry.");
    }
}

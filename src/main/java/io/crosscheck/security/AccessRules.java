package io.crosscheck.security;

import java.util.Optional;

/**
 * The whole access policy in one table, so it can be audited at a glance:
 *
 * <pre>
 * path                 GET/HEAD/OPTIONS               POST, PUT, PATCH, DELETE
 * /api/keys...         admin                          admin
 * /api/reports...      as /api/... below              admin      (running a report)
 * /api/figures/...,    as a read                      as a read  (POSTs that only compute:
 * /api/sources/{id}/extract                                       parse, extract; nothing is stored)
 * /api/...             public, or reader when         editor
 *                      crosscheck.security.reads-require-key=true
 * anything else        public (/q/health, /q/openapi, /embed, /oembed, pages)
 * </pre>
 *
 * Console pages that change data are guarded by sign-in and CSRF tokens instead
 * (console/ConsoleWriteFilter, docs/security.md, "Console").
 */
final class AccessRules {

    private AccessRules() {
    }

    /** The role a request needs, or empty when anyone may send it. */
    static Optional<Role> required(String method, String path, boolean readsRequireKey) {
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || method.equals("POST") && computesOnly(path);
        if (under(path, "/api/keys") || under(path, "/api/reports") && !read) {
            return Optional.of(Role.ADMIN);
        }
        if (!read) {
            return Optional.of(Role.EDITOR);
        }
        return readsRequireKey ? Optional.of(Role.READER) : Optional.empty();
    }

    /** POST endpoints that read figures from the text sent or stored, and store nothing. */
    private static boolean computesOnly(String path) {
        return under(path, "/api/figures") || path.matches("/api/sources/[^/]+/extract");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}

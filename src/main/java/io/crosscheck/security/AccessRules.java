package io.crosscheck.security;

import java.util.Optional;

/**
 * The whole access policy in one table, so it can be audited at a glance:
 *
 * <pre>
 * path                 GET/HEAD/OPTIONS               POST, PUT, PATCH, DELETE
 * /api/keys...         admin                          admin
 * /api/reports...      admin                          admin      (reserved for report runs)
 * /api/...             public, or reader when         editor
 *                      crosscheck.security.reads-require-key=true
 * anything else        public (/q/health, /q/openapi, /embed, /oembed, pages)
 * </pre>
 *
 * Console pages that change data need their own sign-in and CSRF token before they get a row here
 * (docs/security.md, "Console").
 */
final class AccessRules {

    private AccessRules() {
    }

    /** The role a request needs, or empty when anyone may send it. */
    static Optional<Role> required(String method, String path, boolean readsRequireKey) {
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return Optional.empty();
        }
        if (under(path, "/api/keys") || under(path, "/api/reports")) {
            return Optional.of(Role.ADMIN);
        }
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (!read) {
            return Optional.of(Role.EDITOR);
        }
        return readsRequireKey ? Optional.of(Role.READER) : Optional.empty();
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}

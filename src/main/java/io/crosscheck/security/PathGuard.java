package io.crosscheck.security;

import io.crosscheck.common.Problems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses request paths that are not written in their one plain spelling, with a 400 problem,
 * before authentication and routing. The router decodes and normalises a path before it picks a
 * resource, so any code that reads the raw path (as the old prefix rules did) could see a different
 * address than the one served: {@code /api/figures/%2e%2e/keys} is {@code /api/keys}, {@code /api/%6Beys}
 * too. Access is decided on the matched resource method now; this guard closes the class of
 * confusion anyway, for every other reader of paths (rate limits, idempotency, logs, proxies).
 * Refused: percent-encoded unreserved characters (letters, digits, {@code - . _ ~}), slashes,
 * backslashes, percent signs (double encoding) and control characters; raw backslashes, semicolons
 * (matrix parameters), spaces and non-ASCII bytes; dot segments; empty segments ({@code //}) except
 * a trailing slash; malformed escapes.
 */
@Singleton
public class PathGuard {

    static final String TITLE = "Invalid request path";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.request().path();
            String refusal = refusal(path);
            if (refusal != null) {
                Problems.send(rc.response(), 400, TITLE, "The request path " + refusal
                        + "; send the path in its plain form.", path, null);
                return;
            }
            rc.next();
        }, 1500);
    }

    /** Why a raw request path is refused, or null when it is in plain form. */
    public static String refusal(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return "must start with /";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c > '~') {
                return "holds a space, a control character or a non-ASCII character (percent-encode it)";
            }
            if (c == '\\') {
                return "holds a backslash";
            }
            if (c == ';') {
                return "holds a semicolon (matrix parameters are not used)";
            }
            if (c == '%') {
                int value = i + 2 < path.length() ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
                if (value < 0) {
                    return "holds a malformed percent-escape";
                }
                String refused = refusedEscape((char) value);
                if (refused != null) {
                    return "holds " + path.substring(i, i + 3) + ", " + refused;
                }
                i += 2;
            }
        }
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return "holds a dot segment (" + segment + ")";
            }
            if (segment.isEmpty() && i < segments.length - 1) {
                return "holds an empty segment (//)";
            }
        }
        return null;
    }

    private static String refusedEscape(char c) {
        if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_' || c == '~') {
            return "an encoded character that is written plainly";
        }
        if (c == '/' || c == '\\') {
            return "an encoded slash or backslash";
        }
        if (c == '%') {
            return "an encoded percent sign (double encoding)";
        }
        if (c < ' ' || c == 0x7f) {
            return "an encoded control character";
        }
        return null;
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}

package io.crosscheck.embed;

import java.net.URI;
import java.util.Locale;

/** Escaping, cutting by bytes, and link hygiene for HTML built outside a Qute template (the widgets, {@link WidgetHtml}). */
public final class Html {

    private Html() {
    }

    /**
     * Escapes text for an HTML element or a double- or single-quoted attribute. A lone surrogate (half
     * of a character, which UTF-8 cannot encode) becomes U+FFFD, as a browser would show it.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Bytes of {@code s} in UTF-8 (a lone surrogate counts as the U+FFFD {@link #escape} writes for it). */
    public static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * {@code s} cut so that it has at most {@code maxChars} characters (code points, never half of
     * one) and its escaped form ({@link #escape}) at most {@code maxBytes} bytes of UTF-8, an ellipsis
     * included: a name of 60 ampersands or emoji costs the page no more than {@code maxBytes}.
     * Returned unescaped (the page escapes it); null stays null.
     */
    public static String cut(String s, int maxChars, int maxBytes) {
        if (s == null) {
            return null;
        }
        int chars = 0;
        int bytes = 0;
        int end = 0;
        int fits = -1;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int cost = escapedBytes(cp);
            if (fits < 0 && (chars + 1 > maxChars - 1 || bytes + cost > maxBytes - ELLIPSIS_BYTES)) {
                fits = end; // where the text is cut if it has to be: room left for the ellipsis
            }
            if (chars + 1 > maxChars || bytes + cost > maxBytes) {
                return s.substring(0, Math.max(0, fits)) + "…";
            }
            chars++;
            bytes += cost;
            end += Character.charCount(cp);
        }
        return s;
    }

    /**
     * {@link #cut(String, int, int)} at {@value #BYTES_PER_CHAR} bytes a character once escaped: text in
     * any script keeps its {@code maxChars} characters, text of escaped characters is cut sooner.
     */
    public static String cut(String s, int maxChars) {
        return cut(s, maxChars, maxChars * BYTES_PER_CHAR);
    }

    /** The most bytes a character takes in UTF-8, and what {@link #cut(String, int)} allows per character. */
    static final int BYTES_PER_CHAR = 4;

    private static final int ELLIPSIS_BYTES = 3;

    /** Bytes a code point takes once escaped and encoded. */
    private static int escapedBytes(int cp) {
        return switch (cp) {
            case '&' -> 5;
            case '<', '>' -> 4;
            case '"' -> 6;
            case '\'' -> 5;
            default -> cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        };
    }

    /**
     * The URL when it is an absolute http(s) URL with a host, else null: {@code javascript:},
     * {@code data:}, relative or malformed URLs never become links.
     */
    public static String safeHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            if (Character.isISOControl(u.charAt(i)) || Character.isWhitespace(u.charAt(i))) {
                return null;
            }
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? u : null;
        } catch (Exception e) {
            return null;
        }
    }
}

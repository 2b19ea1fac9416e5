package io.crosscheck.fetch;

import io.crosscheck.fetch.FetchException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** What a fetch expects back: an HTML page or a feed. Decides the Accept header and what is refused. */
public enum ContentKind {

    PAGE("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", Set.of("text/html", "application/xhtml+xml"), Reason.NOT_HTML,
            "an HTML page"),
    FEED("application/atom+xml,application/rss+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1",
            Set.of("application/atom+xml", "application/rss+xml", "application/rdf+xml", "application/xml", "text/xml"),
            Reason.NOT_A_FEED, "an RSS or Atom feed");

    /** Types that say nothing: the body is read (within the cap) and sniffed. */
    private static final Set<String> VAGUE = Set.of("", "application/octet-stream", "text/plain", "binary/octet-stream");

    private final String accept;
    private final Set<String> types;
    private final Reason refusal;
    private final String words;

    ContentKind(String accept, Set<String> types, Reason refusal, String words) {
        this.accept = accept;
        this.types = types;
        this.refusal = refusal;
        this.words = words;
    }

    public String accept() {
        return accept;
    }

    /** Refuses a declared type that is clearly something else, before the body is read. */
    void checkDeclared(String mediaType, String url) {
        String type = mediaType == null ? "" : mediaType;
        if (!types.contains(type) && !VAGUE.contains(type) && !(this == FEED && type.endsWith("+xml"))) {
            throw FetchException.failed(refusal, url + " is " + type + ", not " + words);
        }
    }

    /** Refuses a body that is not what its type claims (a PDF served as text/html, an image without a type). */
    void checkBody(String mediaType, byte[] body, String url) {
        String sniffed = binaryMagic(body);
        if (sniffed != null) {
            throw FetchException.failed(refusal, url + " is a " + sniffed + " file, not " + words);
        }
        if ((mediaType == null || VAGUE.contains(mediaType)) && !startsWithMarkup(body)) {
            throw FetchException.failed(refusal, url + " does not look like " + words
                    + (mediaType == null || mediaType.isEmpty() ? " (it declares no type)" : " (" + mediaType + ")"));
        }
    }

    private static String binaryMagic(byte[] b) {
        if (starts(b, "%PDF-")) {
            return "PDF";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "PNG";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
            return "GIF";
        }
        if (starts(b, "RIFF") && b.length >= 12 && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "WebP";
        }
        if (starts(b, "PK\u0003\u0004")) {
            return "ZIP (or office document)";
        }
        return null;
    }

    private static boolean starts(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first non-blank character (after a byte-order mark) is '<', in UTF-8 or UTF-16. */
    private static boolean startsWithMarkup(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").replace("\u0000", "").replace("\u00FE\u00FF", "").replace("\u00FF\u00FE", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<");
    }
}

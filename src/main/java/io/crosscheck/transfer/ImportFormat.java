package io.crosscheck.transfer;

import java.util.Locale;

/** The file formats an import reads, chosen by media type. */
public enum ImportFormat {
    CSV, JSON_LINES, CLAIM_REVIEW;

    /** The format of a Content-Type, or null when it is not one of ours. */
    public static ImportFormat of(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv" -> CSV;
            case "application/x-ndjson", "application/jsonl", "application/jsonlines" -> JSON_LINES;
            case "application/ld+json" -> CLAIM_REVIEW;
            default -> null;
        };
    }
}

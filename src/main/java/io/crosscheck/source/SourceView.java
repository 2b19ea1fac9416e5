package io.crosscheck.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A source as the API shows it. {@code text} is only filled when one source is read. */
public record SourceView(UUID id, String url, String canonicalUrl, String title, String publisher, String author,
        String language, LocalDate publishedDate, Integer textLength, String textSha256, String text,
        long version, Instant createdAt, Instant updatedAt) implements io.crosscheck.common.Versioned {

    static SourceView of(Source s, boolean withText) {
        return new SourceView(s.id, s.url, s.canonicalUrl, s.title, s.publisher, s.author, s.language,
                s.publishedDate, s.text == null ? null : s.text.length(), s.textSha256, withText ? s.text : null,
                s.version, s.createdAt, s.updatedAt);
    }
}

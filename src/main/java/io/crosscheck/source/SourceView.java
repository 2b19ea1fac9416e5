package io.crosscheck.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A source as the API shows it. {@code text} is only filled when one source is read;
 * {@code textFlags} say what text hygiene repaired (or suspected) in it; {@code textVersion} numbers
 * the current text among its versions ({@code /api/sources/{id}/versions}); {@code fetchedAt} is when
 * the page was last fetched.
 */
public record SourceView(UUID id, String url, String canonicalUrl, String title, String publisher, String author,
        String language, LocalDate publishedDate, Integer textLength, String textSha256, List<String> textFlags,
        Integer textVersion, Instant fetchedAt, String text,
        long version, Instant createdAt, Instant updatedAt) implements io.crosscheck.common.Versioned {

    static SourceView of(Source s, boolean withText) {
        return new SourceView(s.id, s.url, s.canonicalUrl, s.title, s.publisher, s.author, s.language,
                s.publishedDate, s.text == null ? null : s.text.length(), s.textSha256, s.textFlags(),
                s.textVersion, s.fetchedAt, withText ? s.text : null,
                s.version, s.createdAt, s.updatedAt);
    }
}

package io.crosscheck.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A source as the API shows it. {@code text} is only filled when one source is read;
 * {@code textFlags} say what text hygiene repaired (or suspected) in it.
 */
public record SourceView(UUID id, String url, String canonicalUrl, String title, String publisher, String author,
        String language, LocalDate publishedDate, Integer textLength, String textSha256, List<String> textFlags,
        String text,
        long version, Instant createdAt, Instant updatedAt) implements io.crosscheck.common.Versioned {

    static SourceView of(Source s, boolean withText) {
        return new SourceView(s.id, s.url, s.canonicalUrl, s.title, s.publisher, s.author, s.language,
                s.publishedDate, s.text == null ? null : s.text.length(), s.textSha256, s.textFlags(),
                withText ? s.text : null,
                s.version, s.createdAt, s.updatedAt);
    }
}

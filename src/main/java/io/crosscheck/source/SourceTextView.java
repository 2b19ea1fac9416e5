package io.crosscheck.source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One text version of a source; {@code text} is only filled when one version is read. */
public record SourceTextView(UUID sourceId, int version, boolean current, SourceText.Origin origin, int textLength,
        String textSha256, List<String> textFlags, String fetchedUrl, String charset, String charsetSource,
        String createdBy, Instant createdAt, String text) {

    static SourceTextView of(SourceText t, Integer currentVersion, boolean withText) {
        return new SourceTextView(t.sourceId, t.versionNo, currentVersion != null && currentVersion == t.versionNo,
                t.origin, t.text.length(), t.textSha256, t.textFlags == null ? List.of() : List.of(t.textFlags.split(",")),
                t.fetchedUrl, t.charset, t.charsetSource, t.createdBy, t.createdAt, withText ? t.text : null);
    }
}

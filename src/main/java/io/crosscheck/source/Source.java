package io.crosscheck.source;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.figure.CleanText;
import io.crosscheck.figure.TextHygiene;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** A published work in which claims appear. Its canonical URL is unique. */
@Entity
@Table(name = "source")
public class Source extends BaseEntity {

    @Column(nullable = false, length = 2048)
    public String url;

    @Column(name = "canonical_url", nullable = false, length = 2048, unique = true)
    public String canonicalUrl;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(nullable = false, length = 200)
    public String publisher;

    @Column(length = 200)
    public String author;

    @Column(nullable = false, length = 16)
    public String language;

    public LocalDate publishedDate;

    @Column(name = "body_text", length = 1_000_000)
    public String text;

    @Column(name = "text_sha256", length = 64)
    public String textSha256;

    /** What text hygiene repaired in the text, or suspected and left alone (comma-separated flags). */
    @Column(name = "text_flags", length = 500)
    public String textFlags;

    /** The number of the current text in {@code source_text}; null while there is no text. */
    public Integer textVersion;

    /** When the page was last fetched (null for sources typed in by hand and never fetched). */
    public Instant fetchedAt;

    /** The ETag of the last fetched copy, sent back as If-None-Match. */
    @Column(length = 500)
    public String httpEtag;

    /** The Last-Modified of the last fetched copy, sent back as If-Modified-Since. */
    @Column(length = 100)
    public String httpLastModified;

    /**
     * Stores the text after {@link TextHygiene} (NFC, odd spaces, mojibake), with its flags and its
     * SHA-256, so what was changed is never silent and the digest never drifts from the text.
     */
    public void setText(String raw) {
        if (raw == null) {
            text = null;
            textSha256 = null;
            textFlags = null;
            return;
        }
        CleanText clean = TextHygiene.clean(raw);
        text = clean.text();
        textSha256 = sha256(text);
        textFlags = clean.flags().isEmpty() ? null
                : clean.flags().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public List<String> textFlags() {
        return textFlags == null ? List.of() : List.of(textFlags.split(","));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package io.crosscheck.source;

import io.crosscheck.common.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

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

    /** Sets the full text and its SHA-256 together, so the digest can never drift from the text. */
    public void setText(String text) {
        this.text = text;
        this.textSha256 = text == null ? null : sha256(text);
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

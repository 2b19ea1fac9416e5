package io.crosscheck.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One text a source has had. Versions are numbered from 1 and never change: an appearance whose
 * quote left the current text still points into the version it was taken from.
 */
@Entity
@Table(name = "source_text")
@IdClass(SourceText.Key.class)
public class SourceText {

    /** How a text version came to be. */
    public enum Origin { CREATED, EDITED, FETCHED }

    @Id
    public UUID sourceId;

    @Id
    @Column(name = "version_no")
    public int versionNo;

    @Column(name = "body_text", nullable = false, length = 1_000_000)
    public String text;

    @Column(name = "text_sha256", nullable = false, length = 64)
    public String textSha256;

    @Column(name = "text_flags", length = 500)
    public String textFlags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Origin origin;

    /** The URL the text was read from (after redirects), for fetched versions. */
    @Column(length = 2048)
    public String fetchedUrl;

    /** The charset the page was decoded with, and how it was chosen. */
    @Column(length = 40)
    public String charset;

    @Column(length = 300)
    public String charsetSource;

    @Column(nullable = false, length = 200)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    /** The composite primary key. */
    public record Key(UUID sourceId, int versionNo) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}

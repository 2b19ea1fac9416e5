package io.crosscheck.claim;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A claim as published in one source: the exact quote, where it sits in the source's text when
 * that is known, and the attribution phrase ("selon le Wall Street Journal").
 */
@Entity
@Table(name = "appearance")
public class Appearance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @Column(nullable = false, length = 2000)
    public String quote;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    @Column(length = 500)
    public String attribution;

    @Column(name = "first_appearance", nullable = false)
    public boolean firstAppearance;

    /** The source text version the offsets point into (null while the source has no text). */
    public Integer textVersion;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteStatus quoteStatus = QuoteStatus.CURRENT;
}

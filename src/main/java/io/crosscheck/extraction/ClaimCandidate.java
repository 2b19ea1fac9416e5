package io.crosscheck.extraction;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.FigureKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A figure found in one version of a source's text with what inference made of it (subject, metric,
 * claimant, each with a confidence), until a reviewer accepts or rejects it. Offsets are Java char
 * offsets into that version of the text.
 */
@Entity
@Table(name = "claim_candidate")
public class ClaimCandidate extends BaseEntity {

    @Column(nullable = false)
    public UUID sourceId;
    @Column(nullable = false)
    public int textVersion;
    @Column(nullable = false, length = 16)
    public String lang;
    @Column(nullable = false)
    public int figureStart;
    @Column(nullable = false)
    public int figureEnd;
    @Column(nullable = false)
    public int quoteStart;
    @Column(nullable = false)
    public int quoteEnd;
    @Column(nullable = false, length = 2000)
    public String quote;
    @Column(nullable = false, length = 200)
    public String figureText;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Dimension dimension;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FigureKind figureKind;
    @Column(precision = 38, scale = 10)
    public BigDecimal figureValue;
    @Column(precision = 38, scale = 10)
    public BigDecimal figureLow;
    @Column(precision = 38, scale = 10)
    public BigDecimal figureHigh;
    @Column(length = 3)
    public String figureCurrency;
    @Column(length = 100)
    public String figureUnit;
    public UUID subjectId;
    @Column(nullable = false)
    public double subjectConfidence;
    public UUID metricId;
    @Column(nullable = false)
    public double metricConfidence;
    public UUID claimantId;
    @Column(nullable = false)
    public double claimantConfidence;
    @Column(length = 500)
    public String attribution;
    @Column(length = 500)
    public String scope;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CandidateState state = CandidateState.PROPOSED;
    @Column(length = 1000)
    public String reason;
    public UUID claimId;
    @Column(nullable = false)
    public boolean attached;
    @Column(length = 200)
    public String decidedBy;
    public Instant decidedAt;
}

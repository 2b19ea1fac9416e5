package io.crosscheck.link;

import io.crosscheck.claim.Claim;
import io.crosscheck.common.BaseEntity;
import io.crosscheck.figure.Figure;
import io.crosscheck.figure.Judgement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A typed edge between two claims, with who made it, why, and where it stands in review. */
@Entity
@Table(name = "claim_link")
public class Link extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_claim_id")
    public Claim from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_claim_id")
    public Claim to;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 20)
    public LinkType type;

    @Column(length = 2000)
    public String rationale;

    @Column(length = 200)
    public String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LinkOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LinkState state;

    @Column(length = 2000)
    public String decisionRationale;

    @Column(length = 200)
    public String decidedBy;

    public Instant decidedAt;

    /** The relative gap between the two claims' stated figures when the link was made (0..1), or null. */
    @Column(precision = 7, scale = 6)
    public BigDecimal gap;

    /** What the figure judgement said of the two claims when the link was made, or null. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Judgement.Outcome judgement;

    /** The rule of the judgement that decided. */
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public Judgement.Reason judgementReason;

    /** Records a judgement of the two claims' figures (null: not judged). */
    public void judged(Judgement j) {
        BigDecimal newGap = j == null ? null : j.gap();
        // The same gap read back from the database carries the column's scale ("0.000000" for "0"); assigning
        // the equal value would mark the link dirty and rewrite it at every detection of its group.
        if (!Figure.sameNumber(newGap, gap)) {
            gap = newGap;
        }
        judgement = j == null ? null : j.outcome();
        judgementReason = j == null ? null : j.reason();
    }

    /** Whether this link joins the two claims, in either direction. */
    public boolean joins(Claim a, Claim b) {
        return (from.id.equals(a.id) && to.id.equals(b.id)) || (from.id.equals(b.id) && to.id.equals(a.id));
    }
}

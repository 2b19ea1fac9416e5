package io.crosscheck.claim;

import io.crosscheck.common.BaseEntity;
import io.crosscheck.entity.NamedEntity;
import io.crosscheck.figure.Figure;
import io.crosscheck.metric.Metric;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One assertion: a subject, a metric, a figure, under a scope and at a time, said by a claimant,
 * with a verdict. Where it was published is kept apart, in its {@link Appearance}s.
 */
@Entity
@Table(name = "claim")
public class Claim extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    public NamedEntity subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "metric_id")
    public Metric metric;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_id")
    public NamedEntity claimant;

    @Embedded
    public ClaimFigure figure;

    @Column(length = 500)
    public String scope;

    public LocalDate asOf;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    @Column(nullable = false, length = 2000)
    public String statement;

    @Column(nullable = false, length = 16)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Verdict verdict = Verdict.UNREVIEWED;

    @Column(length = 4000)
    public String verdictRationale;

    /**
     * The claim that supersedes this one (a SUPERSEDES link that is not dismissed), read from the
     * links table so that the claim feature needs no dependency on the link feature.
     */
    @Formula("(select min(cast(l.from_claim_id as varchar(36))) from claim_link l where l.to_claim_id = id "
            + "and l.link_type = 'SUPERSEDES' and l.state <> 'DISMISSED')")
    public String supersededBy;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    public List<Appearance> appearances = new ArrayList<>();

    public Figure figure() {
        return figure.toFigure(metric.dimension);
    }

    /**
     * Marks the claim itself as changed, so its version (and ETag) moves even when only its
     * appearances did: they are part of what a client sees of it.
     */
    void touch() {
        updatedAt = Instant.now();
    }
}

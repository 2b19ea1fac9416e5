package io.crosscheck.conflict;

import io.crosscheck.claim.Claim;
import io.crosscheck.claim.ClaimRepository;
import io.crosscheck.common.Languages;
import io.crosscheck.figure.FigureJudge;
import io.crosscheck.figure.Judgement;
import io.crosscheck.figure.Tolerances;
import io.crosscheck.link.LinkOrigin;
import io.crosscheck.link.LinkType;
import io.crosscheck.link.LinkView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * A link's rationale in the reader's language. A detected link's sentence is not read from the
 * stored text (written once, in the language of the claim that started it) but rendered at read
 * time from the facts kept for the link and its claims: the link type, the stored judgement (outcome,
 * rule, relative gap), the two claims' figures, metric labels and scopes, and the configured
 * tolerances. A link made by a person keeps the person's words, in the language they wrote them.
 * Shared by the console and the widgets (docs/adr/0008-message-bundles-and-rendered-rationales.md).
 */
@ApplicationScoped
public class RationaleRenderer {

    private final ClaimRepository claims;
    private final Tolerances tolerances;

    RationaleRenderer(ClaimRepository claims, Tolerances tolerances) {
        this.claims = claims;
        this.tolerances = tolerances;
    }

    /** The rationale of this link for a reader of {@code lang} (a supported language; anything else reads English). */
    public String render(LinkView link, String lang) {
        if (link.origin() != LinkOrigin.DETECTED) {
            return link.rationale();
        }
        Claim from = claims.findByIdOptional(link.from().id()).orElse(null);
        Claim to = claims.findByIdOptional(link.to().id()).orElse(null);
        if (from == null || to == null) {
            return link.rationale();
        }
        return render(link.type(), from, to, link.judgement(), link.judgementReason(), link.gap() == null ? null
                : link.gap(), Languages.supported(lang) == null ? Languages.FALLBACK : Languages.supported(lang));
    }

    String render(LinkType type, Claim from, Claim to, Judgement.Outcome outcome, Judgement.Reason reason,
            java.math.BigDecimal gap, String lang) {
        DetectionRow a = row(from, lang);
        DetectionRow b = row(to, lang);
        Judgement now = FigureJudge.judge(a.figure(), b.figure(), tolerances);
        Judgement j;
        if (outcome == null) {
            j = now; // linked before judgements were stored: judge the figures as they stand
        } else {
            // The stored judgement is the fact; which side rounds or hedges is re-derived when the
            // figures still give the same judgement, else left unsaid.
            boolean same = now.outcome() == outcome && now.reason() == reason && Objects.equals(
                    now.gap() == null ? null : now.gap().stripTrailingZeros(),
                    gap == null ? null : gap.stripTrailingZeros());
            j = new Judgement(outcome, reason, gap, same ? now.by() : null);
        }
        return switch (type) {
            case CONTRADICTS -> Rationales.contradiction(a, b, j);
            case CONTEXT -> Rationales.context(a, b, j);
            default -> Rationales.agreement(a, b, j, type == LinkType.DUPLICATES);
        };
    }

    /** A claim as detection reads it, speaking the reader's language (the rationale follows the first row's). */
    private static DetectionRow row(Claim c, String lang) {
        return new DetectionRow(c.id, c.subject.id, c.metric.id, c.metric.labelsForReaders(),
                c.metric.multiValued, c.figure(), c.claimant == null ? null : c.claimant.id, c.scope, c.asOf,
                c.periodStart, c.periodEnd, lang);
    }
}

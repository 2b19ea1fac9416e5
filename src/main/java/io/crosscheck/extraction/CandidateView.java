package io.crosscheck.extraction;

import io.crosscheck.common.Versioned;
import io.crosscheck.figure.Dimension;
import io.crosscheck.figure.FigureKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim candidate as the API shows it: the figure and its quote (offsets into the source's text
 * version {@code textVersion}), each inferred field with its confidence (0 to 1), and the decision.
 * {@code confidence} is the lower of the subject's and the metric's: what bulk acceptance compares.
 */
@Schema(name = "Candidate")
public record CandidateView(UUID id, UUID sourceId, int textVersion, String lang, Figure figure, String quote,
        int quoteStart, int quoteEnd, Ref subject, Ref metric, Ref claimant, String attribution, String scope,
        double confidence, CandidateState state, String reason, UUID claimId,
        @Schema(description = "True when accepting attached the figure to an existing claim as a new appearance")
        boolean attached, String decidedBy, Instant decidedAt, long version, Instant createdAt)
        implements Versioned {

    /** The figure as found. */
    public record Figure(String text, int start, int end, Dimension dimension, FigureKind kind, BigDecimal value,
            BigDecimal low, BigDecimal high, String currency, String unit) {
    }

    /** An inferred reference: id, a name (entity name or metric key) and how sure inference is. */
    public record Ref(UUID id, String name, double confidence) {
    }
}

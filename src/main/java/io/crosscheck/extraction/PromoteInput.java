package io.crosscheck.extraction;

import io.crosscheck.claim.Verdict;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Makes a claim of the candidate figure at {@code start..end} of a source's text. The fact-checker
 * picks subject and metric (by id, or by name and key); the figure, the quote (the sentence around it) and its offsets come
 * from the text. {@code statement} defaults to that sentence.
 */
@Schema(name = "PromoteInput")
public record PromoteInput(
        @Schema(description = "start of a candidate, from /extract") @NotNull @PositiveOrZero Integer start,
        @Schema(description = "end of that candidate") @NotNull @PositiveOrZero Integer end,
        @Schema(description = "The subject's id (or give subject)") UUID subjectId,
        @Schema(description = "The metric's id (or give metric)") UUID metricId,
        UUID claimantId,
        @Size(max = 2000) String statement,
        @Size(max = 500) String scope,
        @Schema(example = "selon le Wall Street Journal") @Size(max = 500) String attribution,
        LocalDate asOf,
        Verdict verdict,
        @Schema(description = "The subject by id, name or alias", example = "DeepSeek") @Size(max = 200) String subject,
        @Schema(description = "The metric by id or key", example = "training-cost") @Size(max = 200) String metric,
        @Schema(description = "The claimant by id, name or alias", example = "Reuters") @Size(max = 200) String claimant) {
}

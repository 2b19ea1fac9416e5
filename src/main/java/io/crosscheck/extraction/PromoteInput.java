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
 * picks subject and metric; the figure, the quote (the sentence around it) and its offsets come
 * from the text. {@code statement} defaults to that sentence.
 */
@Schema(name = "PromoteInput")
public record PromoteInput(
        @Schema(description = "start of a candidate, from /extract") @NotNull @PositiveOrZero Integer start,
        @Schema(description = "end of that candidate") @NotNull @PositiveOrZero Integer end,
        @NotNull UUID subjectId,
        @NotNull UUID metricId,
        UUID claimantId,
        @Size(max = 2000) String statement,
        @Size(max = 500) String scope,
        @Schema(example = "selon le Wall Street Journal") @Size(max = 500) String attribution,
        LocalDate asOf,
        Verdict verdict) {
}

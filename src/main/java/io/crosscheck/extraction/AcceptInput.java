package io.crosscheck.extraction;

import io.crosscheck.claim.Verdict;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Accepting a candidate, optionally overriding what inference chose. References take an id, a name
 * or an alias (subject, claimant) and an id or key (metric); {@code "claimant": ""} clears the claimant.
 */
@Schema(name = "AcceptInput")
public record AcceptInput(
        @Schema(example = "DeepSeek") @Size(max = 200) String subject,
        @Schema(example = "training-cost") @Size(max = 200) String metric,
        @Schema(example = "SemiAnalysis") @Size(max = 200) String claimant,
        @Size(max = 2000) String statement,
        @Size(max = 500) String scope,
        @Size(max = 500) String attribution,
        LocalDate asOf,
        Verdict verdict) {
}

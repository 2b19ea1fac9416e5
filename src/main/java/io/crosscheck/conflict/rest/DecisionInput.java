package io.crosscheck.conflict.rest;

import io.crosscheck.claim.Verdict;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of a confirm or dismiss: why, and (confirm only) the verdicts to set on the
 * link's two claims in the same transaction.
 */
@Schema(name = "DecisionInput")
public record DecisionInput(
        @Schema(example = "Même cycle d'entraînement, arrondi différemment.") @Size(max = 2000) String rationale,
        @Schema(description = "Confirm only: the new verdict of the link's 'from' claim", example = "SUPPORTED")
        Verdict fromVerdict,
        @Schema(description = "Confirm only: the new verdict of the link's 'to' claim", example = "DISPUTED")
        Verdict toVerdict) {
}

package io.crosscheck.conflict.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a confirm or dismiss: why. */
@Schema(name = "DecisionInput")
public record DecisionInput(
        @Schema(example = "Même cycle d'entraînement, arrondi différemment.") @Size(max = 2000) String rationale) {
}

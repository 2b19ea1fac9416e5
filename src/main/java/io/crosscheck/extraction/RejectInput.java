package io.crosscheck.extraction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a candidate is not a claim ("not about the dossier", "a date, not a cost"). */
@Schema(name = "RejectInput")
public record RejectInput(@Schema(example = "an analogy, not a claim") @NotBlank @Size(max = 1000) String reason) {
}

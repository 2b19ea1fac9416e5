package io.crosscheck.link;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to link two claims. A manual link is CONFIRMED from the start. */
@Schema(name = "LinkInput")
public record LinkInput(
        @Schema(description = "The claim the link starts from (for SUPERSEDES: the newer claim)") @NotNull UUID from,
        @Schema(description = "The claim it points to") @NotNull UUID to,
        @Schema(example = "CONTEXT") @NotNull LinkType type,
        @Schema(example = "Un cycle d'entraînement n'est pas toute l'infrastructure.") @Size(max = 2000) String rationale) {
}

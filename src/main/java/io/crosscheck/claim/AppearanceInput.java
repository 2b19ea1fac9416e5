package io.crosscheck.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a claim appeared. When the source's text is stored, the quote must occur in it; offsets
 * (Java char offsets, end exclusive) are checked when given and found when not.
 */
@Schema(name = "AppearanceInput")
public record AppearanceInput(
        @NotNull UUID sourceId,
        @Schema(example = "DeepSeek affirme avoir entraîné l’un de ses modèles pour seulement 5,6 millions de dollars")
        @NotBlank @Size(max = 2000) String quote,
        @PositiveOrZero Integer start,
        @PositiveOrZero Integer end,
        @Schema(example = "DeepSeek affirme") @Size(max = 500) String attribution,
        @Schema(description = "Whether this is where the claim was first published; when no appearance says so, "
                + "the one in the earliest-published source is marked") Boolean firstAppearance) {

    static AppearanceInput from(Appearance a) {
        return new AppearanceInput(a.source.id, a.quote, a.startOffset, a.endOffset, a.attribution, a.firstAppearance);
    }
}

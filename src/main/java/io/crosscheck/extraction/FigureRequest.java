package io.crosscheck.extraction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to read figures from, and its language ("fr" or "en"; detected when absent). */
@Schema(name = "FigureRequest")
public record FigureRequest(
        @Schema(example = "1,6 milliard $") @NotNull @Size(max = 1_000_000) String text,
        @Schema(example = "fr") @Pattern(regexp = "fr|en", message = "must be fr or en (or absent, to detect it)") String lang) {
}

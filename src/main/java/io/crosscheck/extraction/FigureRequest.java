package io.crosscheck.extraction;

import io.crosscheck.common.Languages;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to read figures from, and its language: a tag the figure engine has a pack for ("fr", "en", "es",
 * "es-MX"); detected when absent (per paragraph, for extraction). Other languages are refused with a 400.
 */
@Schema(name = "FigureRequest")
public record FigureRequest(
        @Schema(example = "1,6 milliard $") @NotNull @Size(max = 1_000_000) String text,
        @Schema(example = "fr", description = "fr, en or es (a regional tag such as es-MX is read as es); absent: "
                + "detected") @Pattern(regexp = Languages.TAG, message = Languages.TAG_MESSAGE) String lang) {
}

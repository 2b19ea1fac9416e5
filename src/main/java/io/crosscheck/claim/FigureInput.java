package io.crosscheck.claim;

import io.crosscheck.common.Languages;
import io.crosscheck.figure.FigureKind;
import io.crosscheck.figure.Nature;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim's figure, as text or in structured form. As text, give only {@code text} (and
 * {@code lang}): "1,6 milliard $" is parsed, its interval widened by its precision. Structured, give
 * {@code kind}: point kinds (EXACT, APPROXIMATE) give {@code value} and may give the interval it
 * stands for in {@code low}/{@code high}; RANGE gives both bounds, AT_LEAST {@code low}, AT_MOST
 * {@code high}, CATEGORY {@code category}; {@code nature} says whether it is a LEVEL or a CHANGE.
 */
@Schema(name = "FigureInput", description = "Either {\"text\", \"lang\"} to parse, or a structured figure with kind")
public record FigureInput(
        @Schema(description = "Absent: parse text", example = "EXACT") FigureKind kind,
        @Schema(example = "5600000") @Digits(integer = 27, fraction = 10) BigDecimal value,
        @Schema(example = "5550000") @Digits(integer = 27, fraction = 10) BigDecimal low,
        @Schema(example = "5650000") @Digits(integer = 27, fraction = 10) BigDecimal high,
        @Schema(description = "ISO 4217 code, for MONEY metrics", example = "USD")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @Schema(description = "The counted noun, for COUNT metrics", example = "GPU") @Size(max = 100) String unit,
        @Schema(example = "H800") @Size(max = 200) String category,
        @Schema(description = "The figure as the article wrote it", example = "5,6 millions de dollars")
        @NotBlank @Size(max = 200) String text,
        @Schema(example = "fr") @Pattern(regexp = Languages.TAG, message = Languages.TAG_MESSAGE) String lang,
        @Schema(description = "LEVEL or CHANGE (\"une hausse de 3 %\"). Absent: what the text says when it "
                + "reads as the same figure, else LEVEL. Parsed text always gives its own.", example = "LEVEL")
        Nature nature) {

    /** A figure input whose nature comes from its text (LEVEL unless the text reads as a change). */
    public FigureInput(FigureKind kind, BigDecimal value, BigDecimal low, BigDecimal high, String currency, String unit,
            String category, String text, String lang) {
        this(kind, value, low, high, currency, unit, category, text, lang, null);
    }
}

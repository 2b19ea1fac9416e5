package io.crosscheck.claim;

import io.crosscheck.common.Languages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a claim, appearances included. */
@Schema(name = "ClaimInput")
public record ClaimInput(
        @Schema(description = "The entity the claim is about") @NotNull UUID subjectId,
        @NotNull UUID metricId,
        @Schema(description = "Who asserts it (may differ from where it was published)") UUID claimantId,
        @NotNull @Valid FigureInput figure,
        @Schema(description = "What exactly is measured", example = "final training run of DeepSeek-V3 (GPU rental)")
        @Size(max = 500) String scope,
        @Schema(description = "The date the figure holds at") LocalDate asOf,
        @Schema(description = "Start of the period the figure covers") LocalDate periodStart,
        @Schema(description = "End of the period the figure covers") LocalDate periodEnd,
        @Schema(example = "DeepSeek affirme avoir entraîné l'un de ses modèles pour 5,6 millions de dollars.")
        @NotBlank @Size(max = 2000) String statement,
        @Schema(example = "fr") @NotBlank @Pattern(regexp = Languages.TAG, message = Languages.TAG_MESSAGE) String language,
        @Schema(description = "Defaults to UNREVIEWED") Verdict verdict,
        @Size(max = 4000) String verdictRationale,
        @Size(max = 100) List<@NotNull @Valid AppearanceInput> appearances) {

    static ClaimInput from(Claim c) {
        ClaimFigure f = c.figure;
        var figure = c.figure();
        return new ClaimInput(c.subject.id, c.metric.id, c.claimant == null ? null : c.claimant.id,
                new FigureInput(f.kind, figure.value(), figure.low(), figure.high(), f.currency, f.unit, f.category,
                        f.text, f.lang),
                c.scope, c.asOf, c.periodStart, c.periodEnd, c.statement, c.language, c.verdict, c.verdictRationale,
                c.appearances.stream().map(AppearanceInput::from).toList());
    }
}

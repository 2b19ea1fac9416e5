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
        @Schema(description = "The entity the claim is about (or give subject by name)") UUID subjectId,
        @Schema(description = "The metric's id (or give metric by key)") UUID metricId,
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
        @Size(max = 100) List<@NotNull @Valid AppearanceInput> appearances,
        @Schema(description = "The subject by id, name or alias, instead of subjectId", example = "DeepSeek")
        @Size(max = 200) String subject,
        @Schema(description = "The metric by id or key, instead of metricId", example = "training-cost")
        @Size(max = 200) String metric,
        @Schema(description = "The claimant by id, name or alias, instead of claimantId", example = "Reuters")
        @Size(max = 200) String claimant) {

    /** A claim input naming its references by id only. */
    public ClaimInput(UUID subjectId, UUID metricId, UUID claimantId, FigureInput figure, String scope,
            LocalDate asOf, LocalDate periodStart, LocalDate periodEnd, String statement, String language,
            Verdict verdict, String verdictRationale, List<AppearanceInput> appearances) {
        this(subjectId, metricId, claimantId, figure, scope, asOf, periodStart, periodEnd, statement, language,
                verdict, verdictRationale, appearances, null, null, null);
    }

    static ClaimInput from(Claim c) {
        ClaimFigure f = c.figure;
        var figure = c.figure();
        return new ClaimInput(c.subject.id, c.metric.id, c.claimant == null ? null : c.claimant.id,
                new FigureInput(f.kind, figure.value(), figure.low(), figure.high(), f.currency, f.unit, f.category,
                        f.text, f.lang, f.nature),
                c.scope, c.asOf, c.periodStart, c.periodEnd, c.statement, c.language, c.verdict, c.verdictRationale,
                c.appearances.stream().map(AppearanceInput::from).toList());
    }
}

package io.crosscheck.metric;

import io.crosscheck.figure.Dimension;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a metric. */
@Schema(name = "MetricInput", description = "What a claim measures.")
public record MetricInput(
        @Schema(example = "training-cost") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String key,
        @Schema(example = "Coût d'entraînement") @NotBlank @Size(max = 200) String labelFr,
        @Schema(example = "Training cost") @NotBlank @Size(max = 200) String labelEn,
        @Schema(example = "MONEY") @NotNull Dimension dimension,
        @Schema(description = "Whether several values may hold at once (default false)", example = "false") Boolean multiValued,
        @Size(max = 1000) String description) {

    static MetricInput from(Metric m) {
        return new MetricInput(m.metricKey, m.labelFr, m.labelEn, m.dimension, m.multiValued, m.description);
    }
}

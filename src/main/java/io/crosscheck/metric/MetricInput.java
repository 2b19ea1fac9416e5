package io.crosscheck.metric;

import io.crosscheck.figure.Dimension;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create or replace a metric. Labels come as {@code labelFr}/{@code labelEn}
 * or as {@code labels} keyed by language ({@code {"en": "Training cost"}}); at least one is needed.
 */
@Schema(name = "MetricInput", description = "What a claim measures.")
public record MetricInput(
        @Schema(example = "training-cost") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String key,
        @Schema(example = "Coût d'entraînement", description = "Optional when another label is given") @Size(max = 200) String labelFr,
        @Schema(example = "Training cost", description = "Optional when another label is given") @Size(max = 200) String labelEn,
        @Schema(example = "MONEY") @NotNull Dimension dimension,
        @Schema(description = "Whether several values may hold at once (default false)", example = "false") Boolean multiValued,
        @Size(max = 1000) String description,
        @Schema(description = "Labels keyed by language (fr, en); the same as labelFr/labelEn", example = "{\"en\": \"Training cost\"}")
        @Size(max = 10) Map<String, @Size(max = 200) String> labels,
        @Schema(description = "Words that point at this metric near a figure, keyed by language (fr, en)",
                example = "{\"fr\": [\"entraînement\"], \"en\": [\"training run\"]}")
        @Size(max = 10) Map<String, @Size(max = 50) List<@NotBlank @Size(max = 100) String>> triggers) {

    /** The old shape (both labels, no triggers), kept for callers in code. */
    public MetricInput(String key, String labelFr, String labelEn, Dimension dimension, Boolean multiValued,
            String description) {
        this(key, labelFr, labelEn, dimension, multiValued, description, null, null);
    }

    static MetricInput from(Metric m) {
        return new MetricInput(m.metricKey, m.labelFr, m.labelEn, m.dimension, m.multiValued, m.description, null,
                m.triggerWords());
    }
}

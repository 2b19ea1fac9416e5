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
 * What a client sends to create or replace a metric. Labels come as {@code labels} keyed by a
 * supported language ({@code {"es": "Coste de entrenamiento"}}); at least one is needed. The
 * {@code labelFr}/{@code labelEn} fields of API 0.1.0 are still read, as aliases of {@code labels.fr}
 * and {@code labels.en}, until API 0.3.0 (docs/api.md, "Changes and migration").
 */
@Schema(name = "MetricInput", description = "What a claim measures.")
public record MetricInput(
        @Schema(example = "training-cost") @NotBlank @Size(max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String key,
        @Schema(example = "Coût d'entraînement", deprecated = true,
                description = "Deprecated since API 0.2.0: use labels.fr. Read as labels.fr until API 0.3.0.")
        @Size(max = 200) String labelFr,
        @Schema(example = "Training cost", deprecated = true,
                description = "Deprecated since API 0.2.0: use labels.en. Read as labels.en until API 0.3.0.")
        @Size(max = 200) String labelEn,
        @Schema(example = "MONEY") @NotNull Dimension dimension,
        @Schema(description = "Whether several values may hold at once (default false)", example = "false") Boolean multiValued,
        @Size(max = 1000) String description,
        @Schema(description = "Labels keyed by supported language (fr, en, es); at least one. Another key is a 400.",
                example = "{\"fr\": \"Coût d'entraînement\", \"en\": \"Training cost\", \"es\": \"Coste de entrenamiento\"}")
        @Size(max = 10) Map<String, @Size(max = 200) String> labels,
        @Schema(description = "Words that point at this metric near a figure, keyed by the language of the texts they "
                + "are found in (any BCP 47 tag)",
                example = "{\"fr\": [\"entraînement\"], \"en\": [\"training run\"], \"es\": [\"entrenamiento\"]}")
        @Size(max = 10) Map<String, @Size(max = 50) List<@NotBlank @Size(max = 100) String>> triggers) {

    /** The old shape (French and English labels, no triggers), kept for callers in code. */
    public MetricInput(String key, String labelFr, String labelEn, Dimension dimension, Boolean multiValued,
            String description) {
        this(key, labelFr, labelEn, dimension, multiValued, description, null, null);
    }

    /** The metric as an input, for a merge patch: labels only in {@code labels} (the aliases are folded into it). */
    static MetricInput from(Metric m) {
        return new MetricInput(m.metricKey, null, null, m.dimension, m.multiValued, m.description, m.labels(),
                m.triggerWords());
    }
}

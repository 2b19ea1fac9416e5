package io.crosscheck.extraction;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Accepts the PROPOSED candidates (of a source and/or topic) whose subject and metric confidence both
 * reach {@code minConfidence}, oldest first, at most {@code limit} of them.
 */
@Schema(name = "BulkAcceptInput")
public record BulkAcceptInput(
        @Schema(description = "Source id or URL") @Size(max = 2048) String source,
        @Schema(description = "Topic slug", example = "deepseek-costs") @Size(max = 200) String topic,
        @Schema(description = "Default 0.8", example = "0.8") @DecimalMin("0.0") @DecimalMax("1.0") Double minConfidence,
        @Schema(description = "1 to 100, default 50", example = "20") @Min(1) @Max(100) Integer limit) {
}

package io.crosscheck.source;

import io.crosscheck.common.Languages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a source. */
@Schema(name = "SourceInput", description = "A published work in which claims appear.")
public record SourceInput(
        @Schema(example = "https://www.tomshardware.com/tech-industry/artificial-intelligence/deepseek-might-not-be-as-disruptive-as-claimed-firm-reportedly-has-50-000-nvidia-gpus-and-spent-usd1-6-billion-on-buildouts")
        @NotBlank @Size(max = 2048) String url,
        @Schema(example = "DeepSeek : 1,6 milliard $ d'infrastructure et 50 000 GPU")
        @NotBlank @Size(max = 500) String title,
        @Schema(example = "Tom's Hardware") @NotBlank @Size(max = 200) String publisher,
        @Schema(example = "Patrick Bélanger") @Size(max = 200) String author,
        @Schema(example = "fr") @NotBlank @Pattern(regexp = Languages.TAG, message = Languages.TAG_MESSAGE) String language,
        @Schema(example = "2025-01-31") LocalDate publishedDate,
        @Schema(description = "Full text, for figure extraction and quote checking.") @Size(max = 1_000_000) String text) {

    static SourceInput from(Source source) {
        return new SourceInput(source.url, source.title, source.publisher, source.author, source.language,
                source.publishedDate, source.text);
    }
}

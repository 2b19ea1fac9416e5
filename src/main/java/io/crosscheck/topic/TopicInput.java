package io.crosscheck.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a topic. The slug is its address and cannot change. */
@Schema(name = "TopicInput")
public record TopicInput(
        @Schema(example = "deepseek-costs") @NotBlank @Size(max = 80)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens") String slug,
        @Schema(example = "DeepSeek : combien a coûté le modèle ?") @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String description,
        @Schema(description = "The claims in the dossier") @Size(max = 1000) List<@NotNull UUID> claimIds) {

    static TopicInput from(Topic t) {
        return new TopicInput(t.slug, t.title, t.description, t.claims.stream().map(c -> c.id).toList());
    }
}

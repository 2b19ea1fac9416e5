package io.crosscheck.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an entity. */
@Schema(name = "EntityInput", description = "An organisation, person, publication or product.")
public record EntityInput(
        @Schema(example = "DeepSeek") @NotBlank @Size(max = 200) String name,
        @Schema(example = "ORGANIZATION") @NotNull EntityKind kind,
        @Schema(example = "[\"DeepSeek AI\", \"深度求索\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(example = "Q2283") @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q2283") String wikidataId,
        @Schema(example = "Chinese AI company behind the V3 and R1 models") @Size(max = 1000) String description) {

    static EntityInput from(NamedEntity e) {
        return new EntityInput(e.name, e.kind, List.copyOf(e.aliases), e.wikidataId, e.description);
    }
}

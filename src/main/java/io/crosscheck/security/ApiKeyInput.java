package io.crosscheck.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to create a key. */
@Schema(name = "ApiKeyInput")
public record ApiKeyInput(
        @Schema(description = "Who holds the key; recorded as the author of every change made with it", example = "desk-anna")
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "\\s*[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._@+-]*", message = "must start with a letter or digit "
                + "and hold only letters, digits, spaces and . _ @ + -")
        String name,
        @NotNull Role role) {
}

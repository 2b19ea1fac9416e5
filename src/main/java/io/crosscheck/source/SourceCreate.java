package io.crosscheck.source;

import io.crosscheck.common.ApiException;
import io.crosscheck.common.FieldError;
import io.crosscheck.common.Languages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to create a source: either the whole source (url, title, publisher, language,
 * and optionally author, date and text), or only its {@code url} (with {@code "fetch": true} or
 * alone), and Crosscheck fetches the page and reads the rest from it. {@code topic} adds the source
 * to that topic's sources either way.
 */
@Schema(name = "SourceCreate", description = "A source to record, or a URL to fetch it from.")
public record SourceCreate(
        @Schema(example = "https://www.lemonde.fr/economie/article/2025/01/28/deepseek.html")
        @NotBlank @Size(max = 2048) String url,
        @Schema(description = "Required unless the page is fetched", example = "DeepSeek : 1,6 milliard $ d'infrastructure")
        @Size(max = 500) String title,
        @Schema(description = "Required unless the page is fetched", example = "Tom's Hardware") @Size(max = 200) String publisher,
        @Schema(example = "Patrick Bélanger") @Size(max = 200) String author,
        @Schema(description = "Required unless the page is fetched", example = "fr")
        @Pattern(regexp = Languages.TAG, message = Languages.TAG_MESSAGE) String language,
        @Schema(example = "2025-01-31") LocalDate publishedDate,
        @Schema(description = "Full text, for figure extraction and quote checking.") @Size(max = 1_000_000) String text,
        @Schema(description = "true: fetch the page at url (the default when only url is given); the answer is "
                + "202 with a job") Boolean fetch,
        @Schema(description = "Slug of a topic that should follow this source", example = "deepseek-costs")
        @Size(max = 80) String topic) {

    /** Whether the client asks for the page to be fetched: explicitly, or by sending nothing but the URL. */
    public boolean fetchRequested() {
        if (fetch != null) {
            return fetch;
        }
        return title == null && publisher == null && author == null && language == null && publishedDate == null
                && text == null;
    }

    /**
     * Checks the request for its mode, with the bean constraints: a fetch must leave out what it reads
     * from the page; a typed source needs title, publisher and language. 400 listing every field.
     */
    public void check(Validator validator) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<SourceCreate> v : validator.validate(this)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (fetchRequested()) {
            String message = "is read from the page when it is fetched; leave it out, or send \"fetch\": false";
            addIf(errors, title != null, "title", message);
            addIf(errors, publisher != null, "publisher", message);
            addIf(errors, author != null, "author", message);
            addIf(errors, language != null, "language", message);
            addIf(errors, publishedDate != null, "publishedDate", message);
            addIf(errors, text != null, "text", message);
        } else {
            addIf(errors, title == null || title.isBlank(), "title", "must not be blank");
            addIf(errors, publisher == null || publisher.isBlank(), "publisher", "must not be blank");
            addIf(errors, language == null || language.isBlank(), "language", "must not be blank");
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid; see errors.";
            throw new ApiException(400, "Invalid request", detail, errors, null);
        }
    }

    /** The source as typed by the client (after {@link #check}). */
    public SourceInput toInput() {
        return new SourceInput(url, title, publisher, author, language, publishedDate, text);
    }

    private static void addIf(List<FieldError> errors, boolean condition, String field, String message) {
        if (condition) {
            errors.add(new FieldError(field, message));
        }
    }

}

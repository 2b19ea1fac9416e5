package io.crosscheck.console;

import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.FigureView;
import io.crosscheck.common.FieldError;
import java.util.List;
import java.util.UUID;

/**
 * The claim form's fields as the person typed them (so a preview or a refused save shows them again),
 * with the figure preview and what was refused.
 *
 * @param id the claim being edited, or null for a new one
 * @param version the version the edit started from (sent back as If-Match)
 */
public record ClaimForm(UUID id, Long version, String subject, String metric, String claimant, String figureText,
        String figureLang, String statement, String language, String scope, String asOf, String verdict,
        FigureView preview, String previewError, String detail, List<FieldError> errors) {

    static ClaimForm empty(String lang) {
        return new ClaimForm(null, null, "", "", "", "", lang, "", lang, "", "", "UNREVIEWED", null, null, null, List.of());
    }

    static ClaimForm of(ClaimView c) {
        return new ClaimForm(c.id(), c.version(), c.subject().name(), c.metric().key(),
                c.claimant() == null ? "" : c.claimant().name(), c.figure().text(),
                c.figure().lang() == null ? c.language() : c.figure().lang(), c.statement(), c.language(),
                c.scope() == null ? "" : c.scope(), c.asOf() == null ? "" : c.asOf().toString(), c.verdict().name(), null,
                null, null, List.of());
    }

    ClaimForm withPreview(FigureView figure, String error) {
        return new ClaimForm(id, version, subject, metric, claimant, figureText, figureLang, statement, language, scope,
                asOf, verdict, figure, error, detail, errors);
    }

    ClaimForm refused(String why, List<FieldError> fields) {
        return new ClaimForm(id, version, subject, metric, claimant, figureText, figureLang, statement, language, scope,
                asOf, verdict, preview, previewError, why, fields);
    }

    /** The message refused for one field, or null (for the field's aria-invalid and its note). */
    public String errorOf(String field) {
        return errors.stream().filter(e -> e.field() != null && (e.field().equals(field)
                || e.field().startsWith(field + "."))).map(FieldError::message).findFirst().orElse(null);
    }

    public boolean isNew() {
        return id == null;
    }
}

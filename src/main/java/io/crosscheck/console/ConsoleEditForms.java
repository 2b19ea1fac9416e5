package io.crosscheck.console;

import io.crosscheck.common.Languages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.claim.ClaimInput;
import io.crosscheck.claim.ClaimService;
import io.crosscheck.claim.ClaimView;
import io.crosscheck.claim.FigureInput;
import io.crosscheck.claim.Verdict;
import io.crosscheck.common.ApiException;
import io.crosscheck.common.Enums;
import io.crosscheck.common.FieldError;
import io.crosscheck.common.Ids;
import io.crosscheck.common.Query;
import io.crosscheck.entity.EntityService;
import io.crosscheck.extraction.ExtractionService;
import io.crosscheck.extraction.FigureRequest;
import io.crosscheck.link.LinkInput;
import io.crosscheck.link.LinkService;
import io.crosscheck.link.LinkType;
import io.crosscheck.metric.Metric;
import io.crosscheck.metric.MetricService;
import io.crosscheck.topic.TopicInput;
import io.crosscheck.topic.TopicService;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The console's editing forms: create and edit a claim (with a figure preview), change a verdict,
 * link two claims, create a topic. Like {@link ConsoleForms}, every handler is a {@link ConsoleWrite}
 * (signed-in session, same origin, CSRF token) for editors, calls the same services as the API, and
 * answers 303 See Other to the page that shows the result with a one-line {@code done} feedback. A
 * refused claim form is shown again with what the person typed and why it was refused.
 */
@RolesAllowed("editor")
@Path("/")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
@ConsoleWrite
public class ConsoleEditForms {

    private final ClaimService claims;
    private final LinkService links;
    private final TopicService topics;
    private final EntityService entities;
    private final MetricService metrics;
    private final ExtractionService extraction;
    private final ConsoleResource pages;
    private final ConsoleUser user;
    private final Validator validator;
    private final ObjectMapper json;

    ConsoleEditForms(ClaimService claims, LinkService links, TopicService topics, EntityService entities,
            MetricService metrics, ExtractionService extraction, ConsoleResource pages, ConsoleUser user,
            Validator validator, ObjectMapper json) {
        this.claims = claims;
        this.links = links;
        this.topics = topics;
        this.entities = entities;
        this.metrics = metrics;
        this.extraction = extraction;
        this.pages = pages;
        this.user = user;
        this.validator = validator;
        this.json = json;
    }

    /** The claim form's fields, as posted. */
    public static class ClaimFields {
        @RestForm public String id;
        @RestForm public String version;
        @RestForm public String subject;
        @RestForm public String metric;
        @RestForm public String claimant;
        @RestForm public String figureText;
        @RestForm public String figureLang;
        @RestForm public String statement;
        @RestForm public String language;
        @RestForm public String scope;
        @RestForm public String asOf;
        @RestForm public String verdict;
        @RestForm public String lang;
        @RestForm public String csrf;

        ClaimForm form() {
            return new ClaimForm(Ids.tryParse(id), version == null || !version.matches("\\d{1,18}") ? null
                    : Long.valueOf(version), trim(subject), trim(metric), trim(claimant), trim(figureText),
                    trim(figureLang), trim(statement), trim(language), trim(scope), trim(asOf), trim(verdict), null, null,
                    null, List.of());
        }
    }

    /** Shows the form again with the figure as the parser reads it (the same engine as POST /api/figures/parse). */
    @POST
    @Path("claims/preview")
    @Operation(hidden = true)
    public Response preview(@jakarta.ws.rs.BeanParam ClaimFields fields) {
        user.requireCsrf(fields.csrf);
        ClaimForm form = fields.form();
        requirePlainText(form);
        Texts t = Texts.pick(fields.lang, null);
        try {
            form = form.withPreview(extraction.parse(new FigureRequest(form.figureText(), figureLang(form))), null);
        } catch (ApiException e) {
            form = form.withPreview(null, e.getMessage());
        }
        return Response.ok(page(form, t)).build();
    }

    @POST
    @Path("claims")
    @Operation(hidden = true)
    public Response create(@jakarta.ws.rs.BeanParam ClaimFields fields) {
        user.requireCsrf(fields.csrf);
        ClaimForm form = fields.form();
        requirePlainText(form);
        Texts t = Texts.pick(fields.lang, null);
        try {
            ClaimInput input = input(form, List.of());
            ClaimView created = claims.create(input);
            return see("/claims/" + created.id(), t.lang, "claim-created");
        } catch (ApiException e) {
            return Response.status(e.status()).entity(page(form.refused(e.getMessage(), e.errors()), t)).build();
        }
    }

    /** Saves an edited claim: its appearances are kept; the figure is parsed again only when its text or language changed. */
    @POST
    @Path("claims/{id}")
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, @jakarta.ws.rs.BeanParam ClaimFields fields) {
        user.requireCsrf(fields.csrf);
        UUID claimId = Ids.parse(id, "id");
        ClaimForm form = fields.form();
        requirePlainText(form);
        Texts t = Texts.pick(fields.lang, null);
        try {
            ClaimView current = claims.get(claimId);
            ClaimInput input = input(form, List.of());
            ObjectNode patch = json.createObjectNode();
            patch.put("subjectId", input.subjectId().toString());
            patch.put("metricId", input.metricId().toString());
            patch.put("claimantId", input.claimantId() == null ? null : input.claimantId().toString());
            if (!input.figure().text().equals(current.figure().text())
                    || !java.util.Objects.equals(input.figure().lang(), current.figure().lang())) {
                // A merge patch keeps members it does not name: null the structured ones so the text is parsed.
                ObjectNode figure = json.createObjectNode();
                for (String member : List.of("kind", "value", "low", "high", "currency", "unit", "category")) {
                    figure.putNull(member);
                }
                patch.set("figure", figure.put("text", input.figure().text()).put("lang", input.figure().lang()));
            }
            patch.put("statement", input.statement());
            patch.put("language", input.language());
            patch.put("scope", input.scope());
            patch.put("asOf", input.asOf() == null ? null : input.asOf().toString());
            claims.patch(claimId, patch, form.version() == null ? null : "\"" + form.version() + "\"");
            return see("/claims/" + claimId, t.lang, "claim-saved");
        } catch (ApiException e) {
            return Response.status(e.status()).entity(page(form.refused(e.getMessage(), e.errors()), t)).build();
        } catch (ConstraintViolationException e) {
            return Response.status(400).entity(page(form.refused(e.getMessage(), errors(e.getConstraintViolations())), t))
                    .build();
        }
    }

    /** Changes a claim's verdict; the console asks why, and the answer goes into the claim's history. */
    @POST
    @Path("claims/{id}/verdict")
    @Operation(hidden = true)
    public Response verdict(@PathParam("id") String id, @RestForm String verdict, @RestForm String rationale,
            @RestForm String version, @RestForm String lang, @RestForm String csrf) {
        user.requireCsrf(csrf);
        ConsoleForms.requirePlainText("rationale", rationale);
        UUID claimId = Ids.parse(id, "id");
        Verdict v = Enums.parse(Verdict.class, verdict, "verdict");
        if (v == null) {
            throw ApiException.invalid("verdict", "must be one of " + java.util.Arrays.toString(Verdict.values()));
        }
        if (rationale == null || rationale.isBlank()) {
            throw ApiException.invalid("rationale", "say why the verdict changes");
        }
        ObjectNode patch = json.createObjectNode().put("verdict", v.name()).put("verdictRationale", rationale.strip());
        claims.patch(claimId, patch, version == null || version.isBlank() ? null : "\"" + version.strip() + "\"");
        return see("/claims/" + claimId, lang, "verdict-changed");
    }

    /** Links two claims by hand (CONFIRMED from the start, as through the API). */
    @POST
    @Path("links")
    @Operation(hidden = true)
    public Response link(@RestForm String from, @RestForm String to, @RestForm String type,
            @RestForm String rationale, @RestForm String lang, @RestForm String csrf) {
        user.requireCsrf(csrf);
        ConsoleForms.requirePlainText("rationale", rationale);
        LinkType linkType = Enums.parse(LinkType.class, type, "type");
        if (linkType == null) {
            throw ApiException.invalid("type", "choose a link type");
        }
        UUID fromId = Ids.parse(from, "from");
        UUID toId = Ids.parse(claimRef(to), "to");
        links.create(new LinkInput(fromId, toId, linkType, Query.blankToNull(rationale)));
        return see("/claims/" + fromId, lang, "link-created");
    }

    @POST
    @Path("topics")
    @Operation(hidden = true)
    public Response topic(@RestForm String slug, @RestForm String title, @RestForm String description,
            @RestForm String lang, @RestForm String csrf) {
        user.requireCsrf(csrf);
        ConsoleForms.requirePlainText("slug", slug);
        ConsoleForms.requirePlainText("title", title);
        ConsoleForms.requirePlainText("description", description);
        TopicInput input = new TopicInput(trim(slug), trim(title), Query.blankToNull(description), List.of());
        validate(input);
        topics.create(input);
        return see("/topics/" + input.slug(), lang, "topic-created");
    }

    /** Anonymous (no live session): sign in first. */
    @ServerExceptionMapper
    Response signInFirst(UnauthorizedException e, UriInfo uri) {
        return ConsoleWriteFilter.signInFirst(uri.getRequestUri().getRawPath());
    }

    /** Signed in with a key that may only read. */
    @ServerExceptionMapper
    Response readOnly(ForbiddenException e, UriInfo uri) {
        return ConsoleWriteFilter.readOnly(user.name(), uri.getRequestUri().getRawPath());
    }

    private TemplateInstance page(ClaimForm form, Texts t) {
        return ConsolePage.render(ConsoleResource.Templates.claimForm(t, form, pages.pickers()), t);
    }

    /** The claim input the form stands for; names are resolved to ids here, refusals name the form's fields. */
    private ClaimInput input(ClaimForm form, List<io.crosscheck.claim.AppearanceInput> appearances) {
        List<FieldError> errors = new ArrayList<>();
        UUID subject = entity(form.subject(), "subject", true, errors);
        UUID claimant = entity(form.claimant(), "claimant", false, errors);
        UUID metric = null;
        if (form.metric() == null || form.metric().isEmpty()) {
            errors.add(new FieldError("metric", "choose a metric"));
        } else {
            metric = metrics.findOptional(form.metric()).map((Metric m) -> m.id).orElse(null);
            if (metric == null) {
                errors.add(new FieldError("metric", "no metric with this key"));
            }
        }
        LocalDate asOf = null;
        if (form.asOf() != null && !form.asOf().isEmpty()) {
            try {
                asOf = LocalDate.parse(form.asOf());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("asOf", "must be a date such as 2025-01-27"));
            }
        }
        Verdict verdict = null;
        try {
            verdict = Enums.parse(Verdict.class, form.verdict(), "verdict");
        } catch (ApiException e) {
            errors.add(new FieldError("verdict", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        ClaimInput input = new ClaimInput(subject, metric, claimant,
                new FigureInput(null, null, null, null, null, null, null, form.figureText(), figureLang(form)),
                Query.blankToNull(form.scope()), asOf, null, null, form.statement(), form.language(), verdict, null,
                appearances);
        validate(input);
        return input;
    }

    private UUID entity(String name, String field, boolean required, List<FieldError> errors) {
        if (name == null || name.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "name an entity"));
            }
            return null;
        }
        List<UUID> found = entities.resolve(name);
        if (found.size() == 1) {
            return found.get(0);
        }
        errors.add(new FieldError(field, found.isEmpty() ? "no entity has this name or alias (create it through the API first)"
                : "several entities have this name; give the id"));
        return null;
    }

    private <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw refusal(errors(violations));
        }
    }

    private static List<FieldError> errors(java.util.Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new FieldError(formField(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    /** The API's field path as the form names it (figure.text is the form's figureText). */
    private static String formField(String path) {
        String last = path.contains(".") && path.startsWith("figure") ? "figureText"
                : path.substring(path.lastIndexOf('.') + 1);
        return switch (last) {
            case "subjectId" -> "subject";
            case "metricId" -> "metric";
            case "claimantId" -> "claimant";
            default -> last;
        };
    }

    private static ApiException refusal(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid.";
        return new ApiException(422, "Unprocessable content", detail, errors, null);
    }

    /** The other claim of a link form: an id, or a console address that ends with one (/claims/{id}). */
    private static String claimRef(String to) {
        String ref = to == null ? "" : to.strip();
        int slash = ref.lastIndexOf("/claims/");
        if (slash >= 0) {
            ref = ref.substring(slash + "/claims/".length());
            int end = ref.indexOf('?');
            ref = end < 0 ? ref : ref.substring(0, end);
        }
        return ref;
    }

    private static String figureLang(ClaimForm form) {
        return Languages.supported(form.figureLang());
    }

    private static void requirePlainText(ClaimForm form) {
        ConsoleForms.requirePlainText("subject", form.subject());
        ConsoleForms.requirePlainText("metric", form.metric());
        ConsoleForms.requirePlainText("claimant", form.claimant());
        ConsoleForms.requirePlainText("figureText", form.figureText());
        ConsoleForms.requirePlainText("statement", form.statement());
        ConsoleForms.requirePlainText("scope", form.scope());
    }



    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    static Response see(String path, String lang, String done) {
        StringBuilder to = new StringBuilder(path).append("?done=").append(URLEncoder.encode(done, StandardCharsets.UTF_8));
        if (Languages.isSupported(lang)) {
            to.append("&lang=").append(Languages.supported(lang));
        }
        return Response.seeOther(URI.create(to.toString())).build();
    }
}

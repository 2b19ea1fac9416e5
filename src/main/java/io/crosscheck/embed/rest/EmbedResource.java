package io.crosscheck.embed.rest;

import io.crosscheck.embed.EmbedConfig;
import io.crosscheck.common.Languages;
import io.crosscheck.embed.EmbedService;
import io.crosscheck.embed.EmbedService.Answer;
import io.crosscheck.embed.PublicUrls;
import io.crosscheck.embed.Shell;
import io.crosscheck.embed.WidgetAssets;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Widgets as small self-contained HTML pages, the loader script, and a benchmark baseline. */
@PermitAll
@Path("/")
public class EmbedResource {

    private static final String HTML = "text/html;charset=UTF-8";

    private final EmbedService embeds;
    private final PublicUrls urls;
    private final EmbedConfig config;
    private final String csp;
    private final String cacheControl;
    /** The widgets' {@code lang} parameter, as OpenAPI describes it. */
    private static final String LANG = "The reader's language: fr, en or es (absent: Accept-Language, then fr); "
            + "another is a 400 on lang";

    private final byte[] loader;
    private final ConcurrentHashMap<Integer, byte[]> constants = new ConcurrentHashMap<>();

    EmbedResource(EmbedService embeds, PublicUrls urls, EmbedConfig config) {
        this.embeds = embeds;
        this.urls = urls;
        this.config = config;
        this.csp = WidgetAssets.csp(config.frameAncestors());
        this.cacheControl = "public, max-age=" + config.maxAge() + ", stale-while-revalidate="
                + config.staleWhileRevalidate();
        try (InputStream in = EmbedResource.class.getResourceAsStream("/embed/embed.js")) {
            this.loader = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__SUPPORTED_LANGUAGES__", String.join(",", Languages.SUPPORTED))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("embed/claims/{id}")
    @Operation(summary = "A claim as an embeddable HTML card")
    @APIResponse(responseCode = "200", description = "The widget", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A Host this service does not answer for (see crosscheck.embed.allowed-hosts), or a parameter that is not plain text, or a lang other than fr, en, es (problem+json, field lang)", content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/problem+json")})
    @APIResponse(responseCode = "404", description = "No such claim: a small HTML page", content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/problem+json")})
    public Response claim(@PathParam("id") String id, @Parameter(description = LANG) @QueryParam("lang") String lang, @QueryParam("theme") String theme,
            @QueryParam("_bench") String bench, @HeaderParam("Accept-Language") String accept,
            @HeaderParam("If-None-Match") String ifNoneMatch, @Context UriInfo uri,
            HttpServerRequest request) {
        Shell shell = embeds.shell(lang, accept, theme, urls.base(request, uri));
        return respond(embeds.claim(id, shell, ifNoneMatch, fresh(bench)));
    }

    @GET
    @Path("embed/topics/{slug}")
    @Operation(summary = "A topic's comparison chart as an embeddable HTML card")
    @APIResponse(responseCode = "200", description = "The widget", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "A Host this service does not answer for (see crosscheck.embed.allowed-hosts), or a parameter that is not plain text, or a lang other than fr, en, es (problem+json, field lang)", content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/problem+json")})
    @APIResponse(responseCode = "404", description = "No such topic: a small HTML page", content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/problem+json")})
    public Response topic(@PathParam("slug") String slug, @Parameter(description = LANG) @QueryParam("lang") String lang,
            @QueryParam("theme") String theme, @QueryParam("_bench") String bench,
            @HeaderParam("Accept-Language") String accept, @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, HttpServerRequest request) {
        Shell shell = embeds.shell(lang, accept, theme, urls.base(request, uri));
        return respond(embeds.topic(slug, shell, ifNoneMatch, fresh(bench)));
    }

    @GET
    @Path("embed/comparisons")
    @Operation(summary = "A comparison of one subject (and metric) as an embeddable HTML card")
    @APIResponse(responseCode = "200", description = "The widget", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "No subject given: a small HTML page; a lang other than fr, en, es: problem+json on lang", content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/problem+json")})
    @APIResponse(responseCode = "404", description = "Nothing known by that subject or metric", content = {@Content(mediaType = "text/html"), @Content(mediaType = "application/problem+json")})
    public Response comparison(@QueryParam("subject") String subject, @QueryParam("metric") String metric,
            @Parameter(description = LANG) @QueryParam("lang") String lang, @QueryParam("theme") String theme, @QueryParam("_bench") String bench,
            @HeaderParam("Accept-Language") String accept, @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context UriInfo uri, HttpServerRequest request) {
        Shell shell = embeds.shell(lang, accept, theme, urls.base(request, uri));
        return respond(embeds.comparison(subject, metric, shell, ifNoneMatch, fresh(bench)));
    }

    @GET
    @Path("embed.js")
    @Operation(summary = "The loader that turns blockquotes into resizing widget iframes")
    @APIResponse(responseCode = "200", description = "The script", content = @Content(mediaType = "text/javascript"))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    public Response loader() {
        return Response.ok(loader, "text/javascript;charset=UTF-8").header("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Same headers as a widget and {@code bytes} bytes of body: the benchmark's baseline. Off by default. */
    @GET
    @Path("embed/_constant")
    @Operation(hidden = true)
    public Response constant(@QueryParam("bytes") int bytes) {
        if (!config.benchEndpoint() || bytes < 0 || bytes > 1_000_000) {
            return Response.status(404).build();
        }
        byte[] body = constants.computeIfAbsent(bytes, n -> {
            byte[] b = new byte[n];
            Arrays.fill(b, (byte) 'x');
            return b;
        });
        return headers(Response.ok(body, HTML)).header("ETag", "\"constant\"").build();
    }

    private boolean fresh(String bench) {
        return config.benchEndpoint() && "fresh".equals(bench);
    }

    private Response respond(Answer a) {
        Response.ResponseBuilder r = a.status() == 304 ? Response.notModified() : Response.status(a.status());
        if (a.body() != null) {
            r.entity(a.body()).type(HTML);
        }
        if (a.etag() != null) {
            r.header("ETag", a.etag()).header("Cache-Control", cacheControl);
        } else {
            r.header("Cache-Control", "public, max-age=60");
        }
        return headers(r).build();
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder r) {
        return r.header("Content-Security-Policy", csp).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Vary", "Accept-Language");
    }
}

package io.crosscheck.embed.rest;

import io.crosscheck.common.ApiException;
import io.crosscheck.embed.EmbedConfig;
import io.crosscheck.embed.OEmbed;
import io.crosscheck.embed.OEmbedService;
import io.crosscheck.embed.PublicUrls;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** oEmbed 1.0 ({@code rich}) for claim and topic pages. */
@PermitAll
@Path("/oembed")
public class OEmbedResource {

    private final OEmbedService oembed;
    private final PublicUrls urls;
    private final EmbedConfig config;

    OEmbedResource(OEmbedService oembed, PublicUrls urls, EmbedConfig config) {
        this.oembed = oembed;
        this.urls = urls;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "oEmbed for a claim page (/claims/{id}) or a topic page (/topics/{slug})")
    @APIResponse(responseCode = "200", description = "oEmbed 1.0 rich response",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OEmbed.class)))
    @APIResponse(responseCode = "400", description = "No url, a url asking for a lang other than fr, en, es, or a bad maxwidth/maxheight",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Not one of our claim or topic pages",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "501", description = "A format other than json",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@QueryParam("url") String url, @QueryParam("format") String format,
            @QueryParam("maxwidth") String maxWidth, @QueryParam("maxheight") String maxHeight, @Context UriInfo uri) {
        OEmbed answer = oembed.answer(url, format, integer(maxWidth, "maxwidth"), integer(maxHeight, "maxheight"),
                urls.base(uri));
        return Response.ok(answer).header("Cache-Control", "public, max-age=" + config.maxAge())
                .header("Access-Control-Allow-Origin", "*").build();
    }

    private static Integer integer(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "must be a positive integer");
        }
    }
}

package io.crosscheck.console;

import io.crosscheck.security.ConsoleSessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Console sign-in and sign-out. The key is sent once, in a POST body; the browser keeps only an
 * HttpOnly, SameSite=Strict session cookie (Secure when the page came over HTTPS).
 */
@Path("/")
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(Texts t, String next, boolean failed);
    }

    private final ConsoleSessions sessions;
    private final ConsoleUser user;

    SignInResource(ConsoleSessions sessions, ConsoleUser user) {
        this.sessions = sessions;
        this.user = user;
    }

    @GET
    @Path("signin")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("failed") boolean failed,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        return Templates.signin(Texts.pick(lang, accept), safeNext(next), failed);
    }

    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@RestForm String key, @RestForm String next, @RestForm String lang, @Context UriInfo uri) {
        String target = safeNext(next);
        return sessions.open(key)
                .map(token -> Response.seeOther(URI.create(withLang(target, lang)))
                        .cookie(cookie(token, (int) ConsoleSessions.LIFETIME.toSeconds(), uri)).build())
                .orElseGet(() -> Response.seeOther(URI.create("/signin?failed=true&next="
                        + URLEncoder.encode(target, StandardCharsets.UTF_8) + langParam(lang, "&"))).build());
    }

    @POST
    @Path("signout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOut(@RestForm String csrf, @RestForm String lang, @Context UriInfo uri) {
        // Only the page's own form may sign someone out: a forged post without the token does nothing.
        if (user.get().map(session -> session.csrfMatches(csrf)).orElse(false)) {
            sessions.close(user.token());
        }
        return Response.seeOther(URI.create("/claims" + langParam(lang, "?"))).cookie(cookie("", 0, uri)).build();
    }

    private static NewCookie cookie(String value, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(ConsoleSessions.COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Only a path on this site: never "//host" or "https://…", so sign-in cannot redirect elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/conflicts";
        }
        return next;
    }

    private static String withLang(String target, String lang) {
        return target + langParam(lang, target.contains("?") ? "&" : "?");
    }

    private static String langParam(String lang, String separator) {
        return "fr".equals(lang) || "en".equals(lang) ? separator + "lang=" + lang : "";
    }
}

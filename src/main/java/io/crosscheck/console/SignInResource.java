package io.crosscheck.console;

import io.crosscheck.common.Languages;
import io.crosscheck.security.ConsoleSessions;
import io.crosscheck.security.PathGuard;
import io.crosscheck.security.RateLimitFilter;
import io.crosscheck.security.SecurityConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Console sign-in and sign-out. The key is sent once, in a POST body; the browser keeps only an
 * HttpOnly, SameSite=Strict session cookie (Secure when the page came over HTTPS or
 * crosscheck.security.https-only is on).
 */
@PermitAll
@Path("/")
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(Texts t, String next, boolean failed);
    }

    private static final String DEFAULT_NEXT = "/conflicts";

    private final ConsoleSessions sessions;
    private final ConsoleUser user;
    private final RateLimitFilter limits;
    private final SecurityConfig security;

    SignInResource(ConsoleSessions sessions, ConsoleUser user, RateLimitFilter limits, SecurityConfig security) {
        this.sessions = sessions;
        this.user = user;
        this.limits = limits;
        this.security = security;
    }

    @GET
    @Path("signin")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("failed") boolean failed,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Texts t = Texts.pick(lang, accept);
        return ConsolePage.render(Templates.signin(t, safeNext(next), failed), t);
    }

    /**
     * Opens a session for a valid key. The page to go back to is checked before anything else, so a
     * bad {@code next} never leaves a session behind; a failed attempt is charged to the client
     * address's rate limit, like an unknown API key (429 once spent).
     */
    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signIn(@RestForm String key, @RestForm String next, @RestForm String lang, @Context UriInfo uri,
            HttpServerRequest http) {
        String target = safeNext(next);
        URI success = URI.create(withLang(target, lang));
        URI failure = URI.create("/signin?failed=true&next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                + langParam(lang, "&"));
        Optional<String> token = sessions.open(key);
        if (token.isPresent()) {
            return Response.seeOther(success).cookie(cookie(token.get(), (int) ConsoleSessions.LIFETIME.toSeconds(), uri))
                    .build();
        }
        long wait = limits.failedAuthentication(RateLimitFilter.address(http));
        return wait > 0 ? RateLimitFilter.tooMany("Too many failed sign-ins from this client address; retry after "
                + wait + " s.", wait, uri.getRequestUri().getRawPath()) : Response.seeOther(failure).build();
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

    /** Secure when the page came over HTTPS, and always when crosscheck.security.https-only is on. */
    private NewCookie cookie(String value, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(ConsoleSessions.COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(security.httpsOnly() || "https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /**
     * Only a path on this site, in plain form: never "//host", "https://…", "/\\host", nor anything
     * that is not a valid URI reference, so sign-in is no open redirect and never fails to redirect.
     */
    static String safeNext(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            return DEFAULT_NEXT;
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                    || PathGuard.refusal(uri.getRawPath()) != null) {
                return DEFAULT_NEXT;
            }
        } catch (URISyntaxException e) {
            return DEFAULT_NEXT;
        }
        return next;
    }

    private static String withLang(String target, String lang) {
        return target + langParam(lang, target.contains("?") ? "&" : "?");
    }

    private static String langParam(String lang, String separator) {
        return Languages.isSupported(lang) ? separator + "lang=" + Languages.supported(lang) : "";
    }
}

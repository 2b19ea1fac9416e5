package io.crosscheck.console;

import io.crosscheck.common.FieldError;
import io.crosscheck.common.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Content negotiation for errors: a problem (RFC 9457) answered to a browser on a page outside the
 * API becomes an HTML page in the console's layout and language, with the same status; API clients
 * (and anything that does not prefer HTML over JSON) keep {@code application/problem+json}.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Texts t, int status, String title, String detail, List<FieldError> errors,
                String back);
    }

    @ServerResponseFilter
    public void negotiate(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.startsWith("/api/") || path.startsWith("/q/") || !prefersHtml(request.getAcceptableMediaTypes())) {
            return;
        }
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        Texts t = Texts.pick(lang, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String back = path.startsWith("/conflicts") ? "/conflicts" : path.startsWith("/topics") ? "/topics"
                : path.startsWith("/claims") ? "/claims" : "/";
        String html = ConsolePage.render(Templates.error(t, problem.status(), problem.title(), problem.detail(),
                problem.errors() == null ? List.of() : problem.errors(), back), t).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
        response.getHeaders().putSingle("Content-Security-Policy", SecurityHeaders.CSP);
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** Whether the client ranks HTML above JSON (a browser); a wildcard alone is not a preference. */
    static boolean prefersHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) { // sorted by preference (quality, then specificity)
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE)) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }
}

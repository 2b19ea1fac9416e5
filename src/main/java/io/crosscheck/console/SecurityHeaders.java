package io.crosscheck.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Console pages load only their own stylesheet, run no script, and refuse to be framed. */
public class SecurityHeaders {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (ConsoleResource.isConsolePath(path)) {
            response.getHeaders().putSingle("Content-Security-Policy", CSP);
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        }
    }
}

package io.crosscheck.console;

import io.crosscheck.common.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Guards every {@link ConsoleWrite}: without a live session the browser is sent to sign in; a key
 * that may only read gets 403; a form posted from another origin gets 403. The CSRF token itself is
 * checked by the handler, which is where the form's fields are read.
 */
@Provider
@ConsoleWrite
public class ConsoleWriteFilter implements ContainerRequestFilter {

    private final ConsoleUser user;

    ConsoleWriteFilter(ConsoleUser user) {
        this.user = user;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!user.signedIn()) {
            String next = URLEncoder.encode(backTo(request), StandardCharsets.UTF_8);
            request.abortWith(Response.seeOther(URI.create("/signin?next=" + next)).build());
            return;
        }
        if (!user.canWrite()) {
            request.abortWith(Problems.response(403, "Forbidden", "The key '" + user.name()
                    + "' may only read; sign in with an editor key to change anything.", path, null, null));
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, request.getUriInfo().getBaseUri())) {
            request.abortWith(Problems.response(403, "Forbidden", "Forms may only be posted from this site.", path,
                    null, null));
        }
    }

    private static String backTo(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return path.startsWith("/conflicts") ? "/conflicts" : "/claims";
    }

    private static boolean sameOrigin(String origin, URI base) {
        String ours = base.getScheme() + "://" + base.getAuthority();
        return origin.equalsIgnoreCase(ours);
    }
}

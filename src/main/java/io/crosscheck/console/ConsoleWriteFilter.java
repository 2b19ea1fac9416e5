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
 * Guards every {@link ConsoleWrite}. The role check ({@code @RolesAllowed("editor")} on the
 * handlers) runs first and answers through {@link ConsoleForms}'s mappers with the same two answers
 * as here: without a live session the browser is sent to sign in; a key that may only read gets
 * 403. This filter adds what a role cannot say: the request must come from a console session (a
 * key sent in a header is not a sign-in), and a form posted from another origin gets 403. The CSRF
 * token itself is checked by the handler, which is where the form's fields are read.
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
            request.abortWith(signInFirst(path));
            return;
        }
        if (!user.canWrite()) {
            request.abortWith(readOnly(user.name(), path));
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, request.getUriInfo().getBaseUri())) {
            request.abortWith(Problems.response(403, "Forbidden", "Forms may only be posted from this site.", path,
                    null, null));
        }
    }

    /** 303 to the sign-in page, coming back to the page the form was on. */
    static Response signInFirst(String path) {
        String back = path.startsWith("/conflicts") ? "/conflicts" : path.startsWith("/topics") ? "/topics" : "/claims";
        return Response.seeOther(URI.create("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8))).build();
    }

    /** 403 for a signed-in key that may only read. */
    static Response readOnly(String name, String path) {
        return Problems.response(403, "Forbidden", "The key '" + name
                + "' may only read; sign in with an editor key to change anything.", path, null, null);
    }

    private static boolean sameOrigin(String origin, URI base) {
        String ours = base.getScheme() + "://" + base.getAuthority();
        return origin.equalsIgnoreCase(ours);
    }
}

package io.crosscheck.compare.rest;

import io.crosscheck.compare.ComparisonView;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A comparison page as a response: the body, and {@code Link: <…>; rel="next"} when there is a next page. */
final class ComparisonPages {

    private ComparisonPages() {
    }

    static Response of(ComparisonView view, UriInfo uri) {
        Response.ResponseBuilder r = Response.ok(view);
        if (view.next() != null) {
            r.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", view.next()).build()
                    + ">; rel=\"next\"");
        }
        return r.build();
    }
}

package io.crosscheck.compare.rest;

import io.crosscheck.compare.ComparisonView;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A comparison page as a response: the body, {@code Link: <…>; rel="next"} when there is a next page of
 * claims (of the same axes), and {@code Link: <…>; rel="next-axes"} when there is a next page of axes
 * (its first page of claims: the claims cursor is dropped).
 */
final class ComparisonPages {

    /** The Link header's description, shared by the comparison operations' OpenAPI annotations. */
    static final String LINK = "<…>; rel=\"next\" when there is a next page of claims; <…>; rel=\"next-axes\" when"
            + " there is a next page of axes";

    private ComparisonPages() {
    }

    static Response of(ComparisonView view, UriInfo uri) {
        Response.ResponseBuilder r = Response.ok(view);
        if (view.next() != null) {
            r.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", view.next()).build()
                    + ">; rel=\"next\"");
        }
        if (view.axesNext() != null) {
            r.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor")
                    .replaceQueryParam("axisCursor", view.axesNext()).build() + ">; rel=\"next-axes\"");
        }
        return r.build();
    }
}

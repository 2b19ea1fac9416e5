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

    /** What a comparison answers and how it pages, shared by the comparison operations' descriptions. */
    static final String DESCRIPTION = "Summaries cover every claim of each axis; claims come one page at a time"
            + " (id order). At most crosscheck.comparisons.max-axes axes (default 50) are answered at once, in axis"
            + " order (subject name, metric key): axisCount says how many the scope has, axesNext is the axisCursor"
            + " of the next axis page, and the claims paged are those of the page's axes.";

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

package io.crosscheck.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Responses for editable resources: each carries the ETag of the version it shows. */
public final class Responses {

    /** Media type of PATCH bodies (RFC 7396); plain JSON is accepted too. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private Responses() {
    }

    public static Response ok(Versioned view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    public static Response created(UriInfo uri, String id, Versioned view) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(view).tag(ETags.of(view.version())).build();
    }
}

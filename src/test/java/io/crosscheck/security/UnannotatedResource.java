package io.crosscheck.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Resource methods without an access rule, as an endpoint would be if its author forgot one: under
 * /api, as a console page, and behind sub-resource locators. They exist only in the test
 * application and are hidden from the OpenAPI document; {@code AccessControlTest} proves each is
 * refused to everyone.
 */
@Path("/")
public class UnannotatedResource {

    @GET
    @Path("api/test-only/unannotated")
    @Operation(hidden = true)
    public String api() {
        return "reached";
    }

    @POST
    @Path("test-only/page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page() {
        return "reached";
    }

    @Path("api/test-only/locator")
    @Operation(hidden = true)
    public Sub locator() {
        return new Sub();
    }

    @PermitAll
    @Path("api/test-only/open-locator")
    @Operation(hidden = true)
    public Sub openLocator() {
        return new Sub();
    }

    @PermitAll
    @Path("api/test-only/admin-locator")
    @Operation(hidden = true)
    public AdminSub adminLocator() {
        return new AdminSub();
    }

    public static class AdminSub {
        @jakarta.annotation.security.RolesAllowed("admin")
        @GET
        public String get() {
            return "reached";
        }
    }

    /** A sub-resource whose method declares no rule. */
    public static class Sub {
        @GET
        public String get() {
            return "reached";
        }
    }
}

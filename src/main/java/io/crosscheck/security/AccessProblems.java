package io.crosscheck.security;

import io.crosscheck.common.Problems;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The answers of the access checks on resource methods ({@code @RolesAllowed}, and the refusal of
 * methods that declare no rule): 401 with {@code WWW-Authenticate} when the caller is anonymous,
 * 403 when their key's role is too weak; both problem+json saying which role is needed.
 */
public class AccessProblems {

    private final Caller caller;

    AccessProblems(Caller caller) {
        this.caller = caller;
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, ResourceInfo resource) {
        String role = required(resource);
        String detail = role == null ? noRule()
                : "This request needs an API key with the " + role + " role, sent as Authorization: Bearer <key>.";
        return Response.fromResponse(Problems.response(401, "Unauthorized", detail, uri, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, ApiKeyMechanism.CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        String role = required(resource);
        String detail = role == null ? noRule() : "This request needs the " + role + " role; the key '" + caller.name()
                + "' has the " + caller.role().roleName() + " role.";
        return Problems.response(403, "Forbidden", detail, uri, null, null);
    }

    /** The roles the matched method allows ("editor", "editor or admin"), or null when it declares none. */
    static String required(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && method.getAnnotation(jakarta.annotation.security.PermitAll.class) == null
                && method.getAnnotation(jakarta.annotation.security.DenyAll.class) == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? null : Arrays.stream(allowed.value()).collect(Collectors.joining(" or "));
    }

    private static String noRule() {
        return "This operation declares no access rule, so it is refused to everyone.";
    }
}

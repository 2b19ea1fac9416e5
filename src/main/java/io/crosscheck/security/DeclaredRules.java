package io.crosscheck.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The second half of "fail closed": Quarkus refuses resource methods without a security annotation
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}), but not the methods of a
 * sub-resource reached through an annotated locator. This filter refuses any matched method that
 * declares no rule, on itself or its class, whatever led to it.
 */
public class DeclaredRules {

    private final Map<Method, Boolean> declared = new ConcurrentHashMap<>();
    private final Caller caller;

    DeclaredRules(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 10)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || declared.computeIfAbsent(method, m -> rule(m) || rule(m.getDeclaringClass()))) {
            return;
        }
        throw caller.authenticated() ? new ForbiddenException() : new UnauthorizedException();
    }

    private static boolean rule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class)
                || element.isAnnotationPresent(io.quarkus.security.Authenticated.class);
    }
}

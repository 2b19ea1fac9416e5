package io.crosscheck.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses anonymous callers on {@link ComputeOnly} operations when
 * {@code crosscheck.security.compute.requires-key} is true (401, like any operation that needs a key).
 */
@Provider
@ComputeOnly
@Priority(Priorities.AUTHORIZATION)
public class ComputeAccess implements ContainerRequestFilter {

    private final Instance<SecurityConfig> config;
    private final Caller caller;

    /** The configuration is looked up per request: filters are built before runtime configuration exists. */
    ComputeAccess(Instance<SecurityConfig> config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (config.get().compute().requiresKey() && !caller.authenticated()) {
            throw new UnauthorizedException();
        }
    }
}

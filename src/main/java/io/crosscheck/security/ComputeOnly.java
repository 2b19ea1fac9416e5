package io.crosscheck.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that only computes (reads figures from a text) and stores nothing. Such a request
 * is a read for access control ({@code @RolesAllowed("reader")}), but it costs CPU: without a key it
 * also takes from a smaller rate-limit bucket of its own ({@link RateLimitFilter}), and
 * {@code crosscheck.security.compute.requires-key} can close it to anonymous callers altogether
 * ({@link ComputeAccess}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ComputeOnly {
}

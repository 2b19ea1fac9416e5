package io.crosscheck.security;

import io.crosscheck.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

/** Caps the text a compute POST reads: callers without a key get {@code crosscheck.security.compute.anonymous-max-chars}. */
@ApplicationScoped
public class ComputeLimits {

    private final SecurityConfig config;
    private final Caller caller;

    ComputeLimits(SecurityConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    /** Refuses (400 on {@code field}) a text longer than the current caller may send. */
    public void checkText(String field, String text) {
        int max = config.compute().anonymousMaxChars();
        if (text != null && text.length() > max && !caller.authenticated()) {
            throw ApiException.invalid(field, "must be at most " + max + " characters without an API key (a key "
                    + "with the reader role allows the full size)");
        }
    }
}

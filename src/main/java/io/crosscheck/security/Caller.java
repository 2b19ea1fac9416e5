package io.crosscheck.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Who sent the current request, read from the request's {@link SecurityIdentity}: the API key
 * (sent in a header, or behind a console session cookie), or nobody for anonymous requests.
 */
@RequestScoped
public class Caller {

    /** The actor recorded for changes made outside any request, such as the demo loader. */
    public static final String SYSTEM = "system";

    private static final String KEY_ID = "crosscheck.key-id";
    private static final String ROLE = "crosscheck.role";
    private static final String CSRF = "crosscheck.csrf";

    /** The actor of work done on behalf of a caller outside its request (a background job). */
    private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The identity of a request made with {@code key}; {@code csrf} is the console session's token, if any. */
    static SecurityIdentity identity(ApiKey key, String csrf) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.name))
                .addRoles(key.role.grants())
                .addAttribute(KEY_ID, key.id)
                .addAttribute(ROLE, key.role);
        if (csrf != null) {
            builder.addAttribute(CSRF, csrf);
        }
        return builder.build();
    }

    public boolean authenticated() {
        return !identity.isAnonymous() && identity.getAttribute(KEY_ID) != null;
    }

    public UUID keyId() {
        return authenticated() ? identity.getAttribute(KEY_ID) : null;
    }

    public String name() {
        return authenticated() ? identity.getPrincipal().getName() : null;
    }

    public Role role() {
        return authenticated() ? identity.getAttribute(ROLE) : null;
    }

    /** The console sign-in behind this request, when its session cookie authenticated it. */
    public Optional<ConsoleSessions.SignedIn> session() {
        String csrf = authenticated() ? identity.getAttribute(CSRF) : null;
        return csrf == null ? Optional.empty() : Optional.of(new ConsoleSessions.SignedIn(name(), role(), csrf));
    }

    /** The name to record for a change made now: the key's name in a request, "system" otherwise. */
    public static String currentActor() {
        String acting = ACTING_FOR.get();
        if (acting != null) {
            return acting;
        }
        InjectableContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return SYSTEM;
        }
        Caller caller = Arc.container().instance(Caller.class).get();
        return caller.authenticated() ? caller.name() : SYSTEM;
    }

    /** Runs {@code work} on this thread with {@code actor} recorded as the author of its changes. */
    public static <T> T actingFor(String actor, Callable<T> work) throws Exception {
        String previous = ACTING_FOR.get();
        ACTING_FOR.set(actor);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                ACTING_FOR.remove();
            } else {
                ACTING_FOR.set(previous);
            }
        }
    }
}

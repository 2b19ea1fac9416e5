package io.crosscheck.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import java.util.concurrent.Callable;

/** Who sent the current request: set by {@link AccessFilter}, empty for anonymous reads. */
@RequestScoped
public class Caller {

    /** The actor recorded for changes made outside any request, such as the demo loader. */
    public static final String SYSTEM = "system";

    /** The actor of work done on behalf of a caller outside its request (a background job). */
    private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

    private UUID keyId;
    private String name;
    private Role role;

    void set(ApiKey key) {
        this.keyId = key.id;
        this.name = key.name;
        this.role = key.role;
    }

    public boolean authenticated() {
        return keyId != null;
    }

    public UUID keyId() {
        return keyId;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
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

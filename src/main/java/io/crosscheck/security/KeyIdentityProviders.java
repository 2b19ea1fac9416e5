package io.crosscheck.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns the credentials {@link ApiKeyMechanism} read into identities, looking keys up in the database. */
final class KeyIdentityProviders {

    /** The detail of the 401 for a key that is not (or no longer) valid. */
    static final String UNKNOWN_KEY = "The API key is unknown or revoked.";

    private KeyIdentityProviders() {
    }

    /** An API key from a header: its identity, or a failed authentication (401). */
    @ApplicationScoped
    static class Keys implements IdentityProvider<ApiKeyMechanism.KeyRequest> {

        private final ApiKeyService keys;

        Keys(ApiKeyService keys) {
            this.keys = keys;
        }

        @Override
        public Class<ApiKeyMechanism.KeyRequest> getRequestType() {
            return ApiKeyMechanism.KeyRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiKeyMechanism.KeyRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> keys.authenticate(request.secret).map(key -> Caller.identity(key, null))
                    .orElseThrow(() -> new AuthenticationFailedException(UNKNOWN_KEY)));
        }
    }

    /** A console session cookie: the identity of its key while the session lives, else none. */
    @ApplicationScoped
    static class Sessions implements IdentityProvider<ApiKeyMechanism.SessionRequest> {

        private final ConsoleSessions sessions;

        Sessions(ConsoleSessions sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<ApiKeyMechanism.SessionRequest> getRequestType() {
            return ApiKeyMechanism.SessionRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiKeyMechanism.SessionRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> sessions.resume(request.token)
                    .map(live -> Caller.identity(live.key(), live.csrf())).orElse(null));
        }
    }
}

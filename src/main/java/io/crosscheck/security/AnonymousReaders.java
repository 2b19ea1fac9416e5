package io.crosscheck.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Anonymous callers hold the {@code reader} role, so {@code @RolesAllowed("reader")} operations are
 * public, unless {@code crosscheck.security.reads-require-key} is true. They stay anonymous: any
 * stronger role answers them 401 (send a key), not 403.
 */
@ApplicationScoped
class AnonymousReaders implements SecurityIdentityAugmentor {

    private final SecurityConfig config;

    AnonymousReaders(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() || config.readsRequireKey()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER).build());
    }
}

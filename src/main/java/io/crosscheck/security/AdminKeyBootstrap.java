package io.crosscheck.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can administer a fresh installation: registers the key given in
 * {@code CROSSCHECK_ADMIN_KEY} (named "admin", or "admin-2"… when that name is taken), or, when none is given and no admin key exists, generates one and
 * prints it once. A {@code seed_marker} row makes generation happen once even when several instances
 * start together.
 */
@ApplicationScoped
public class AdminKeyBootstrap {

    static final String MARKER = "generated-admin-key";
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final SecurityConfig config;
    private final ApiKeyService keys;
    private final EntityManager em;

    AdminKeyBootstrap(SecurityConfig config, ApiKeyService keys, EntityManager em) {
        this.config = config;
        this.keys = keys;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.adminKey().isPresent() && config.adminKey().get().trim().length() < 16) {
            throw new IllegalStateException("CROSSCHECK_ADMIN_KEY must be at least 16 characters long");
        }
        try {
            ensureAdminKey();
        } catch (RuntimeException e) {
            // Another instance registered it at the same moment; the unique hash or marker kept it single.
            LOG.debugf("Admin key already registered: %s", e.getMessage());
        }
    }

    @Transactional
    void ensureAdminKey() {
        if (config.adminKey().isPresent()) {
            String secret = config.adminKey().get().trim();
            if (!keys.exists(secret)) {
                keys.store(keys.freeName("admin"), Role.ADMIN, secret);
                LOG.info("Registered the admin key from CROSSCHECK_ADMIN_KEY");
            }
            return;
        }
        if (keys.anyActiveAdmin()) {
            return;
        }
        em.createNativeQuery("insert into seed_marker (name, loaded_at) values (:name, :at)")
                .setParameter("name", MARKER).setParameter("at", Instant.now()).executeUpdate();
        String secret = Secrets.generate();
        keys.store(keys.freeName("admin"), Role.ADMIN, secret);
        LOG.warnf("No admin key was configured, so one was generated. It is shown only now; keep it safe "
                + "and create personal keys with POST /api/keys: %s", secret);
    }
}

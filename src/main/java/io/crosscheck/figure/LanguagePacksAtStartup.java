package io.crosscheck.figure;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Loads and validates the language packs when the application starts: a broken pack stops the start. */
@ApplicationScoped
class LanguagePacksAtStartup {

    private static final Logger LOG = Logger.getLogger(LanguagePacksAtStartup.class);

    void load(@Observes StartupEvent event) {
        try {
            LOG.infof("figure language packs: %s", LanguagePacks.languages());
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof LanguagePackException p) {
                throw p;
            }
            throw e;
        }
    }
}

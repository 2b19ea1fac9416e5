package io.crosscheck.figure;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads and validates the number classes (figures/packs/&lt;lang&gt;/classes.json) and the currencies
 * (figures/currencies.json) when the application starts: a broken file stops the start.
 */
@ApplicationScoped
class NumberClassesAtStartup {

    private static final Logger LOG = Logger.getLogger(NumberClassesAtStartup.class);

    void load(@Observes StartupEvent event) {
        try {
            LOG.infof("figure number classes: %s; currencies: %d codes", NumberClasses.LANGS,
                    Currencies.get().codes().size());
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}

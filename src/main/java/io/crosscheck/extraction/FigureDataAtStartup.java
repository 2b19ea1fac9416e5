package io.crosscheck.extraction;

import io.crosscheck.figure.LanguagePacks;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads and validates the figure engine's data (language packs, number classes, currencies) when the
 * application starts, so a broken file stops the start with its name and key rather than failing the
 * first request. The engine itself stays plain Java (house style): this bean is its only CDI hook.
 */
@ApplicationScoped
class FigureDataAtStartup {

    private static final Logger LOG = Logger.getLogger(FigureDataAtStartup.class);

    void load(@Observes StartupEvent event) {
        LOG.infof("figure engine data: %s", LanguagePacks.validateAll());
    }
}

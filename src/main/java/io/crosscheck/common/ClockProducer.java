package io.crosscheck.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The application's clock, injected wherever "now" decides behaviour (which report date is due), so
 * tests can fix it. A test may replace it with an {@code @Alternative} producer.
 */
@Singleton
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

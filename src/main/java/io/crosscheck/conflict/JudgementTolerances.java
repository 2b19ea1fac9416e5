package io.crosscheck.conflict;

import io.crosscheck.figure.Tolerances;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The figure judgement's tolerances from {@code crosscheck.conflicts.*}, for detection and manual links alike. */
@Singleton
class JudgementTolerances {

    @Produces
    @Singleton
    Tolerances tolerances(ConflictConfig config) {
        return new Tolerances(config.hedge(), config.roundingTolerance());
    }
}

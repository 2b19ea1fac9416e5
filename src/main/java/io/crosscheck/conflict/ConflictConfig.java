package io.crosscheck.conflict;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Conflict detection ({@code crosscheck.conflicts.*}). */
@ConfigMapping(prefix = "crosscheck.conflicts")
public interface ConflictConfig {

    /** Run detection whenever a claim is created or its figure, scope, time, subject or metric changes. */
    @WithDefault("true")
    boolean detectOnChange();

    /** At most this many SUPPORTS/DUPLICATES proposals per claim, so a popular figure cannot flood the queue. */
    @WithDefault("5")
    int maxAgreements();
}

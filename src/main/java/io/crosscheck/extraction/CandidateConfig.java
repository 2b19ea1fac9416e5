package io.crosscheck.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Claim candidate inference ({@code crosscheck.candidates.*}); documented in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.candidates")
public interface CandidateConfig {

    /**
     * The most entities (with their aliases) inference looks for in a text; a dossier larger than this
     * is read up to it, oldest entities first.
     */
    @WithDefault("20000")
    int inferenceEntities();

    /** Whether a fetch job that stores a new text proposes its claim candidates at once. */
    @WithDefault("true")
    boolean proposeOnFetch();

    /** The most metrics inference chooses among. */
    @WithDefault("2000")
    int inferenceMetrics();
}

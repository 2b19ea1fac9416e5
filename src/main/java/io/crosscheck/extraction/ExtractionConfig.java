package io.crosscheck.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Reading figures from sources ({@code crosscheck.extraction.*}); documented in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.extraction")
public interface ExtractionConfig {

    /**
     * How much of sources' candidate figures each instance keeps in memory, in characters of their
     * sentences (about two bytes each); 0 turns the cache off.
     */
    @WithDefault("8000000")
    long cacheChars();
}

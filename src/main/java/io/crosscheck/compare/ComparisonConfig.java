package io.crosscheck.compare;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of comparisons ({@code crosscheck.comparisons.*}). */
@ConfigMapping(prefix = "crosscheck.comparisons")
public interface ComparisonConfig {

    /**
     * How many ids a summary lists in each of its id lists (disputed, vague, each cluster's claims and
     * outliers, each category's claims) and how many clusters and categories it lists; the counts
     * beside them are always exact.
     */
    @WithDefault("50")
    int summaryIds();
}

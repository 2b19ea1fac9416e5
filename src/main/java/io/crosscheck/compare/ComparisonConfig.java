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
    @WithDefault("20")
    int summaryIds();

    /**
     * The most axes a comparison answers at once (and the largest {@code axisLimit} a client may ask
     * for): a scope with more is answered an axis page at a time, with {@code axisCount} and
     * {@code axesNext}, so the number of summaries (each a few queries) does not grow with the scope.
     */
    @WithDefault("50")
    int maxAxes();

    /**
     * A comparison whose axis page holds at most this many claims (the whole scope when it fits in one
     * axis page: a topic, or a subject and metric) reads them once, in axis order, and sums up its small axes in memory: one query for a topic of
     * hundreds of small axes, where per-axis queries would be hundreds. Larger scopes, and larger axes,
     * are summed up by per-axis SQL queries.
     */
    @WithDefault("50000")
    int onePassClaims();

    /** The largest axis summed up in memory by the one-pass read (the rows memory holds at once). */
    @WithDefault("2000")
    int onePassAxis();
}

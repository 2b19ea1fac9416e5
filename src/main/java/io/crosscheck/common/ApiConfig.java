package io.crosscheck.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits shared by the whole JSON API ({@code crosscheck.api.*}). */
@ConfigMapping(prefix = "crosscheck.api")
public interface ApiConfig {

    /**
     * Largest request body accepted, in bytes (room for a 1,000,000-character article); larger ones get
     * 413. Counted on the stream, so it holds for chunked bodies too; routes that stream large uploads
     * register their own limit ({@link BodySizeLimit#allowStreamed}).
     */
    @WithDefault("2097152")
    long maxBodyBytes();

    /** Largest form body (console forms, sign-in), in bytes. */
    @WithDefault("65536")
    long maxFormBytes();

    /** Page size when a list request gives no {@code limit}. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest {@code limit} a list request may ask for. */
    @WithDefault("100")
    int maxPageSize();
}

package io.crosscheck.transfer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Exports and imports ({@code crosscheck.transfer.*}). */
@ConfigMapping(prefix = "crosscheck.transfer")
public interface TransferConfig {

    /** Rows after which an import's persistence context is flushed and cleared, bounding its memory. */
    @WithDefault("200")
    int importBatchSize();

    /** The language given to imported claims that state none. */
    @WithDefault("en")
    String defaultLanguage();
}

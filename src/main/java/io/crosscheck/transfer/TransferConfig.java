package io.crosscheck.transfer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Exports and imports ({@code crosscheck.transfer.*}); every key is described in docs/operations.md. */
@ConfigMapping(prefix = "crosscheck.transfer")
public interface TransferConfig {

    /** Rows written per committed transaction of an import (conflict detection runs once per batch). */
    @WithDefault("500")
    int importBatchSize();

    /** Largest import file, in bytes, counted on the stream; must not exceed quarkus.http.limits.max-body-size. */
    @WithDefault("33554432")
    long maxUploadBytes();

    /** Most rows (claims) one import may hold; a larger file is refused with 413 before anything is written. */
    @WithDefault("100000")
    int maxRows();

    /** Where uploads wait for their import job (default: a crosscheck-imports directory in java.io.tmpdir). */
    Optional<String> stagingDirectory();

    /** The language given to imported claims that state none. */
    @WithDefault("en")
    String defaultLanguage();
}

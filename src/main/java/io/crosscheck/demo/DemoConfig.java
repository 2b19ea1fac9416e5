package io.crosscheck.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo dossier ({@code crosscheck.demo.*}). */
@ConfigMapping(prefix = "crosscheck.demo")
public interface DemoConfig {

    /** Load the DeepSeek dossier on the first start of an empty database. Turn off in production. */
    @WithDefault("true")
    boolean enabled();
}

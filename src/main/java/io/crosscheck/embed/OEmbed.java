package io.crosscheck.embed;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 {@code rich} answer. */
public record OEmbed(String type, String version, String title, @JsonProperty("provider_name") String providerName,
        @JsonProperty("provider_url") String providerUrl, @JsonProperty("cache_age") long cacheAge, String html,
        int width, int height) {
}

package io.crosscheck.embed;

import static io.crosscheck.Fixtures.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PartnerConfigTest.Production.class)
class PartnerConfigTest {

    /** A production-like setup: a public address, partner sites only, shorter caching, bench aids on. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.embed.public-base-url", "https://crosscheck.example.org/",
                    "crosscheck.embed.frame-ancestors", "https://www.lequotidien.fr https://*.example.com",
                    "crosscheck.embed.max-age", "60", "crosscheck.embed.bench-endpoint", "true");
        }
    }

    @Test
    void shouldUseTheConfiguredAddressPartnersAndCacheLifetime() {
        String id = EmbedFixtures.claim("S.", "3 millions d'euros", "T", "Q 3 millions d'euros");
        anonymous().get("/embed/claims/" + id).then().statusCode(200)
                .header("Content-Security-Policy",
                        containsString("frame-ancestors https://www.lequotidien.fr https://*.example.com"))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=86400"))
                .body(containsString("https://crosscheck.example.org/claims/" + id));
        anonymous().queryParam("url", "https://crosscheck.example.org/claims/" + id).get("/oembed").then().statusCode(200)
                .body("html", containsString("src=\"https://crosscheck.example.org/embed/claims/" + id))
                .body("cache_age", equalTo(60));
        anonymous().get("/claims/" + id).then().body(containsString(
                "href=\"https://crosscheck.example.org/oembed?url=https%3A%2F%2Fcrosscheck.example.org%2Fclaims%2F" + id));
    }

    @Test
    void shouldServeTheBenchmarkBaselineWhenEnabled() {
        // Compressed on the wire like the widgets it is compared with (HTML is gzipped); 1,234 bytes once decoded.
        byte[] body = anonymous().queryParam("bytes", 1234).get("/embed/_constant").then().statusCode(200)
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals(1234, body.length);
    }
}

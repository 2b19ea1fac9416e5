package io.crosscheck.security;

import static io.crosscheck.Fixtures.anonymous;
import static io.crosscheck.Fixtures.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Run as docs/operations.md says to run behind a proxy that terminates TLS: HTTPS only (Secure
 * cookies, HSTS), forwarded headers trusted, links built only for the listed host, and
 * computations closed to callers without a key.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.Proxied.class)
class BehindTlsProxyTest {

    /** The settings of docs/operations.md, "Behind a TLS proxy". */
    public static class Proxied implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.security.https-only", "true",
                    "crosscheck.security.compute.requires-key", "true",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "crosscheck.embed.allowed-hosts", "crosscheck.example.org",
                    "crosscheck.demo.enabled", "false");
        }
    }

    @Test
    void shouldAskBrowsersForHttpsOnlyOnEveryAnswer() {
        anonymous().get("/api/claims").then().statusCode(200).header("Strict-Transport-Security", "max-age=31536000");
        anonymous().get("/signin").then().statusCode(200).header("Strict-Transport-Security", "max-age=31536000");
        problem(anonymous().get("/api/keys").then(), 401).header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void shouldMarkTheSessionCookieSecureEvenWhenTheProxySpeaksPlainHttp() {
        String cookie = anonymous().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("key", Fixtures.ADMIN_KEY).post("/signin").then().statusCode(303).extract().header("Set-Cookie");
        Assertions.assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
                cookie);
    }

    @Test
    void shouldBuildLinksForTheForwardedHostOnlyWhenItIsListed() {
        String slug = Fixtures.unique("tls").toLowerCase();
        Fixtures.post("/api/topics", Map.of("slug", slug, "title", "Proxy"));
        anonymous().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "crosscheck.example.org")
                .queryParam("url", "https://crosscheck.example.org/topics/" + slug).get("/oembed").then().statusCode(200)
                .body("provider_url", equalTo("https://crosscheck.example.org/"))
                .body("html", containsString("src=\"https://crosscheck.example.org/embed/topics/" + slug));
        problem(anonymous().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .queryParam("url", "https://evil.example/topics/" + slug).get("/oembed").then(), 400);
    }

    @Test
    void shouldCloseComputationsToCallersWithoutAKey() {
        Map<String, Object> figure = Map.of("text", "5 millions d'euros", "lang", "fr");
        problem(anonymous().contentType(ContentType.JSON).body(figure).post("/api/figures/parse").then(), 401)
                .header("WWW-Authenticate", containsString("Bearer")).body("detail", containsString("reader role"));
        anonymous().get("/api/claims").then().statusCode(200);
        Fixtures.as(Fixtures.key("READER")).contentType(ContentType.JSON).body(figure).post("/api/figures/parse").then()
                .statusCode(200);
    }
}

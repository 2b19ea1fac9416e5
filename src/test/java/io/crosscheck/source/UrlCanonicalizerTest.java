package io.crosscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "HTTPS://TechCrunch.COM/2025/01/27/x/                       | https://techcrunch.com/2025/01/27/x/",
        "https://example.org                                        | https://example.org/",
        "http://example.org:80/a#section                            | http://example.org/a",
        "https://example.org:443/a                                  | https://example.org/a",
        "https://example.org:8443/a                                 | https://example.org:8443/a",
        "https://example.org/a?utm_source=tw&utm_medium=s&id=7      | https://example.org/a?id=7",
        "https://example.org/a?fbclid=abc&gclid=d                   | https://example.org/a",
        "https://example.org/A/Path?Q=Keep                          | https://example.org/A/Path?Q=Keep",
        "'  https://example.org/a  '                                | https://example.org/a",
        "https://www.example.org/a/                                 | https://www.example.org/a/",
    })
    void shouldCanonicalizeUrlsSoOneArticleIsStoredOnce(String raw, String expected) {
        assertEquals(expected, UrlCanonicalizer.canonicalize(raw).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "ftp://example.org/a", "javascript:alert(1)", "data:text/html,x",
            "/relative/path", "https:///nohost", "mailto:a@b.c"})
    void shouldRefuseWhatIsNotAnAbsoluteWebUrl(String raw) {
        assertTrue(UrlCanonicalizer.canonicalize(raw).isEmpty());
    }
}

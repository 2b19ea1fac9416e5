package io.crosscheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address and URL rules of the fetcher with production settings (no allow-list, no extra deny). */
class AddressPolicyTest {

    private static final AddressPolicy PRODUCTION = new AddressPolicy(List.of(), List.of());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK",
            "127.1.2.3, LOOPBACK",
            "::1, LOOPBACK",
            "10.1.2.3, PRIVATE",
            "172.16.0.1, PRIVATE",
            "192.168.1.1, PRIVATE",
            "169.254.169.254, METADATA",
            "169.254.170.2, METADATA",
            "168.63.129.16, METADATA",
            "fd00:ec2::254, METADATA",
            "169.254.1.1, LINK_LOCAL",
            "fe80::1, LINK_LOCAL",
            "fc00::1, UNIQUE_LOCAL",
            "0.0.0.0, UNSPECIFIED",
            "100.64.0.1, SHARED",
            "224.0.0.1, MULTICAST",
            "::ffff:127.0.0.1, LOOPBACK",
            "::ffff:169.254.169.254, METADATA",
            "64:ff9b::10.0.0.1, PRIVATE",
            "2002:a00:1::, PRIVATE",
            "93.184.215.14, ",
            "2606:4700::1111, ",
    })
    void shouldRefuseEveryAddressThatIsNotPublicUnicast(String literal, String category) {
        Optional<AddressPolicy.Refusal> refusal = PRODUCTION.check(AddressPolicy.address(IpRange.literal(literal)));
        assertEquals(category == null ? "allowed" : category,
                refusal.map(r -> r.category().name()).orElse("allowed"), literal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "127.0.0.1, 127.0.0.1, allowed",
            "127.0.0.2, 127.0.0.1, LOOPBACK",
            "10.0.0.7, 10.0.0.0/24, allowed",
            "10.0.1.7, 10.0.0.0/24, PRIVATE",
    })
    void shouldLetTheAllowListNameRefusedAddresses(String literal, String allow, String expected) {
        AddressPolicy policy = new AddressPolicy(List.of(IpRange.parse(allow)), List.of());
        assertEquals(expected, policy.check(AddressPolicy.address(IpRange.literal(literal)))
                .map(r -> r.category().name()).orElse("allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "file:///etc/passwd, SCHEME",
            "ftp://example.com/x, SCHEME",
            "gopher://example.com/, SCHEME",
            "javascript:alert(1), SCHEME",
            "http://user:pw@example.com/, CREDENTIALS",
            "'not a url', INVALID_URL",
            "http:///no-host, INVALID_URL",
    })
    void shouldRefuseUrlsThatAreNotPlainHttp(String url, String reason) {
        FetchException e = assertThrows(FetchException.class, () -> UrlRules.check(url));
        assertEquals(reason, e.reason().name(), e.getMessage());
        assertEquals(422, e.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "file:///etc/passwd, SCHEME",
            "ftp://example.com/, SCHEME",
            "http://admin:pw@example.com/, CREDENTIALS",
    })
    void shouldCheckEveryRedirectLikeTheFirstUrl(String location, String reason) {
        Target from = UrlRules.check("https://news.example.com/a/b");
        FetchException e = assertThrows(FetchException.class, () -> UrlRules.redirect(from, location));
        assertEquals(reason, e.reason().name(), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void shouldResolveARelativeRedirectAgainstItsHop() {
        Target next = UrlRules.redirect(UrlRules.check("https://news.example.com/a/b?x=1"), "../c");
        assertEquals("https://news.example.com/c", next.url());
    }
}

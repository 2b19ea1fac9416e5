package io.crosscheck.common;

import static io.crosscheck.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No request shape, however broken, gets a 500: every endpoint answers a clear problem. */
@QuarkusTest
class MalformedRequestTest {

    static Stream<Arguments> brokenBodies() {
        String[] paths = {"/api/sources", "/api/entities", "/api/metrics", "/api/claims", "/api/topics"};
        String[] bodies = {"", "{", "[]", "null", "42", "\"text\"", "{\"figure\": []}", "{\"subjectId\": 12}",
                "{\"kind\": 3}", "{\"aliases\": \"x\"}", "{\"language\": {\"a\": 1}}", "{} {}", "{\"a\":1e999999}",
                "{\"url\": \"\\ud800\"}", "{\"publishedDate\": \"yesterday\"}", "{\"claimIds\": [\"x\"]}"};
        return Stream.of(paths).flatMap(p -> Stream.of(bodies).map(b -> Arguments.of(p, b)));
    }

    @ParameterizedTest(name = "POST {0} with {1}")
    @MethodSource("brokenBodies")
    void shouldAnswerBrokenBodiesWithAClientProblem(String path, String body) {
        int status = given().contentType("application/json").body(body).post(path)
                .then().statusCode(lessThan(500)).contentType("application/problem+json").extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status == 400 || status == 422, "got " + status);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("oddRequests")
    void shouldAnswerOddRequestsWithTheirPreciseStatus(String method, String path, String contentType, int status) {
        var request = given().contentType(contentType).body("{}");
        problem(request.request(method, path).then(), status);
    }

    static Stream<Arguments> oddRequests() {
        return Stream.of(
                Arguments.of("GET", "/api/claims/%00", "application/json", 400),
                Arguments.of("GET", "/api/claims/" + "9".repeat(500), "application/json", 400),
                Arguments.of("GET", "/api/nowhere", "application/json", 404),
                Arguments.of("DELETE", "/api/claims", "application/json", 405),
                Arguments.of("POST", "/api/claims", "text/plain", 415),
                Arguments.of("POST", "/api/claims", "application/xml", 415),
                Arguments.of("PATCH", "/api/topics/deepseek-costs", "text/csv", 415),
                Arguments.of("GET", "/api/claims?limit=0", "application/json", 400),
                Arguments.of("GET", "/api/claims?limit=abc", "application/json", 400),
                Arguments.of("GET", "/api/claims?cursor=%%%", "application/json", 400),
                Arguments.of("PUT", "/api/sources/00000000-0000-7000-8000-000000000000", "application/json", 400),
                Arguments.of("GET", "/api/topics/no-such-topic", "application/json", 404));
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseMergePatchThatIsNotAnObject() {
        problem(given().contentType("application/merge-patch+json").body("[1]")
                .patch("/api/topics/deepseek-costs").then(), 400);
    }
}

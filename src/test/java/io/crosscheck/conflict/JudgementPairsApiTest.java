package io.crosscheck.conflict;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11's "done when", through the API as a user meets it: two claims are created with only the
 * figure as the article wrote it (the server parses it), the detection queue is drained, and the link between them is
 * read back. Each row states what a fact-checker expects: a link type and its judgement, or no link.
 * The claimant is left out, so an agreement is SUPPORTS (DUPLICATES needs one claimant).
 */
@QuarkusTest
class JudgementPairsApiTest {

    /** dimension, first figure (lang), second figure (lang), expected "TYPE JUDGEMENT" or "none". */
    static Stream<Arguments> pairs() {
        return Stream.of(
                // Different round figures disagree.
                row("MONEY", "$30 million", "en", "$35 million", "en", "CONTRADICTS DIFFER"),
                row("MONEY", "$40 million", "en", "about 45 million dollars", "en", "CONTRADICTS DIFFER"),
                row("MONEY", "2 milliards d'euros", "fr", "2,5 milliards d'euros", "fr", "CONTRADICTS DIFFER"),
                row("MONEY", "€2 billion", "en", "€2.5 billion", "en", "CONTRADICTS DIFFER"),
                row("MONEY", "$10 billion", "en", "$15 billion", "en", "CONTRADICTS DIFFER"),
                row("MONEY", "100 millions d'euros", "fr", "150 millions d'euros", "fr", "CONTRADICTS DIFFER"),
                row("MONEY", "entre 10 et 20 millions d'euros", "fr", "30 millions d'euros", "fr", "CONTRADICTS DIFFER"),
                row("MONEY", "5 millions de dollars", "fr", "6 millions $", "fr", "CONTRADICTS DIFFER"),
                row("MONEY", "5 millions de dollars", "fr", "5,6 millions de dollars", "fr", "CONTRADICTS DIFFER"),
                row("PERCENT", "12 %", "fr", "15 %", "fr", "CONTRADICTS DIFFER"),
                row("PERCENT", "20 percent", "en", "25 percent", "en", "CONTRADICTS DIFFER"),
                row("COUNT", "20 000 salariés", "fr", "25 000 salariés", "fr", "CONTRADICTS DIFFER"),
                row("COUNT", "1 000 employés", "fr", "1 400 employés", "fr", "CONTRADICTS DIFFER"),
                row("COUNT", "au moins 50 000 GPU", "fr", "environ 40 000 GPU", "fr", "CONTRADICTS DIFFER"),
                row("COUNT", "more than 50,000 GPUs", "en", "30,000 GPUs", "en", "CONTRADICTS DIFFER"),
                // A figure and its plain rounding agree when the rounding is modest.
                row("MONEY", "7 millions d'euros", "fr", "6,8 millions d'euros", "fr", "SUPPORTS AGREE"),
                row("MONEY", "1,5 milliard d'euros", "fr", "1,52 milliard d'euros", "fr", "SUPPORTS AGREE"),
                row("MONEY", "5,6 millions de dollars", "fr", "6 millions $", "fr", "SUPPORTS AGREE"),
                row("MONEY", "$5.6 million", "en", "$6 million", "en", "SUPPORTS AGREE"),
                row("MONEY", "$1.6 billion", "en", "1,6 milliard de dollars", "fr", "SUPPORTS AGREE"),
                row("MONEY", "$45 million", "en", "$45 million", "en", "SUPPORTS AGREE"),
                row("COUNT", "about 500 employees", "en", "520 employees", "en", "SUPPORTS AGREE"),
                row("COUNT", "près de 10 000 GPU", "fr", "9 800 GPU", "fr", "SUPPORTS AGREE"),
                row("COUNT", "50 000 GPU", "fr", "50,000 GPUs", "en", "SUPPORTS AGREE"),
                row("PERCENT", "16,9 %", "fr", "17 %", "fr", "SUPPORTS AGREE"),
                // A large rounding is at least flagged for review.
                row("MONEY", "$2 billion", "en", "$2.4 billion", "en", "CONTRADICTS ROUNDING_REVIEW"),
                row("MONEY", "2 milliards d'euros", "fr", "2,4 milliards d'euros", "fr", "CONTRADICTS ROUNDING_REVIEW"),
                // Bounds and ranges compare as stated.
                row("MONEY", "entre 10 et 20 millions d'euros", "fr", "15 millions d'euros", "fr", "SUPPORTS AGREE"),
                row("MONEY", "plus d'un milliard de dollars", "fr", "1,6 milliard de dollars", "fr", "SUPPORTS AGREE"),
                row("MONEY", "plus d'un milliard de dollars", "fr", "600 millions de dollars", "fr", "CONTRADICTS DIFFER"),
                row("MONEY", "less than $10 million", "en", "$5.6 million", "en", "SUPPORTS AGREE"),
                row("MONEY", "less than $10 million", "en", "$1.6 billion", "en", "CONTRADICTS DIFFER"),
                row("COUNT", "au moins 50 000 GPU", "fr", "60 000 GPU", "fr", "SUPPORTS AGREE"),
                // Currencies are never converted: different currencies are not comparable.
                row("MONEY", "5,6 millions d'euros", "fr", "5,6 millions de dollars", "fr", "none"),
                row("MONEY", "£40 million", "en", "$40 million", "en", "none"),
                row("MONEY", "$40 million", "en", "€40 million", "en", "none"));
    }

    private static Arguments row(String dimension, String a, String langA, String b, String langB, String expected) {
        return Arguments.of(dimension, a, langA, b, langB, expected);
    }

    @ParameterizedTest(name = "{1} / {3} → {5}")
    @MethodSource("pairs")
    void shouldJudgeThePairAsAFactCheckerWould(String dimension, String a, String langA, String b, String langB,
            String expected) {
        String subject = Fixtures.entity(unique("Acme"));
        String metric = Fixtures.metric(unique("m"), dimension, false);
        String first = claim(subject, metric, a, langA);
        String second = claim(subject, metric, b, langB);
        Fixtures.awaitDetection();
        List<Map<String, Object>> links = given().queryParam("claim", first).queryParam("limit", 100)
                .get("/api/links").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> between = links.stream().filter(l -> second.equals(((Map<?, ?>) l.get("from")).get("id"))
                        || second.equals(((Map<?, ?>) l.get("to")).get("id")))
                .map(l -> l.get("type") + " " + l.get("judgement")).toList();
        assertEquals(expected.equals("none") ? List.of() : List.of(expected), between, a + " / " + b + ": " + links);
    }

    private static String claim(String subject, String metric, String figure, String lang) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subject);
        body.put("metricId", metric);
        body.put("figure", Map.of("text", figure, "lang", lang));
        body.put("statement", "Acme: " + figure + ".");
        body.put("language", lang);
        return Fixtures.post("/api/claims", body);
    }
}

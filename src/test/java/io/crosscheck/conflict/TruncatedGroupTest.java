package io.crosscheck.conflict;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.claim.Claim;
import io.crosscheck.link.Link;
import io.crosscheck.link.LinkAuthor;
import io.crosscheck.link.LinkOrigin;
import io.crosscheck.link.LinkState;
import io.crosscheck.link.LinkType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A group larger than {@code crosscheck.conflicts.group-cap} is judged over its newest claims and reads
 * only the links touching them: what detection judged is reconciled, what it did not read is kept.
 */
@QuarkusTest
@TestProfile(TruncatedGroupTest.TinyGroups.class)
class TruncatedGroupTest {

    /** Groups of three claims: the two oldest claims of a five-claim group are not read. */
    public static class TinyGroups implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.conflicts.group-cap", "3", "crosscheck.demo.enabled", "false");
        }
    }

    @Inject
    ConflictService conflicts;

    @Inject
    EntityManager em;

    @Test
    void shouldReconcileTheLinksOfTheClaimsItReadAndKeepTheRest() {
        String subject = Fixtures.entity(unique("Club"));
        String metric = Fixtures.metric(unique("fee"), "MONEY", false);
        // l1 is written first (the smallest id) and changed last: the newest three, the ones judged, are
        // l1..l3; u1 and u2 fall past the cap, and their ids lie between l1's and l2's.
        String l1 = Fixtures.transferFee(subject, metric, 40);
        String u1 = Fixtures.transferFee(subject, metric, 10);
        String u2 = Fixtures.transferFee(subject, metric, 12);
        String l2 = Fixtures.transferFee(subject, metric, 80);
        String l3 = Fixtures.transferFee(subject, metric, 160);
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("statement", "Le club a payé 40 millions.")).patch("/api/claims/" + l1).then().statusCode(200);
        Fixtures.awaitDetection();
        String contradiction = only(l2, l3);
        given().get("/api/links/" + contradiction).then().body("type", equalTo("CONTRADICTS"))
                .body("state", equalTo("PROPOSED"));

        // Rule 4: l1 and l2 contradict, but a person linked them otherwise (this retires the proposal).
        String byHand = Fixtures.post("/api/links", Map.of("from", l1, "to", l2, "type", "SUPPORTS",
                "rationale", "Le même transfert, bonus compris."));
        // Rule 1: a proposal between two judged claims that detection no longer makes.
        String stale = proposal(l2, l3, LinkType.DUPLICATES);
        // Rule 2: proposals on pairs a person linked, towards claims past the cap. Symmetric links go from
        // the smaller id: on (u1, l3) both links start at the unread claim, on (l1, u2) both end there, so
        // each pair is found through one end only.
        String decided = Fixtures.post("/api/links", Map.of("from", u1, "to", l3, "type", "SUPPORTS",
                "rationale", "Deux estimations du même montant."));
        given().get("/api/links/" + decided).then().body("from.id", equalTo(u1));
        String onDecidedPair = proposal(u1, l3, LinkType.CONTRADICTS);
        String decidedToo = Fixtures.post("/api/links", Map.of("from", u2, "to", l1, "type", "SUPPORTS",
                "rationale", "Deux estimations du même montant."));
        given().get("/api/links/" + decidedToo).then().body("from.id", equalTo(l1));
        String onDecidedPairToo = proposal(l1, u2, LinkType.CONTRADICTS);
        // Rule 3: proposals towards claims detection did not read (one judged end, then none).
        String towardsUnread = proposal(u2, l2, LinkType.CONTRADICTS);
        String betweenUnread = proposal(u1, u2, LinkType.CONTRADICTS);
        // A proposal detection still makes, worded otherwise: it is reworded.
        QuarkusTransaction.requiringNew().run(() -> em.find(Link.class, UUID.fromString(contradiction)).rationale =
                "An older wording.");

        ConflictService.GroupResult result = conflicts.detectGroup(
                new DetectionQueue.Group(UUID.fromString(subject), UUID.fromString(metric)));

        assertTrue(result.truncated(), result.toString());
        assertEquals(3, result.claims(), result.toString());
        assertEquals(3, result.removed(), "the stale proposal and the two beside a decision: " + result);
        assertEquals(0, result.added(), "the pair linked by hand gets no proposal: " + result);
        given().get("/api/links/" + stale).then().statusCode(404);
        given().get("/api/links/" + onDecidedPair).then().statusCode(404);
        given().get("/api/links/" + onDecidedPairToo).then().statusCode(404);
        given().get("/api/links/" + decided).then().statusCode(200).body("origin", equalTo("MANUAL"));
        given().get("/api/links/" + decidedToo).then().statusCode(200).body("origin", equalTo("MANUAL"));
        given().get("/api/links/" + towardsUnread).then().statusCode(200).body("state", equalTo("PROPOSED"));
        given().get("/api/links/" + betweenUnread).then().statusCode(200).body("state", equalTo("PROPOSED"));
        given().get("/api/links/" + contradiction).then().statusCode(200).body("state", equalTo("PROPOSED"))
                .body("rationale", containsString("160 M€"));
        assertEquals(byHand, only(l1, l2), "no CONTRADICTS beside the link made by hand");

        Fixtures.dismissProposals(List.of(u1, u2, l1, l2, l3));
    }

    /** The one link between two claims. */
    private static String only(String a, String b) {
        List<String> ids = given().queryParam("claim", a).queryParam("limit", 100).get("/api/links").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.from.id == '" + b
                        + "' || it.to.id == '" + b + "' }.id");
        assertEquals(1, ids.size(), ids.toString());
        return ids.get(0);
    }

    /** A transfer fee of so many million euros (its detection waits for the next drain). */
    /**
     * A proposal as an earlier detection could have left it (when other claims were the newest, or
     * before a person linked the pair), written straight to the store: the API never makes one.
     */
    private String proposal(String from, String to, LinkType type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Link link = new Link();
            link.from = em.getReference(Claim.class, UUID.fromString(from));
            link.to = em.getReference(Claim.class, UUID.fromString(to));
            link.type = type;
            link.rationale = "Left by an earlier detection.";
            link.author = LinkAuthor.SYSTEM;
            link.origin = LinkOrigin.DETECTED;
            link.state = LinkState.PROPOSED;
            em.persist(link);
            return link.id.toString();
        });
    }
}

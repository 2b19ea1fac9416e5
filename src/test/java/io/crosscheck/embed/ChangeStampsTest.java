package io.crosscheck.embed;

import static io.restassured.RestAssured.given;

import io.crosscheck.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeStampsTest {

    @Inject
    DataSource dataSource;

    @Inject
    EmbedConfig config;

    @Test
    void shouldSeeAWriteFromAnotherInstanceWithinTheStampTtl() throws Exception {
        String id = EmbedFixtures.claim("Avant.", "3 millions d'euros", "T", "Q 3 millions d'euros");
        String before = given().get("/embed/claims/" + id).then().statusCode(200).extract().header("ETag");
        // Another instance writes straight to the shared database: no interceptor here sees it.
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update claim set statement = ?, version = version + 1, updated_at = ? where id = ?")) {
            ps.setString(1, "Après.");
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setObject(3, UUID.fromString(id));
            Assertions.assertEquals(1, ps.executeUpdate());
        }
        long deadline = System.nanoTime() + config.stampTtl().toNanos() + 2_000_000_000L;
        String after = before;
        while (after.equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            after = given().get("/embed/claims/" + id).then().statusCode(200).extract().header("ETag");
        }
        Assertions.assertNotEquals(before, after, "seen within stamp-ttl (" + config.stampTtl() + ")");
        given().header("If-None-Match", after).get("/embed/claims/" + id).then().statusCode(304);
        Assertions.assertTrue(given().get("/embed/claims/" + id).asString().contains("Après."));
    }

    @Inject
    ChangeStamps stamps;

    private long counter() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select sum(changes) from change_counter");
                java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldBumpTheSharedChangeCounterOnEveryCommittedWriteAndNotOnReads() throws Exception {
        long before = counter();
        String global = stamps.global();
        String id = EmbedFixtures.claim("Compteur.", "3 millions d'euros", "T", "Q 3 millions d'euros");
        long afterCreate = counter();
        Assertions.assertTrue(afterCreate > before, "a write another instance can see: " + before + " -> " + afterCreate);
        Assertions.assertNotEquals(global, stamps.global());
        given().get("/api/claims/" + id).then().statusCode(200);
        given().get("/embed/claims/" + id).then().statusCode(200);
        Assertions.assertEquals(afterCreate, counter(), "reads change nothing");
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"verdict\": \"DISPUTED\"}")
                .patch("/api/claims/" + id).then().statusCode(200);
        Assertions.assertTrue(counter() > afterCreate, "an update bumps it too");
    }

    @Test
    void shouldReadTheGlobalStampFromTheCounterSoAnotherInstancesBumpChangesIt() throws Exception {
        String before = stamps.global();
        // Another instance's commit, as it lands in the shared database.
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update change_counter set changes = changes + 1 where slot = 5")) {
            Assertions.assertEquals(1, ps.executeUpdate());
        }
        stamps.invalidate();  // what stamp-ttl does, without waiting for it
        Assertions.assertNotEquals(before, stamps.global());
    }

    @Inject
    io.crosscheck.job.Jobs jobs;

    @Test
    void shouldLeaveStampsAloneWhenOnlyAJobsProgressIsWritten() throws Exception {
        String global = stamps.global();
        long before = counter();
        var job = jobs.submit("import", "stamps test", context -> {
            context.total(3);
            for (int i = 1; i <= 3; i++) {
                context.issue("line " + i, null, "an issue, stored with the job");
                context.processed(i);
            }
            return null;
        });
        String state = "QUEUED";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!state.equals("SUCCEEDED") && !state.equals("FAILED") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = given().get("/api/jobs/" + job.id()).then().statusCode(200).extract().path("state");
        }
        Assertions.assertEquals("SUCCEEDED", state);
        Assertions.assertEquals(3, given().get("/api/jobs/" + job.id()).then().extract().<Integer>path("issueCount"));
        Assertions.assertEquals(before, counter(), "a job's rows are no widget's content");
        Assertions.assertEquals(global, stamps.global());
    }

    @Test
    void shouldChangeTopicWidgetsETagAfterAnyWrite() {
        String before = given().get("/embed/topics/deepseek-costs").then().statusCode(200).extract().header("ETag");
        EmbedFixtures.claim("Ailleurs.", "3 millions d'euros", "T", "Q 3 millions d'euros");
        String after = given().get("/embed/topics/deepseek-costs").then().statusCode(200).extract().header("ETag");
        Assertions.assertNotEquals(before, after);
    }

    private static String comparisonETag(String subjectId, String metricKey) {
        return given().queryParam("subject", subjectId).queryParam("metric", metricKey).get("/embed/comparisons")
                .then().statusCode(200).extract().header("ETag");
    }

    @Test
    void shouldKeepAComparisonWidgetsETagWhenAnotherSubjectIsWrittenAndChangeItWhenItsOwnIs() {
        String id = EmbedFixtures.claim("Ici.", "3 millions d'euros", "T", "Q 3 millions d'euros");
        var claim = given().get("/api/claims/" + id).then().statusCode(200).extract();
        String subject = claim.path("subject.id");
        String metric = claim.path("metric.key");
        String claimant = claim.path("claimant.id");
        String before = comparisonETag(subject, metric);

        // Writes elsewhere: a claim of another subject (with its new entities, metric and source), then an edit of it.
        String other = EmbedFixtures.claim("Ailleurs.", "4 millions d'euros", "T", "Q 4 millions d'euros");
        EmbedFixtures.patchStatement(other, "Ailleurs, corrigé.");
        Assertions.assertEquals(before, comparisonETag(subject, metric), "a write to another subject");
        given().queryParam("subject", subject).queryParam("metric", metric).header("If-None-Match", before)
                .get("/embed/comparisons").then().statusCode(304);

        // A write to its own subject and metric.
        EmbedFixtures.patchStatement(id, "Ici, corrigé.");
        String afterOwn = comparisonETag(subject, metric);
        Assertions.assertNotEquals(before, afterOwn, "a write to the comparison's own claims");
        given().queryParam("subject", subject).queryParam("metric", metric).header("If-None-Match", before)
                .get("/embed/comparisons").then().statusCode(200);

        // Renaming the claimant it shows (reference data) changes it too.
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"name\": \"" + Fixtures.unique("Renamed") + "\"}")
                .patch("/api/entities/" + claimant).then().statusCode(200);
        String afterRename = comparisonETag(subject, metric);
        Assertions.assertNotEquals(afterOwn, afterRename, "an entity it shows renamed");

        // A link from another subject's claim to one of its claims (its group is read from the linked claims).
        EmbedFixtures.link(other, id, "CONTRADICTS");
        Assertions.assertNotEquals(afterRename, comparisonETag(subject, metric), "a link to one of its claims");
    }
}

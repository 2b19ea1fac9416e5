package io.crosscheck.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.crosscheck.Fixtures;
import io.crosscheck.common.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Jobs through their status resource: progress, outcome, item issues, cancellation, dead instances. */
@QuarkusTest
class JobResourceTest {

    @Inject
    Jobs jobs;

    @Inject
    JobStore store;

    @Inject
    EntityManager em;

    @Test
    void shouldReportResultProgressAndIssuesOfASucceededJob() {
        JobView job = jobs.submit("test", "three items", context -> {
            context.total(3);
            for (int i = 1; i <= 3; i++) {
                if (i == 2) {
                    context.issue("item " + i, "value", "is not a number");
                }
                context.processed(i);
            }
            return Map.of("created", 2);
        });

        JsonPath done = Fixtures.awaitJob(job.location().toString());
        assertEquals("SUCCEEDED", done.getString("state"));
        assertEquals(3, done.getInt("processed"));
        assertEquals(3, done.getInt("total"));
        assertEquals(2, done.getInt("result.created"));
        assertEquals(1, done.getInt("issueCount"));
        assertNotNull(done.getString("finishedAt"));
        given().get(job.location() + "/issues").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].item", equalTo("item 2"))
                .body("items[0].field", equalTo("value"))
                .body("items[0].seq", equalTo(1))
                .body("next", nullValue());
    }

    @Test
    void shouldRunTheJobAsTheCallerWhoSubmittedIt() throws Exception {
        JobView job = io.crosscheck.security.Caller.actingFor("desk-anna", () -> jobs.submit("test", null,
                context -> Map.of("actor", io.crosscheck.security.Caller.currentActor())));

        JsonPath done = Fixtures.awaitJob(job.location().toString());
        assertEquals("desk-anna", done.getString("createdBy"));
        assertEquals("desk-anna", done.getString("result.actor"), "history inside the job names the submitter");
    }

    @Test
    void shouldFailAJobWithTheClientsReasonOrAnIncidentOnly() {
        JobView refused = jobs.submit("test", null, context -> {
            throw ApiException.unprocessable("file", "line 3 is not CSV");
        });
        JobView broken = jobs.submit("test", null, context -> {
            throw new IllegalStateException("internal detail that must not leak");
        });

        JsonPath first = Fixtures.awaitJob(refused.location().toString());
        assertEquals("FAILED", first.getString("state"));
        assertEquals("file: line 3 is not CSV", first.getString("error"));
        JsonPath second = Fixtures.awaitJob(broken.location().toString());
        assertEquals("FAILED", second.getString("state"));
        assertEquals(false, second.getString("error").contains("internal detail"));
        assertEquals(true, second.getString("error").contains("incident"));
    }

    @Test
    void shouldCancelARunningJobAtItsNextCheck() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JobView job = jobs.submit("test", null, context -> {
            started.countDown();
            release.await(1, TimeUnit.MINUTES);
            context.flush();
            context.checkCancelled();
            return Map.of("finished", true);
        });
        started.await(1, TimeUnit.MINUTES);

        given().delete(job.location().toString()).then().statusCode(202).body("cancelRequested", equalTo(true));
        release.countDown();

        assertEquals("CANCELLED", Fixtures.awaitJob(job.location().toString()).getString("state"));
        Fixtures.problem(given().delete(job.location().toString()).then(), 409);
    }

    @Test
    void shouldFailTheJobsOfAnInstanceThatStoppedHeartbeating() {
        Job orphan = store.create("test", null, "system", "an-instance-that-died");
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update Job set state = :running, heartbeatAt = :old where id = :id")
                .setParameter("running", JobState.RUNNING)
                .setParameter("old", Instant.now().minus(1, ChronoUnit.HOURS))
                .setParameter("id", orphan.id).executeUpdate());

        jobs.heartbeat();

        given().get("/api/jobs/" + orphan.id).then().statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("error", org.hamcrest.Matchers.containsString("stopped"));
    }

    @Test
    void shouldListJobsByKindNewestFirst() {
        String kind = Fixtures.unique("kind");
        JobView older = jobs.submit(kind, null, context -> null);
        JobView newer = jobs.submit(kind, null, context -> null);
        Fixtures.awaitJob(newer.location().toString());

        given().get("/api/jobs?kind=" + kind).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(newer.id().toString()))
                .body("items[1].id", equalTo(older.id().toString()));
        Fixtures.problem(given().get("/api/jobs?state=DONE").then(), 400);
    }

    @Test
    void shouldAnswerProblemsForUnknownAndMalformedIds() {
        Fixtures.problem(given().get("/api/jobs/" + UUID.randomUUID()).then(), 404);
        Fixtures.problem(given().get("/api/jobs/not-a-uuid").then(), 400);
        Fixtures.problem(given().get("/api/jobs/" + UUID.randomUUID() + "/issues").then(), 404);
    }

    @Test
    void shouldPageIssuesInTheOrderFound() {
        JobView job = jobs.submit("test", null, context -> {
            for (int i = 1; i <= 5; i++) {
                context.issue("line " + i, null, "bad");
            }
            return null;
        });
        Fixtures.awaitJob(job.location().toString());

        String next = given().get(job.location() + "/issues?limit=2").then().statusCode(200)
                .body("items.item", org.hamcrest.Matchers.contains("line 1", "line 2"))
                .extract().path("next");
        given().get(job.location() + "/issues?limit=2&cursor=" + next).then().statusCode(200)
                .body("items.item", org.hamcrest.Matchers.contains("line 3", "line 4"));
        Fixtures.problem(given().get(job.location() + "/issues?cursor=abc").then(), 400);
    }
}

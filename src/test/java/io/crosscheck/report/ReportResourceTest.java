package io.crosscheck.report;

import static io.crosscheck.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.crosscheck.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    static final LocalDate DATE = LocalDate.of(2089, 5, 4);

    @jakarta.inject.Inject
    ReportFiles files;

    @BeforeEach
    void runIt() {
        ReportRunnerTest.dayAfter(DATE);
        io.restassured.path.json.JsonPath job = run(DATE);
        org.junit.jupiter.api.Assertions.assertEquals("report", job.getString("kind"), job.prettify());
        org.junit.jupiter.api.Assertions.assertEquals("SUCCEEDED", job.getString("result.status"), job.prettify());
        given().get("/api/reports/" + DATE).then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("date", equalTo(DATE.toString())).body("files.name", hasItem("report-" + DATE + ".csv"));
    }

    /** Runs a date as the API does: 202 with the job, which writes the run; returns the finished job. */
    static io.restassured.path.json.JsonPath run(LocalDate date) {
        String location = given().queryParam("date", date.toString()).post("/api/reports/run").then().statusCode(202)
                .body("kind", equalTo("report")).body("target", equalTo(date.toString()))
                .extract().header("Location");
        io.restassured.path.json.JsonPath job = io.crosscheck.Fixtures.awaitJob(location);
        org.junit.jupiter.api.Assertions.assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        org.junit.jupiter.api.Assertions.assertEquals(date.toString(), job.getString("result.date"), job.prettify());
        return job;
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void shouldListRunsNewestFirstWithACursor() {
        run(DATE.minusDays(1));
        String next = given().queryParam("limit", 1).get("/api/reports").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("next", notNullValue()).extract().path("next");
        given().queryParam("limit", 1).queryParam("cursor", next).get("/api/reports").then().statusCode(200);
        problem(given().queryParam("cursor", "nope").get("/api/reports").then(), 400);
    }

    @Test
    void shouldServeTheFilesOfARunByTheirNames() {
        given().get("/api/reports/" + DATE + "/report-" + DATE + ".csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(startsWith("change,id,subject"));
        given().get("/api/reports/" + DATE + "/report-" + DATE + ".html").then().statusCode(200)
                .contentType(startsWith("text/html"));
        given().get("/api/reports/" + DATE + "/claimreview-" + DATE + ".jsonld").then().statusCode(200)
                .body("'@context'", equalTo("https://schema.org"));
        given().get("/api/reports/" + DATE + "/manifest.json").then().statusCode(200)
                .body("files.name", hasItem("report-" + DATE + ".json"));
    }

    @Test
    void shouldNotServeAnythingElse() {
        for (String path : new String[] {
                "/api/reports/" + DATE + "/report-" + DATE.plusDays(1) + ".csv",
                "/api/reports/" + DATE + "/..%2F..%2F..%2Fpom.xml",
                "/api/reports/" + DATE + "/%2Fetc%2Fpasswd",
                "/api/reports/" + DATE + "/..%2Fmanifest.json",
                "/api/reports/" + DATE + "/.report-" + DATE + ".csv.tmp",
                "/api/reports/..%2F" + DATE + "/manifest.json",
                "/api/reports/not-a-date/manifest.json",
                "/api/reports/1999-01-01/manifest.json",
                "/api/reports/" + DATE + "/report%00.csv",
                "/api/reports/" + DATE + "/manifest.json%00"}) {
            // 404 for a name the manifest does not list; 400 for a path the path guard refuses outright
            int status = given().urlEncodingEnabled(false).get(path).then().extract().statusCode();
            org.junit.jupiter.api.Assertions.assertTrue(status == 404 || status == 400, path + " → " + status);
            problem(given().urlEncodingEnabled(false).get(path).then(), status);
        }
        problem(given().get("/api/reports/1999-01-01").then(), 404);
    }

    @Test
    void shouldCompareFileNamesWithTheManifestBeforeTouchingTheFileSystem() throws java.io.IOException {
        for (String name : new String[] {"report\u0000.csv", "../manifest.json", "/etc/passwd", "a\\b", "manifest.json/."}) {
            org.junit.jupiter.api.Assertions.assertTrue(files.file(DATE, name).isEmpty(), name);
        }
        org.junit.jupiter.api.Assertions.assertTrue(files.file(DATE, "report-" + DATE + ".csv").isPresent());
    }

    @Test
    void shouldRefuseToRunADateThatIsNotOver() {
        problem(given().queryParam("date", DATE.plusDays(1).toString()).post("/api/reports/run").then(), 422);
        problem(given().post("/api/reports/run").then(), 400);
        problem(given().queryParam("date", "yesterday").post("/api/reports/run").then(), 400);
    }
}

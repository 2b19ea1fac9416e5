package io.crosscheck.transfer;

import static io.crosscheck.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crosscheck.Fixtures;
import io.crosscheck.job.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A cancelled import writes nothing more and leaves no staged upload behind. */
@QuarkusTest
class ImportCancelTest {

    @Inject
    Jobs jobs;

    private static long staged() throws IOException {
        Path dir = Path.of("target/import-staging"); // %test.crosscheck.transfer.staging-directory
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".upload")).count();
        }
    }

    @Test
    void shouldCancelAQueuedImportAndDeleteItsStagedUpload() throws Exception {
        // Both workers of the test profile (crosscheck.jobs.workers=2) are kept busy, so the import waits in the queue.
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<String> blockers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            blockers.add(jobs.submit("test", "blocker", context -> {
                started.countDown();
                release.await(1, TimeUnit.MINUTES);
                return null;
            }).location().toString());
        }
        String location;
        String name = unique("Club");
        long before = staged();
        try {
            started.await(1, TimeUnit.MINUTES);
            String csv = "subject,metric,metric_dimension,figure_text,statement,language\r\n" + name
                    + ",fee,MONEY,12 millions d'euros,Un transfert de 12 millions d'euros.,fr\r\n";
            location = given().contentType("text/csv").body(csv).post("/api/import").then().statusCode(202)
                    .body("state", equalTo("QUEUED")).extract().header("Location");
            assertEquals(before + 1, staged(), "the upload waits in the staging directory");
            given().delete(location).then().statusCode(org.hamcrest.Matchers.oneOf(200, 202));
        } finally {
            release.countDown();
        }
        assertEquals("CANCELLED", Fixtures.awaitJob(location).getString("state"));
        blockers.forEach(Fixtures::awaitJob);
        for (int i = 0; i < 200 && staged() > before; i++) { // bounded: the job closes its upload as it ends
            Thread.sleep(50);
        }
        assertEquals(before, staged(), "the staged upload was deleted");
        given().queryParam("subject", name).get("/api/claims").then().body("items.size()", equalTo(0));
    }
}

package io.crosscheck.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.browser.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console as a fact-checker sees it in a real browser. */
@QuarkusTest
class ConsoleBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void topicPageDrawsOneChartMarkPerClaim() throws Exception {
        List<String> claims = given().get("/api/topics/deepseek-costs").then().statusCode(200)
                .extract().jsonPath().getList("claims.id");
        browser.get(base + "topics/deepseek-costs?lang=fr");
        List<WebElement> marks = browser.findElements(By.cssSelector("section.axis svg g.mark"));
        assertEquals(claims.size(), marks.size(), "one mark per claim of the topic");
        for (WebElement mark : marks) {
            assertTrue(claims.contains(mark.getAttribute("data-claim")), "each mark is one of the topic's claims");
            assertTrue(mark.getRect().getWidth() > 0, "each mark is drawn");
        }
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target/topic-deepseek-costs.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void factCheckerConfirmsAProposedConflictFromTheQueue() {
        io.crosscheck.Fixtures.awaitDetection(); // the dossier's proposals come from the detection worker
        String proposal = given().queryParam("state", "PROPOSED").queryParam("limit", 100).get("/api/conflicts")
                .then().statusCode(200).extract().path("items[0].id");
        browser.get(base + "signin?lang=en");
        browser.findElement(By.id("key")).sendKeys(io.crosscheck.Fixtures.ADMIN_KEY);
        browser.findElement(By.cssSelector("form.signin button")).click();
        // The click returns before the redirect is followed: wait for the navigation, then check it.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/conflicts"));
        assertTrue(browser.getCurrentUrl().contains("/conflicts"), "signing in leads to the queue");
        browser.get(base + "conflicts?lang=en");
        WebElement form = browser.findElement(By.cssSelector("form[action='/conflicts/" + proposal + "/confirm']"));
        form.findElement(By.name("rationale")).sendKeys("Checked against DeepSeek's technical report");
        WebElement button = form.findElement(By.cssSelector("button.confirm"));
        Browsers.clickAndAwaitNextPage(browser, button, Duration.ofSeconds(30));
        assertTrue(browser.getCurrentUrl().contains("/conflicts"), "redirected back to the queue");
        assertTrue(browser.findElements(By.cssSelector("form[action='/conflicts/" + proposal + "/confirm']")).isEmpty(),
                "the confirmed proposal has left the queue");
        given().get("/api/links/" + proposal).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    }
}

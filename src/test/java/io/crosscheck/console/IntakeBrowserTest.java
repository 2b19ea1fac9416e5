package io.crosscheck.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.browser.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The intake desk in a real browser: paste a text, see its figure highlighted with a prefilled subject, accept it. */
@QuarkusTest
class IntakeBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browsers.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEditorPastesATextAndAcceptsACandidate() {
        String subject = Fixtures.unique("Intake Labs");
        Fixtures.entity(subject);
        String metric = Fixtures.unique("pretraining");
        Fixtures.post("/api/metrics", Map.of("key", metric, "labelEn", "Pretraining cost", "dimension", "MONEY",
                "triggers", Map.of("en", List.of(metric))));

        Browsers.signIn(browser, base, Fixtures.ADMIN_KEY, Duration.ofSeconds(30));

        browser.get(base + "intake?lang=en");
        browser.findElement(By.id("url")).sendKeys("https://" + Fixtures.unique("news") + ".example/article");
        browser.findElement(By.id("text")).sendKeys(subject + " said its " + metric + " cost $5 million.");
        browser.findElement(By.id("title")).sendKeys("Costs");
        browser.findElement(By.id("publisher")).sendKeys("The Daily");
        browser.findElement(By.id("language")).clear();
        browser.findElement(By.id("language")).sendKeys("en");
        click(browser.findElement(By.cssSelector("form.intake-form button.confirm")));
        assertFlash("Source stored");

        WebElement mark = browser.findElement(By.cssSelector(".source-text mark"));
        assertTrue(mark.getText().contains("$5 million"), mark.getText());
        WebElement form = browser.findElement(By.cssSelector("form.candidate-accept"));
        assertEquals(subject, form.findElement(By.name("subject")).getAttribute("value"), "subject prefilled");
        assertEquals(metric, form.findElement(By.name("metric")).getAttribute("value"), "metric prefilled");
        click(form.findElement(By.cssSelector("button.confirm")));
        assertFlash("Candidate accepted");
        assertTrue(browser.findElements(By.cssSelector(".source-text mark")).isEmpty(), "nothing left to review");

        click(browser.findElement(By.cssSelector("a.claim-link")));
        String claim = browser.getCurrentUrl().replaceAll(".*/claims/([^?]+).*", "$1");
        given().get("/api/claims/" + claim).then().statusCode(200)
                .body("subject.name", org.hamcrest.Matchers.equalTo(subject));
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank());
    }

    /** Clicks and waits for the page it leads to (forms post, then redirect). */
    private void click(WebElement element) {
        Browsers.clickAndAwaitNextPage(browser, element, Duration.ofSeconds(30));
    }

    private void assertFlash(String text) {
        Browsers.assertFlash(browser, text);
    }
}

package io.crosscheck.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.Fixtures;
import io.crosscheck.browser.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as a desk, in a real browser and from the keyboard where it matters: sign in, write a
 * claim with a figure preview, edit it, change its verdict, link it, open a topic, read the history,
 * decide in the review queue and undo, switch language without losing the search. Every page is
 * photographed at 1280 and 280 px (target/desk-*.png) and must not scroll sideways at 280 px.
 */
@QuarkusTest
class DeskBrowserTest {

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
    void aFactCheckerWorksAtTheDesk() throws Exception {
        String subject = Fixtures.unique("Desk Labs");
        String subjectId = Fixtures.entity(subject);
        String metric = Fixtures.unique("training-cost");
        String metricId = Fixtures.metric(metric, "MONEY", false);
        String other = ConsolePagesTest.claim(subjectId, Fixtures.metric(Fixtures.unique("capex"), "MONEY", false), 900);

        signIn();

        // Create a claim, previewing the figure first.
        browser.get(base + "claims/new?lang=en");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("metric")).sendKeys(metric);
        browser.findElement(By.id("figureText")).sendKeys("5,6 millions de dollars");
        new Select(browser.findElement(By.id("figureLang"))).selectByValue("fr");
        click(By.cssSelector("button.preview"));
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("output.preview-result")));
        assertTrue(preview.getText().contains("5.6 million"), preview.getText());
        assertEquals(subject, browser.findElement(By.id("subject")).getAttribute("value"), "the form keeps what was typed");
        browser.findElement(By.id("statement")).sendKeys("Desk Labs a entraîné son modèle pour 5,6 millions de dollars.");
        browser.findElement(By.id("language")).clear();
        browser.findElement(By.id("language")).sendKeys("fr");
        click(By.cssSelector("form.claim-form button.confirm"));
        assertFlash("Claim created.");
        String claimUrl = browser.getCurrentUrl();
        String id = claimUrl.replaceAll(".*/claims/([^?]+).*", "$1");
        shoot("claim");

        // Edit it.
        click(By.linkText("Edit"));
        WebElement figure = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figureText")));
        figure.clear();
        figure.sendKeys("6 millions de dollars");
        shoot("claim-form");
        click(By.cssSelector("form.claim-form button.confirm"));
        assertFlash("Claim saved.");
        given().get("/api/claims/" + id).then().body("figure.text", org.hamcrest.Matchers.equalTo("6 millions de dollars"));

        // Change its verdict, with a rationale.
        new Select(browser.findElement(By.id("verdict-select"))).selectByValue("MISLEADING");
        browser.findElement(By.id("verdict-rationale")).sendKeys("A training run, not the whole cost.");
        click(By.cssSelector("form[action$='/verdict'] button"));
        assertFlash("Verdict changed.");
        assertTrue(browser.findElement(By.cssSelector("h1 .verdict")).getText().contains("Misleading"));

        // Link it to another claim of the subject, picked by id.
        new Select(browser.findElement(By.id("link-type"))).selectByValue("CONTEXT");
        browser.findElement(By.id("link-to")).sendKeys(other);
        browser.findElement(By.id("link-rationale")).sendKeys("A run against a buildout.");
        click(By.cssSelector("form[action='/links'] button"));
        assertFlash("Link created.");
        assertTrue(browser.findElement(By.cssSelector("ul.links")).getText().contains("context"));

        // The claim's history: created, edited, verdict.
        click(By.linkText("History"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.history")));
        List<WebElement> changes = browser.findElements(By.cssSelector("ol.history > li"));
        assertEquals(3, changes.size(), "created, figure edited, verdict changed");
        assertTrue(browser.findElement(By.cssSelector("ol.history")).getText().contains("A training run, not the whole cost."));
        shoot("history");

        // A link's history.
        browser.get(claimUrl);
        click(By.cssSelector("ul.links li a[href^='/links/']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pair-grid")));
        assertTrue(browser.findElement(By.cssSelector("ol.history")).getText().contains("Created"));
        shoot("link");

        // A topic.
        browser.get(base + "topics?lang=en");
        String slug = Fixtures.unique("desk-topic");
        browser.findElement(By.id("slug")).sendKeys(slug);
        browser.findElement(By.id("title")).sendKeys("Desk Labs: what did it cost?");
        click(By.cssSelector("form[method='post'][action='/topics'] button"));
        assertFlash("Topic created.");
        assertTrue(browser.getCurrentUrl().contains("/topics/" + slug));
        browser.get(base + "topics?lang=en");
        assertTrue(browser.findElement(By.cssSelector("ul.topics")).getText().contains("Desk Labs: what did it cost?"));
        shoot("topics");
    }

    @Test
    void theReviewQueueShowsEvidenceConfirmsWithFeedbackAndUndoes() throws Exception {
        String subject = Fixtures.entity(Fixtures.unique("Queue Club"));
        String metric = Fixtures.metric(Fixtures.unique("fee"), "MONEY", false);
        String source = Fixtures.source("https://example.org/" + Fixtures.unique("a"), null);
        String a = given().contentType("application/json; charset=UTF-8").body(Map.of("subjectId", subject,
                "metricId", metric, "statement", "Le transfert a coûté 10 millions d'euros.", "language", "fr",
                "figure", Map.of("text", "10 millions d'euros", "lang", "fr"),
                "appearances", List.of(Map.of("sourceId", source, "quote", "10 millions d'euros, selon le club"))))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        ConsolePagesTest.claim(subject, metric, 40);
        Fixtures.awaitDetection();
        String link = given().queryParam("claim", a).get("/api/links").then().extract().path("items[0].id");
        signIn();
        browser.get(base + "conflicts?lang=en");
        WebElement entry = browser.findElement(By.id("link-" + link));
        List<WebElement> sides = entry.findElements(By.cssSelector(".pair-grid .side"));
        assertEquals(2, sides.size(), "both claims side by side");
        String evidence = entry.getText();
        assertTrue(evidence.contains("10 millions d'euros, selon le club"), "the quote: " + evidence);
        assertTrue(evidence.contains("Le Quotidien") && !entry.findElements(By.cssSelector(
                ".side a[href^='https://example.org/']")).isEmpty(), "the source: " + evidence);
        assertTrue(evidence.contains("Interval"), "the intervals");
        assertTrue(evidence.contains("gap"), "the relative gap");
        shoot("queue");
        WebElement form = entry.findElement(By.cssSelector("form[action='/conflicts/" + link + "/confirm']"));
        form.findElement(By.name("rationale")).sendKeys("Checked against the annual report");
        click(form.findElement(By.cssSelector("button.confirm")));
        assertFlash("Link confirmed.");

        browser.get(base + "conflicts?state=CONFIRMED&lang=en");
        WebElement decided = browser.findElement(By.id("link-" + link));
        assertTrue(decided.getText().contains("Decided by") && decided.getText().contains("UTC"), decided.getText());
        assertTrue(decided.getText().contains("Checked against the annual report"));
        click(decided.findElement(By.cssSelector("button.undo")));
        assertFlash("Decision undone");
        given().get("/api/links/" + link).then().body("state", org.hamcrest.Matchers.equalTo("PROPOSED"));
    }

    @Test
    void theLanguageSwitchKeepsTheFiltersAndFrenchPagesShowNoCodes() throws Exception {
        browser.get(base + "claims?lang=fr&q=DeepSeek&verdict=UNREVIEWED");
        String french = browser.findElement(By.tagName("main")).getText();
        assertTrue(french.contains("Non vérifié") || french.contains("Rien ici"), french);
        for (String code : List.of("UNREVIEWED", "SUPPORTED", "CONTRADICTS", "PROPOSED")) {
            assertTrue(!french.contains(code), "no raw " + code + " in the French page");
        }
        shoot("claims-fr");
        click(By.cssSelector(".langs a[hreflang='en']"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("q=DeepSeek") && url.contains("verdict=UNREVIEWED") && url.contains("lang=en"), url);
        assertEquals("DeepSeek", browser.findElement(By.name("q")).getAttribute("value"));
        // Unknown pages answer an HTML page, not JSON.
        browser.get(base + "nowhere/at-all?lang=en");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("404"));
        for (String page : List.of("", "topics", "claims/new", "conflicts")) {
            browser.get(base + page + (page.isEmpty() ? "?" : "?") + "lang=fr");
            assertTrue(browser.findElements(By.cssSelector("header nav")).size() == 1, page + " is a console page");
            shoot(page.isEmpty() ? "home" : page.replace('/', '-'));
        }
    }

    private void signIn() {
        Browsers.signIn(browser, base, Fixtures.ADMIN_KEY, Duration.ofSeconds(30));
    }

    private void click(By by) {
        click(browser.findElement(by));
    }

    /** Clicks and waits for the page it leads to (forms post, then redirect). */
    private void click(WebElement element) {
        Browsers.clickAndAwaitNextPage(browser, element, Duration.ofSeconds(30));
    }

    private void assertFlash(String text) {
        Browsers.assertFlash(browser, text);
    }

    /** Screenshots at 1280 and 280 px; at 280 px the page must not scroll sideways. */
    private void shoot(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        for (int width : new int[] {1280, 280}) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", width < 600));
            boolean fits = (Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("target", "desk-" + name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            if (width == 280) {
                Object wide = ((JavascriptExecutor) browser).executeScript(
                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                        + "document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ');");
                assertTrue(fits, name + " scrolls sideways at 280 px: " + wide);
            }
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}

package io.crosscheck.console;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crosscheck.browser.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Honest charts in a real browser, in the console and in the widget: a CATEGORY claim ("H800") is a
 * list item, never a bar on a number line; a vague figure ("des centaines de millions") is drawn as
 * its range; the topic page puts the training run and the buildout in one view.
 */
@QuarkusTest
class ChartsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        // The dossier's CONTEXT link comes from the detection queue, which the test profile drains on demand.
        io.crosscheck.Fixtures.awaitDetection();
        browser = Browsers.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void consoleListsTheCategoryAndDrawsTheVagueFigureAsARange() {
        String h800 = claimId("deepseek-chips", "CATEGORY");
        browser.get(base + "topics/deepseek-chips?lang=en");
        assertListedNotDrawn(h800, "li.category");
        assertFalse(browser.findElement(By.tagName("body")).getText().contains("∞"), "no −∞ – +∞ for a category");

        String vague = claimId("deepseek-costs", "RANGE");
        browser.get(base + "topics/deepseek-costs?lang=fr");
        assertDrawnAsRange(vague, "section.axis ");
        List<WebElement> story = browser.findElements(By.cssSelector("section.story svg"));
        assertEquals(1, story.size(), "one overview for the dollar figures");
        String text = story.get(0).getAttribute("textContent").replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(text.contains("Coût d'entraînement") && text.contains("Dépenses d'infrastructure"), text);
        assertTrue(text.contains("×266"), "the CONTEXT link carries its ratio: " + text);
        assertTrue(text.contains("5 M$") && text.contains("1 Md$"), "ticks written like the figures: " + text);
    }

    @Test
    void widgetListsTheCategoryAndDrawsTheVagueFigureAsARange() {
        String h800 = claimId("deepseek-chips", "CATEGORY");
        browser.get(base + "embed/topics/deepseek-chips?lang=en");
        assertListedNotDrawn(h800, "li.category");

        String vague = claimId("deepseek-costs", "RANGE");
        browser.get(base + "embed/topics/deepseek-costs?lang=en");
        assertDrawnAsRange(vague, "section.axis ");
        assertEquals(1, browser.findElements(By.cssSelector("section.story svg g.context")).size(),
                "the widget's overview draws the CONTEXT link");
    }

    private void assertListedNotDrawn(String id, String item) {
        List<WebElement> listed = browser.findElements(By.cssSelector(item + "[data-claim='" + id + "']"));
        assertEquals(1, listed.size(), "the category claim is one list item");
        assertTrue(listed.get(0).isDisplayed());
        assertTrue(listed.get(0).getText().contains("H800"), listed.get(0).getText());
        assertTrue(browser.findElements(By.cssSelector("svg g.mark[data-claim='" + id + "']")).isEmpty(),
                "and no mark on a number line");
    }

    private void assertDrawnAsRange(String id, String scope) {
        List<WebElement> marks = browser.findElements(By.cssSelector(scope + "svg g.mark[data-claim='" + id + "']"));
        assertEquals(1, marks.size(), "the vague claim is drawn once on its axis");
        WebElement mark = marks.get(0);
        assertTrue(mark.getAttribute("class").contains("vague"), "and marked vague");
        assertTrue(mark.findElements(By.tagName("circle")).isEmpty(), "not a dot");
        WebElement bar = mark.findElement(By.tagName("line"));
        // Measured as drawn: the widget's chart places bars in percentages of its width, the console's in px.
        double width = bar.getRect().getWidth();
        assertTrue(width > 100, "a bar over its whole range (100 M – 1 Md), got " + width + " px wide");
        assertTrue(mark.getRect().getWidth() > 50, "and it is drawn wide");
    }

    private static String claimId(String topic, String kind) {
        return given().get("/api/topics/" + topic + "/comparison").then().statusCode(200).extract()
                .path("axes.claims.flatten().find { it.figure.kind == '" + kind + "' }.id");
    }
}

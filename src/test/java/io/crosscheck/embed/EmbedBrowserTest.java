package io.crosscheck.embed;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpServer;
import io.crosscheck.browser.Browsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A news article on another origin embeds widgets through embed.js in headless Chromium: they
 * render, resize to their content, log no errors, and a hostile statement stays text.
 */
@QuarkusTest
class EmbedBrowserTest {

    private HttpServer host;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        driver = Browsers.start(900, 2400);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (host != null) {
            host.stop(0);
        }
    }

    @Test
    void shouldRenderAndResizeWidgetsOnAnotherOriginWithoutErrorsOrScript() throws Exception {
        io.crosscheck.Fixtures.awaitDetection(); // the dossier's proposals come from the detection worker
        String disputed = given().queryParam("type", "CONTRADICTS").get("/api/links").then().extract()
                .path("items[0].from.id");
        String hostile = EmbedFixtures.claim("<script>alert('statement')</script>\"><img src=x onerror=alert(1)>",
                "5 millions de dollars", "</style><script>alert('title')</script>",
                "Q <img src=x onerror=alert(2)> 5 millions de dollars");
        String crosscheck = "http://localhost:" + RestAssured.port;
        String page = article(crosscheck, disputed, hostile);
        host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        host.start();

        driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/article");
        JavascriptExecutor js = driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> d.findElements(By.cssSelector("iframe.crosscheck")).size() == 3);
        List<WebElement> frames = driver.findElements(By.cssSelector("iframe.crosscheck"));
        // Resized: the loader sets each height from the message its own widget posts.
        wait.until(d -> frames.stream().allMatch(f -> height(js, f) > 170));
        Thread.sleep(300);
        for (WebElement frame : frames) {
            long outer = height(js, frame);
            driver.switchTo().frame(frame);
            long inner = ((Number) js.executeScript(
                    "return Math.ceil(document.documentElement.getBoundingClientRect().height);")).longValue();
            String text = (String) js.executeScript("return document.body.innerText;");
            boolean fits = (Boolean) js.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
            driver.switchTo().defaultContent();
            Assertions.assertEquals(inner, outer, "iframe height equals the content height it reported");
            Assertions.assertTrue(text.contains("Crosscheck"), text);
            Assertions.assertTrue(fits, "no horizontal overflow, even at 280 px");
        }
        driver.switchTo().frame(frames.get(1));
        String hostileText = (String) js.executeScript("return document.querySelector('.statement').textContent;");
        Assertions.assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "no injected image");
        driver.switchTo().defaultContent();
        Assertions.assertTrue(hostileText.startsWith("<script>alert('statement')</script>"), hostileText);
        Assertions.assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "no script ran");

        Path shot = Path.of("target", "embed-widgets.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.write(Path.of("target", "embed-widget-claim.png"), frames.get(0).getScreenshotAs(OutputType.BYTES));

        List<LogEntry> logs = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<LogEntry> errors = logs.stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()).toList();
        Assertions.assertEquals(List.of(), errors, "browser console: " + logs);
    }

    private static long height(JavascriptExecutor js, WebElement frame) {
        return Math.round(((Number) js.executeScript("return arguments[0].getBoundingClientRect().height;", frame))
                .doubleValue());
    }

    private static String article(String crosscheck, String disputed, String hostile) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Daily Ledger</title>
                <link rel="icon" href="data:,">
                <style>body{font:18px/1.6 Georgia,serif;color:#222;background:#fbfaf6;max-width:680px;margin:0 auto;padding:24px}
                h1{font-size:30px;line-height:1.2}.kicker{color:#8a1c1c;font:600 13px system-ui;text-transform:uppercase}</style></head>
                <body><p class="kicker">Artificial intelligence</p>
                <h1>What did DeepSeek really spend on its model?</h1>
                <p>The Chinese lab says one training run cost a few million dollars. Analysts count the whole buildout.</p>
                <blockquote class="crosscheck" data-claim="%2$s" data-lang="en">DeepSeek's training-cost claim —
                <a href="%1$s/claims/%2$s">see it on Crosscheck</a></blockquote>
                <p>Readers sent us this one, which we keep as a test of our defences:</p>
                <aside style="width:280px"><blockquote class="crosscheck" data-claim="%3$s" data-lang="en" data-theme="dark">
                A hostile claim — <a href="%1$s/claims/%3$s">Crosscheck</a></blockquote></aside>
                <p>All the figures on one line:</p>
                <blockquote class="crosscheck" data-topic="deepseek-costs" data-lang="en">DeepSeek: what did it cost? —
                <a href="%1$s/topics/deepseek-costs">the dossier on Crosscheck</a></blockquote>
                <script async src="%1$s/embed.js"></script>
                </body></html>
                """.formatted(crosscheck, disputed, hostile);
    }
}

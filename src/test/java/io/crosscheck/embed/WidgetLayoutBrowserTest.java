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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Topic, comparison and claim widgets in an iframe 280 px and 1280 px wide, in French and English:
 * every text of the card, chart labels included, renders at 12 px or more (font size times the SVG's
 * scale), nothing overflows sideways, the chart's visible labels stay inside it and do not overlap.
 * Screenshots go to target/screenshots; the card heights measured at 280 px are printed (they are the
 * plain-iframe heights docs/embedding.md gives).
 */
@QuarkusTest
class WidgetLayoutBrowserTest {

    /** Everything a reader reads in the widget, with its size on screen and whether it sits in a chart. */
    private static final String MEASURE = """
            const out = {texts: [], overflow: 0, outside: [], overlaps: [], height: 0};
            const doc = document.documentElement;
            out.overflow = doc.scrollWidth - doc.clientWidth;
            out.height = Math.ceil(doc.getBoundingClientRect().height);
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const el = node.parentElement;
              if (!node.textContent.trim() || !el || el.closest('title,style,script')) continue;
              const rect = el.getBoundingClientRect();
              if (rect.width === 0 || getComputedStyle(el).display === 'none') continue;
              let size = parseFloat(getComputedStyle(el).fontSize);
              const svg = el.closest('svg');
              if (svg) {
                const vb = svg.viewBox && svg.viewBox.baseVal;
                const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
                size = size * scale;
                const box = svg.getBoundingClientRect();
                if (rect.left < box.left - 1 || rect.right > box.right + 1) out.outside.push(node.textContent);
              }
              out.texts.push({text: node.textContent.trim().slice(0, 40), size: size, svg: !!svg});
            }
            for (const svg of document.querySelectorAll('svg')) {
              const ticks = [...svg.querySelectorAll('text')].filter(t => t.getAttribute('y') === '12'
                  && getComputedStyle(t).display !== 'none').map(t => t.getBoundingClientRect());
              for (let i = 0; i < ticks.length; i++) for (let j = i + 1; j < ticks.length; j++) {
                const a = ticks[i], b = ticks[j];
                if (a.left < b.right && b.left < a.right) out.overlaps.push(i + '/' + j);
              }
            }
            return out;""";

    private HttpServer host;
    private ChromeDriver driver;

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
    void shouldKeepEveryLabelReadableAndInsideAt280And1280Pixels() throws Exception {
        io.crosscheck.Fixtures.awaitDetection();
        String claim = given().queryParam("subject", "DeepSeek").queryParam("metric", "training-cost")
                .get("/api/comparisons").then().statusCode(200).extract().path("axes[0].claims[0].id");
        String crosscheck = "http://localhost:" + RestAssured.port;
        Map<String, String> widgets = Map.of(
                "topic", "/embed/topics/deepseek-costs",
                "comparison", "/embed/comparisons?subject=DeepSeek&metric=training-cost",
                "claim", "/embed/claims/" + claim);
        host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        host.createContext("/", exchange -> {
            String q = exchange.getRequestURI().getQuery();
            String src = java.net.URLDecoder.decode(q.substring(q.indexOf("src=") + 4, q.indexOf("&w=")), StandardCharsets.UTF_8);
            String w = q.substring(q.indexOf("&w=") + 3);
            byte[] body = ("<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"w\" src=\"" + src + "\" width=\"" + w
                    + "\" height=\"3000\" style=\"border:0;display:block\"></iframe></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        host.start();
        driver = Browsers.start(1400, 1600);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        StringBuilder heights = new StringBuilder();
        for (int width : new int[] {280, 1280}) {
            for (String lang : List.of("fr", "en")) {
                for (var widget : widgets.entrySet()) {
                    String src = crosscheck + widget.getValue() + (widget.getValue().contains("?") ? "&" : "?") + "lang=" + lang;
                    driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/?src="
                            + java.net.URLEncoder.encode(src, StandardCharsets.UTF_8) + "&w=" + width);
                    driver.switchTo().frame(driver.findElement(By.id("w")));
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                            .until(d -> !d.findElements(By.cssSelector(".card")).isEmpty());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(MEASURE);
                    String where = widget.getKey() + " " + lang + " at " + width + " px";
                    Files.write(shots.resolve("widget-" + widget.getKey() + "-" + lang + "-" + width + ".png"),
                            driver.findElement(By.cssSelector(".card")).getScreenshotAs(OutputType.BYTES));
                    Assertions.assertTrue(((Number) m.get("overflow")).intValue() <= 0, where + ": horizontal overflow "
                            + m.get("overflow"));
                    Assertions.assertEquals(List.of(), m.get("outside"), where + ": chart labels outside the chart");
                    Assertions.assertEquals(List.of(), m.get("overlaps"), where + ": tick labels overlap");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> texts = (List<Map<String, Object>>) m.get("texts");
                    Assertions.assertFalse(texts.isEmpty(), where);
                    if (!"claim".equals(widget.getKey())) {
                        Assertions.assertTrue(texts.stream().anyMatch(t -> Boolean.TRUE.equals(t.get("svg"))),
                                where + ": a chart is drawn");
                    }
                    for (Map<String, Object> t : texts) {
                        Assertions.assertTrue(((Number) t.get("size")).doubleValue() >= 11.99,
                                where + ": \"" + t.get("text") + "\" renders at " + t.get("size") + " px");
                    }
                    String all = String.join(" ", texts.stream().map(t -> (String) t.get("text")).toList());
                    Assertions.assertFalse(all.contains("UNREVIEWED"), where + ": raw verdict codes");
                    if ("en".equals(lang)) {
                        Assertions.assertFalse(all.contains("Md$") || all.contains(" M$") || all.contains("millions de dollars")
                                && !"claim".equals(widget.getKey()), where + ": French figures in the English widget: " + all);
                    }
                    if ("comparison".equals(widget.getKey())) {
                        Assertions.assertFalse(all.contains("training-cost"), where + ": the metric's key as a title");
                    }
                    if (width == 280) {
                        heights.append(where).append(": ").append(m.get("height")).append(" px\n");
                    }
                    driver.switchTo().defaultContent();
                }
            }
        }
        System.out.println("Widget card heights at 280 px (docs/embedding.md):\n" + heights);
        Files.writeString(shots.resolve("widget-heights-280.txt"), heights);
    }
}

package io.crosscheck.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the Debian Chromium headless through its chromedriver, for {@code *BrowserTest}s. Without a
 * browser the tests are skipped with a message; with {@code -Pbrowser} (CI) they fail instead.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    /** A fresh headless Chromium, 1280 × 2400, with its own profile directory; nothing is downloaded. */
    public static ChromeDriver start() {
        return start(1280, 2400);
    }

    /** A fresh headless Chromium with a window of this size (profile under target/, so nothing leaks). */
    public static ChromeDriver start(int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String reason = "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver): "
                + "skipping browser test";
        if (Boolean.getBoolean("crosscheck.browser.required")) {
            Assertions.assertTrue(installed, reason.replace("skipping", "the browser profile requires a"));
        } else {
            Assumptions.assumeTrue(installed, reason);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(Path.of("target",
                            "chromium-profiles")), "profile"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(options);
    }

    /**
     * Clicks something that navigates (a link, or a form that posts and redirects) and waits until the
     * next page has loaded. The old page is marked with a token before the click; the wait ends when a
     * complete document without the token answers. Errors while the documents swap (Chromium can
     * report "Node with given id does not belong to the document" instead of a stale element) are
     * retried, so the wait cannot race the navigation.
     */
    public static void clickAndAwaitNextPage(ChromeDriver browser, WebElement element, Duration timeout) {
        String token = UUID.randomUUID().toString();
        browser.executeScript("window.crosscheckPage = arguments[0];", token);
        element.click();
        new WebDriverWait(browser, timeout).ignoring(WebDriverException.class).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState === 'complete' "
                        + "&& window.crosscheckPage !== arguments[0];", token)));
    }

    /** Signs in to the console with {@code key} and waits for the review queue it leads to. */
    public static void signIn(ChromeDriver browser, URL base, String key, Duration timeout) {
        browser.get(base + "signin?lang=en");
        browser.findElement(By.id("key")).sendKeys(key);
        browser.findElement(By.id("key")).submit();
        new WebDriverWait(browser, timeout).until(ExpectedConditions.urlContains("/conflicts"));
    }

    /** Asserts the page shows the console's feedback line ({@code p.flash[role=status]}) containing {@code text}. */
    public static void assertFlash(ChromeDriver browser, String text) {
        List<WebElement> flashes = browser.findElements(By.cssSelector("p.flash[role='status']"));
        Assertions.assertTrue(!flashes.isEmpty(), "feedback '" + text + "' expected on " + browser.getCurrentUrl() + ": "
                + browser.findElement(By.tagName("body")).getText());
        Assertions.assertTrue(flashes.get(0).getText().contains(text), flashes.get(0).getText());
    }
}

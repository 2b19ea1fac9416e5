package io.crosscheck.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

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
}

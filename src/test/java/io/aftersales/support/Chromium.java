package io.aftersales.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for the browser tests. Where there is no Chromium the tests are skipped,
 * unless {@code AFTERSALES_BROWSER_REQUIRED=true} (as in CI) makes a missing browser a failure.
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Paths.get(System.getProperty("aftersales.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    public final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static boolean required() {
        return Boolean.getBoolean("aftersales.browser.required")
                || "true".equalsIgnoreCase(System.getenv("AFTERSALES_BROWSER_REQUIRED"));
    }

    /** Skips the calling test where there is no Chromium, unless a browser is required. */
    public static void assumeAvailable() {
        if (!required()) {
            Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "no Chromium at " + EXECUTABLE);
        }
    }

    /** A browser for the calling thread only (Playwright objects stay on the thread that made them). */
    public static Chromium launch() {
        assumeAvailable();
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** Signs in through the real login form and waits until the browser has left it. */
    public static void signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.fill("#username", username);
        page.fill("#password", Api.PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(address -> !address.contains("/login"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

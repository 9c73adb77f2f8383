package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.CleanDatabaseOnce;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A new user signs in through the real login form in Debian's Chromium and sees the home page in Chinese. Runs in
 * the integration-test phase, and is skipped where there is no Chromium, unless {@code AFTERSALES_BROWSER_REQUIRED=true}
 * (as in CI) makes a missing browser a failure.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({CleanDatabaseOnce.class, Api.class})
class SignInBrowserTests {

    private static final Path CHROMIUM = Paths.get(System.getProperty("aftersales.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @BeforeAll
    static void launchBrowser() {
        boolean required = Boolean.getBoolean("aftersales.browser.required")
                || "true".equalsIgnoreCase(System.getenv("AFTERSALES_BROWSER_REQUIRED"));
        if (!required) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aNewUserSignsInAndSeesTheHomePageInChinese() throws Exception {
        Api.Tenant tenant = api.newTenant();
        Api.User advisor = api.newUser(tenant, List.of(tenant.storeId()), Role.SERVICE_ADVISOR);
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertThat(page.url()).endsWith("/login");
            assertThat(page.title()).isEqualTo("登录");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));
            String sessionBefore = sessionCookie(context);

            page.fill("#username", advisor.username());
            page.fill("#password", Api.PASSWORD);
            page.click("button[type=submit]");
            // Back to the page first asked for (Spring Security marks it with ?continue).
            page.waitForURL(address -> !address.contains("/login"));

            assertThat(page.title()).isEqualTo("首页");
            assertThat(page.textContent("h1")).isEqualTo("欢迎，测试用户");
            assertThat(page.textContent("body")).contains("服务顾问", "一号店");
            assertThat(sessionCookie(context))
                    .as("a new session id after sign-in")
                    .isNotEqualTo(sessionBefore);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home.png")));

            page.navigate(url("/no-such-page"));
            assertThat(page.title()).isEqualTo("页面不存在");
            assertThat(page.textContent("body")).contains("返回首页").doesNotContain("Exception");

            // Deactivation ends the web session at once: the next page asks to sign in again.
            api.post(tenant.adminToken(), "/api/v1/users/{id}/deactivate", "", advisor.id());
            page.navigate(url("/"));
            assertThat(page.url()).endsWith("/login");
        }
    }

    @Test
    void theAdminScreensWorkOnAPhone() throws Exception {
        Api.Tenant tenant = api.newTenant();
        Files.createDirectories(SCREENSHOTS);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", tenant.adminUsername());
            page.fill("#password", Api.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-phone.png")));

            page.navigate(url("/admin/users"));
            assertThat(page.title()).isEqualTo("用户");
            int overflow = ((Number) page.evaluate(
                            "document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .intValue();
            assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);

            // The search box narrows the list through htmx without reloading the page.
            page.fill("#q", tenant.adminUsername());
            page.waitForResponse(response -> response.url().contains("/admin/users?"), () -> {});
            assertThat(page.textContent("#results")).contains(tenant.adminUsername());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("users-phone.png")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals("SESSION"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }
}

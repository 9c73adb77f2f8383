package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.Chromium;
import io.aftersales.support.CleanDatabaseOnce;
import io.aftersales.support.TestVins;
import io.aftersales.support.Workshop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The main journeys in Debian's Chromium: signing in through the real login form, and the end of the service lane
 * (a card moved on the board, a signature drawn on the screen at delivery). Runs in the integration-test phase
 * (see {@link Chromium} for when it is skipped).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({CleanDatabaseOnce.class, Api.class})
class JourneyBrowserTests {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
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

    /**
     * The front desk's two intake journeys, counting what the advisor does (a field filled, a key, a click): a
     * returning customer in at most three, a new customer with a vehicle and a first work order in at most eight.
     */
    @Test
    void aReturningCustomerIsReceivedInThreeInteractionsAndANewOneInEight() throws Exception {
        Workshop shop = new Workshop(api);
        String plate = Api.read(api.get(shop.admin(), "/api/v1/assets/{id}", shop.assetId), "$.plate");
        Files.createDirectories(SCREENSHOTS);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            Chromium.signIn(page, url(""), shop.tenant.adminUsername());

            int returning = 0;
            page.fill("#global-search", plate);
            page.press("#global-search", "Enter");
            returning++;
            page.waitForURL(address -> address.contains("/search"));
            page.fill("input[name=complaint]", "刹车异响");
            returning++;
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("intake-returning.png")));
            page.click("form[action='/work-orders'] button[type=submit]");
            returning++;
            page.waitForURL(address -> address.matches(".*/work-orders/[0-9a-f-]{36}$"));
            assertThat(page.textContent("main")).contains("刹车异响", "已接车");
            assertThat(returning).isLessThanOrEqualTo(3);

            String newPlate = TestVins.plate();
            String phone = "135" + String.format("%08d", System.nanoTime() % 100_000_000);
            int newcomer = 0;
            page.fill("#global-search", newPlate);
            page.press("#global-search", "Enter");
            newcomer++;
            page.click("main a[href*='/customers/new']");
            newcomer++;
            assertThat(page.inputValue("#plate")).isEqualTo(newPlate);
            page.fill("#name", "赵敏");
            newcomer++;
            page.fill("#phones", phone);
            newcomer++;
            page.fill("#complaint", "首保");
            newcomer++;
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("intake-new.png"))
                    .setFullPage(true));
            page.click("main form button[type=submit]");
            newcomer++;
            page.waitForURL(address -> address.contains("/work-orders/new"));
            assertThat(page.inputValue("#complaint")).isEqualTo("首保");
            page.click("main form button[type=submit]");
            newcomer++;
            page.waitForURL(address -> address.matches(".*/work-orders/[0-9a-f-]{36}$"));
            assertThat(page.textContent("main")).contains("首保", "赵敏", newPlate);
            assertThat(newcomer).isLessThanOrEqualTo(8);
        }
    }

    /**
     * The browser's own date picker speaks the browser's language; the page's picker speaks the page's, and what it
     * sends is what the server reads.
     */
    @Test
    void aPromisedTimeIsPickedInThePagesLanguageAndKeptAsPicked() throws Exception {
        Workshop shop = new Workshop(api);
        for (String[] language :
                new String[][] {{"zh_CN", "周一", "一月"}, {"zh_TW", "週日", "一月"}, {"en", "Sun", "January"}}) {
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1366, 900))) {
                Page page = context.newPage();
                Chromium.signIn(page, url(""), shop.tenant.adminUsername());
                page.navigate(url("/work-orders/new?assetId=" + shop.assetId + "&lang=" + language[0]));
                page.click("#promised");
                page.waitForSelector(".flatpickr-calendar.open");
                assertThat(page.textContent(".flatpickr-calendar.open .flatpickr-weekday"))
                        .as(language[0])
                        .contains(language[1]);
                assertThat(page.textContent(".flatpickr-calendar.open .flatpickr-monthDropdown-months"))
                        .as(language[0])
                        .contains(language[2]);
                page.click(".flatpickr-calendar.open .flatpickr-next-month");
                page.click(
                        ".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDays):not(.nextMonthDays) >> text=\"15\"");
                String sent = page.inputValue("input[name=promisedAt]");
                assertThat(sent).matches("\\d{4}-\\d{2}-15T\\d{2}:\\d{2}");
                assertThat(page.inputValue("#promised")).isEqualTo(sent.replace('T', ' '));
                page.fill("#complaint", "保养");
                page.click("main form button[type=submit]");
                page.waitForURL(address -> address.matches(".*/work-orders/[0-9a-f-]{36}$"));
                String id = page.url().substring(page.url().lastIndexOf('/') + 1);
                String promised = Api.read(shop.get(id), "$.promisedAt");
                ZonedDateTime local = Instant.parse(promised).atZone(ZoneId.of("Asia/Shanghai"));
                assertThat(local.toLocalDateTime().toString()).as(language[0]).startsWith(sent);
            }
        }
    }

    /** The work order's steps swap the page's part through htmx: the page is loaded once for the whole lane. */
    @Test
    void theLaneRunsOnOnePageLoadedOnce() throws Exception {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            Chromium.signIn(page, url(""), shop.tenant.adminUsername());
            page.navigate(url("/work-orders/" + id));
            int[] loads = {0};
            page.onLoad(any -> loads[0]++);
            page.evaluate("window.laneMark = 'same page'");

            page.click("form[action$='/actions/estimate'] button[type=submit]");
            page.waitForSelector("form[action$='/actions/approve']");
            assertThat(shop.status(id)).isEqualTo("ESTIMATED");
            page.click("form[action$='/actions/approve'] button[type=submit]");
            page.waitForSelector("form[action$='/actions/dispatch']");
            page.selectOption("#lead", shop.technician.id().toString());
            page.fill("#bay", "5号工位");
            page.click("form[action$='/actions/dispatch'] button[type=submit]");
            page.waitForSelector("form[action$='/actions/start']");
            assertThat(shop.status(id)).isEqualTo("DISPATCHED");
            page.click("form[action$='/actions/start'] button[type=submit]");
            page.waitForSelector("form[action$='/actions/submit-for-qc']");
            assertThat(shop.status(id)).isEqualTo("IN_PROGRESS");

            assertThat(page.evaluate("window.laneMark")).isEqualTo("same page");
            assertThat(loads[0]).as("full page loads during the lane").isZero();
            assertThat(page.url()).endsWith("/work-orders/" + id);
            assertThat(page.textContent("main")).contains("5号工位");
            // A refused step still says why, in the swapped part.
            shop.act(id, "hold", "\"reason\":\"等配件\"");
            page.click("form[action$='/actions/submit-for-qc'] button[type=submit]");
            page.waitForSelector("main .alert-danger");
            assertThat(page.evaluate("window.laneMark")).isEqualTo("same page");
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

    @Test
    void aSpreadsheetWithTheDealersOwnHeadersIsImportedAfterSayingWhatTheUnknownColumnHolds() throws Exception {
        Api.Tenant tenant = api.newTenant();
        Files.createDirectories(SCREENSHOTS);
        Path file = Files.createTempFile("客户", ".csv");
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        Files.writeString(
                file, "车主姓名,手机号码,车牌,购车日期,销售顾问\n王伟," + phone + ",沪C" + phone.substring(6) + ",2024/03/01,李四\n");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", tenant.adminUsername());
            page.fill("#password", Api.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url("/"));

            page.navigate(url("/customers/import"));
            page.setInputFiles("#file", file);
            page.click("main form button[type=submit]");
            page.waitForLoadState();
            // The unknown column is named with a choice beside it; the others read as what they hold.
            assertThat(page.textContent("main")).contains("销售顾问", "无法识别列", "未写入任何数据");
            assertThat(page.inputValue("select[name='map[手机号码]']")).isEqualTo("phones");
            assertThat(page.inputValue("select[name='map[销售顾问]']")).isEmpty();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("import-mapping-phone.png"))
                    .setFullPage(true));

            // Not imported, and written: the file sent before is used again.
            page.selectOption("select[name='map[销售顾问]']", "-");
            page.check("#mode-ALL_OR_NOTHING");
            page.click("main form button[type=submit]");
            page.waitForLoadState();
            assertThat(page.textContent("main")).contains("已导入 1 位客户");
        }
        assertThat(Api.<Integer>read(api.get(tenant.adminToken(), "/api/v1/customers?q={q}", phone), "$.total"))
                .isEqualTo(1);
    }

    @Test
    void aCardMovesOnTheBoardAndTheCustomerSignsOnTheScreenAtDelivery() throws Exception {
        Workshop shop = new Workshop(api);
        String dispatched = shop.receivedWithLines();
        shop.act(dispatched, "estimate", "");
        shop.act(
                dispatched,
                "approve",
                "\"approvedLineIds\":[\"" + String.join("\",\"", shop.lineIds(dispatched))
                        + "\"],\"approvedBy\":\"张伟\"");
        shop.act(dispatched, "dispatch", "\"leadTechnicianId\":\"" + shop.technician.id() + "\"");
        String settled = shop.receivedWithLines();
        shop.approveDispatchAndStart(settled);
        shop.act(
                shop.technician.token(),
                settled,
                "log",
                "\"text\":\"更换\",\"lineId\":\"" + shop.lineIds(settled).get(0) + "\",\"rootCause\":\"磨损\"");
        shop.act(shop.technician.token(), settled, "submit-for-qc", "");
        shop.act(shop.inspector.token(), settled, "pass-qc", "");
        shop.act(shop.inspector.token(), settled, "complete", "\"finalTest\":\"正常\"");
        shop.act(settled, "settle", "");
        Files.createDirectories(SCREENSHOTS);

        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#username", shop.tenant.adminUsername());
            page.fill("#password", Api.PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(address -> !address.contains("/login"));

            page.navigate(url("/work-orders/board"));
            String card = ".board-card[data-id='" + dispatched + "']";
            page.dragAndDrop(card, ".board-column[data-status='IN_PROGRESS']");
            page.waitForSelector(".board-column[data-status='IN_PROGRESS'] " + card);
            assertThat(shop.status(dispatched)).isEqualTo("IN_PROGRESS");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.png")));

            page.navigate(url("/work-orders/" + settled));
            var pad = page.locator("[data-signature-pad]").boundingBox();
            page.mouse().move(pad.x + 20, pad.y + 100);
            page.mouse().down();
            page.mouse().move(pad.x + 150, pad.y + 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
            page.mouse().move(pad.x + 260, pad.y + 110, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
            page.mouse().up();
            page.click("form[data-signature-form] button[type=submit]");
            page.waitForSelector("img.signature-image");
            assertThat(page.textContent("body")).contains("已交车");
            assertThat(shop.status(settled)).isEqualTo("DELIVERED");
            byte[] png = page.request()
                    .get(url("/work-orders/" + settled + "/signature.png"))
                    .body();
            assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(png.length).isGreaterThan(500);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("delivered.png")));

            // A phone photo of a few MB goes through the real server's multipart limits.
            byte[] photo = new byte[3 * 1024 * 1024];
            photo[0] = (byte) 0xFF; // a JPEG by its first bytes: photos are checked by content
            photo[1] = (byte) 0xD8;
            photo[2] = (byte) 0xFF;
            var upload = page.request()
                    .post(
                            url("/api/v1/work-orders/" + settled + "/photos"),
                            com.microsoft.playwright.options.RequestOptions.create()
                                    .setHeader("Authorization", "Bearer " + shop.admin())
                                    .setMultipart(com.microsoft.playwright.options.FormData.create()
                                            .set("stage", "WORK")
                                            .set(
                                                    "file",
                                                    new com.microsoft.playwright.options.FilePayload(
                                                            "after.jpg", "image/jpeg", photo))));
            assertThat(upload.status()).isEqualTo(201);
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

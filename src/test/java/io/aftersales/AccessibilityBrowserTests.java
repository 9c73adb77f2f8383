package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.Chromium;
import io.aftersales.support.CleanDatabaseOnce;
import io.aftersales.support.Workshop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every page of the menu, as an admin, on a phone in Simplified Chinese and English and on a 1366 px desktop in zh-CN,
 * and the pages an advisor's or a technician's menu adds, with their home page, on a phone and a desktop in zh-CN;
 * checked with axe-core in Chromium: no serious or critical accessibility finding, no console error, no element cut off
 * at the right edge outside a scroll container. axe-core comes from npm
 * ({@code npm ci --prefix src/test/axe}, done by {@code .ci/run}).
 */
@Tag("browser")
@Tag("a11y")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({CleanDatabaseOnce.class, Api.class})
class AccessibilityBrowserTests {

    private static final Path AXE = Paths.get("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");
    /**
     * The languages a phone is checked in: Simplified Chinese and English, whose words run longest. Traditional Chinese
     * is the same text character for character, so it lays out as Simplified does (MessageBundleTests keep its keys).
     */
    private static final List<String> LOCALES = List.of("zh_CN", "en");

    /** Serious and critical axe findings, and elements past the right edge that nothing lets you scroll to. */
    private static final String CHECK = """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              const findings = result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => v.id + ' ' + n.target.join(' ') + ': '
                    + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)));
              const width = document.documentElement.clientWidth;
              for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.right <= width + 1) continue;
                let scroller = el.parentElement;
                while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) {
                  scroller = scroller.parentElement;
                }
                if (!scroller) findings.push('cut-off ' + el.tagName.toLowerCase() + '.' + el.className
                    + ' ends at ' + Math.round(box.right) + ' of ' + width + ' px');
              }
              return findings;
            }""";

    private static Chromium chromium;
    private static String axe;

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch();
        if (!Files.isReadable(AXE)) {
            Assumptions.assumeTrue(Chromium.required(), "no axe-core: npm ci --prefix src/test/axe");
            throw new IllegalStateException("axe-core missing at " + AXE + ": run npm ci --prefix src/test/axe");
        }
        axe = Files.readString(AXE);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyMenuPageIsReadableForEveryRoleInEveryLanguageOnDesktopAndPhone() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        // The customer is the advisor's own: their book and the advisors page have a row.
        api.put(
                shop.admin(),
                "/api/v1/customers/{id}/advisor",
                "{\"advisorId\":\"" + advisor.id() + "\"}",
                shop.customerId);
        // Something in the lists: a job in every early state, one delivered, one on the technician's list.
        String received = shop.receivedWithLines();
        shop.act(shop.receivedWithLines(), "estimate", "");
        String started = shop.receivedWithLines();
        shop.approveDispatchAndStart(started);
        String delivered = shop.deliveredRepair();
        String segment = Api.read(
                api.post(shop.admin(), "/api/v1/segments", "{\"name\":\"大众车主\",\"rule\":{\"brand\":\"大众\"}}"), "$.id");
        String campaign = Api.read(api.post(shop.admin(), "/api/v1/campaigns", """
                        {"name":"保养季","segmentId":"%s","channel":"SMS","subject":"保养","body":"{name}您好"}
                        """.formatted(segment)), "$.id");

        // A delivered warranty job with its claim, and an audit with a failed item.
        String warrantyJob = Api.read(shop.receive("REPAIR"), "$.id");
        shop.addLine(warrantyJob, "LABOR", "更换水泵", "2", "300", "WARRANTY");
        shop.addLine(warrantyJob, "PART", "水泵", "1", "420", "WARRANTY");
        shop.approveDispatchAndStart(warrantyJob);
        shop.finishAndDeliver(warrantyJob);
        String claim = Api.read(
                api.post(shop.admin(), "/api/v1/warranty-claims", """
                        {"workOrderId":"%s","labourCodes":[{"lineId":"%s","code":"WP-01"}]}
                        """.formatted(
                                warrantyJob, shop.lineIds(warrantyJob).get(0))),
                "$.id");
        String checklist = Api.read(api.post(shop.admin(), "/api/v1/audit-checklists", """
                        {"name":"车间 5S","area":"FIVE_S","active":true,"items":[{"text":"工具归位","weight":1},
                         {"text":"消防通道畅通","weight":4}]}"""), "$.id");
        String audit = Api.read(
                api.post(shop.admin(), "/api/v1/store-audits", """
                        {"storeId":"%s","checklistId":"%s","results":[{"passed":true},
                         {"passed":false,"note":"通道堆放轮胎"}]}""".formatted(shop.tenant.storeId(), checklist)),
                "$.id");

        // An insurance job waiting for its assessment.
        String insured = shop.receivedWithLines();
        shop.act(insured, "insurance", "\"insurer\":\"平安产险\",\"claimNumber\":\"RP-1\",\"excess\":500");

        Map<String, List<String>> extraPages = new LinkedHashMap<>();
        extraPages.put(
                shop.tenant.adminUsername(),
                List.of(
                        "/work-orders/" + received,
                        "/work-orders/" + delivered,
                        "/customers/" + shop.customerId,
                        "/customers/advisors",
                        "/advisor-book?advisorId=" + advisor.id(),
                        "/segments/new",
                        "/segments/" + segment,
                        "/segments/" + segment + "/edit",
                        "/campaigns/new",
                        "/campaigns/" + campaign,
                        "/warranty-claims/" + claim,
                        "/warranty-claims/new?workOrderId=" + shop.deliveredRepair(),
                        "/store-audits/" + audit,
                        "/store-audits/new?checklistId=" + checklist,
                        "/audit-checklists",
                        "/audit-checklists/" + checklist + "/edit",
                        "/work-orders/" + insured));
        extraPages.put(
                advisor.username(),
                List.of("/work-orders/" + started, "/customers/new", "/assets/" + shop.assetId, "/search?q=张伟"));
        extraPages.put(shop.technician.username(), List.of("/work-orders/" + started));

        List<String> findings = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        int pages = 0;
        for (var user : extraPages.entrySet()) {
            boolean admin = user.getKey().equals(shop.tenant.adminUsername());
            for (boolean phone : List.of(false, true)) {
                // Reduced motion: colours are judged as they settle, not half-way through a button's hover fade
                // (a phone keeps :hover on the last element tapped, and axe once caught one mid-transition).
                var options = new Browser.NewContextOptions()
                        .setLocale("zh-CN")
                        .setBypassCSP(true)
                        .setReducedMotion(ReducedMotion.REDUCE);
                if (phone) {
                    options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
                } else {
                    options.setViewportSize(1366, 768);
                }
                try (BrowserContext context = chromium.browser.newContext(options)) {
                    Page page = context.newPage();
                    List<String> consoleErrors = new ArrayList<>();
                    page.onConsoleMessage(message -> {
                        if (message.type().equals("error")) {
                            consoleErrors.add(page.url() + ": " + message.text());
                        }
                    });
                    Chromium.signIn(page, url(""), user.getKey());
                    LinkedHashSet<String> addresses = new LinkedHashSet<>(List.of("/"));
                    @SuppressWarnings("unchecked")
                    List<String> menu = (List<String>) page.evalOnSelectorAll(
                            "#main-nav ul.me-auto a[href]:not([href='#'])",
                            "links => links.map(a => a.getAttribute('href'))");
                    // The admin's menu holds every page; another role's adds only the pages it does not.
                    menu.stream()
                            .filter(address -> admin || !checked.contains(address))
                            .forEach(addresses::add);
                    addresses.addAll(user.getValue());
                    if (admin) {
                        checked.addAll(addresses);
                    }
                    // The admin's pages in both languages on a phone, where longer words break layouts first.
                    for (String locale : phone && admin ? LOCALES : List.of("zh-CN")) {
                        for (String address : addresses) {
                            page.navigate(url(address + (address.contains("?") ? "&" : "?") + "lang=" + locale));
                            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                            @SuppressWarnings("unchecked")
                            List<String> found = (List<String>) page.evaluate(CHECK);
                            String where = (phone ? "phone " : "desktop ") + locale + " " + address + " as "
                                    + user.getKey() + ": ";
                            found.forEach(finding -> findings.add(where + finding));
                            pages++;
                        }
                    }
                    findings.addAll(consoleErrors);
                }
            }
        }
        assertThat(pages).as("pages checked").isGreaterThan(150);
        assertThat(findings).as("accessibility and layout findings").isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

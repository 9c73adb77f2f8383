package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class WebUiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    @Autowired
    UserDetailsService accounts;

    private UserDetails signedIn(String username) {
        return accounts.loadUserByUsername(username);
    }

    @Test
    void theLoginPageSpeaksSimplifiedChineseByDefault() {
        MvcTestResult page = mvc.get()
                .uri("/login")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US")
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("<html lang=\"zh-CN\"", "<title>登录</title>", "用户名", "密码");
    }

    @Test
    void theLanguageChoiceIsRememberedInACookie() {
        MvcTestResult switched = mvc.get().uri("/login?lang=zh_TW").exchange();
        Cookie cookie = switched.getResponse().getCookie("AFTERSALES_LANG");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isGreaterThan(86_400);
        MvcTestResult later = mvc.get().uri("/login").cookie(cookie).exchange();
        assertThat(later).bodyText().contains("登入", "使用者名稱");
        MvcTestResult english = mvc.get()
                .uri("/login")
                .cookie(new Cookie("AFTERSALES_LANG", "en"))
                .exchange();
        assertThat(english).bodyText().contains("Sign in", "Username");
    }

    @Test
    void aTechnicianLandsOnTheirJobsAndTheMenuMarksOnePageOnly() {
        Api.Tenant tenant = api.newTenant();
        Api.User technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        Api.User advisor = api.newUser(tenant, List.of(tenant.storeId()), Role.SERVICE_ADVISOR);

        MvcTestResult techHome =
                mvc.get().uri("/").with(user(signedIn(technician.username()))).exchange();
        assertThat(techHome).hasStatus(HttpStatus.FOUND);
        assertThat(techHome).redirectedUrl().isEqualTo("/work-orders/mine");

        MvcTestResult advisorHome =
                mvc.get().uri("/").with(user(signedIn(advisor.username()))).exchange();
        assertThat(advisorHome).hasStatusOk();

        // The board's address starts with the work orders' one; only the board is the current page.
        MvcTestResult board = mvc.get()
                .uri("/work-orders/board")
                .with(user(signedIn(advisor.username())))
                .exchange();
        String html = Api.body(board);
        assertThat(html.split("aria-current=\"page\"", -1)).hasSize(2);
        assertThat(html).containsPattern("href=\"/work-orders/board\"[^>]*aria-current=\"page\"");
        // Parts pages sit in one drop-down of the bar.
        assertThat(html)
                .contains("配件与工具")
                .containsPattern(
                        "class=\"dropdown-item[^\"]*\" href=\"/stock\"|href=\"/stock\"[^>]*class=\"dropdown-item");
    }

    @Test
    void theHomePageCountsTheWorkshopAndLinksEachFigureToWhatItCounts() {
        Workshop shop = new Workshop(api);
        shop.receivedWithLines();
        shop.act(shop.receivedWithLines(), "estimate", "");

        MvcTestResult home = mvc.get()
                .uri("/")
                .with(user(signedIn(shop.tenant.adminUsername())))
                .exchange();
        assertThat(home).hasStatusOk();
        String html = Api.body(home);
        assertThat(html).contains("今日概况", "在厂车辆", "待客户确认报价", "本月产值", "低于再订货点的配件", "今日待回访");
        // Two in the workshop (the board), one waiting for approval (the list of estimated work orders).
        assertThat(html)
                .containsPattern("href=\"/work-orders/board\"[^>]*>\\s*<div class=\"card-body[^\"]*\">\\s*"
                        + "<div class=\"[^\"]*\">2</div>\\s*<div class=\"[^\"]*\">在厂车辆")
                .containsPattern("href=\"/work-orders\\?status=ESTIMATED\"[^>]*>\\s*<div class=\"card-body[^\"]*\">"
                        + "\\s*<div class=\"[^\"]*\">1</div>");
        // The chart of the last twelve months, against the year before, with its page behind it.
        assertThat(html)
                .contains("近 12 个月产值", "data-chart=", "echarts.common.min.js")
                .containsPattern("data-chart=\"\\{&quot;labels&quot;:\\[(&quot;\\d{4}-\\d{2}&quot;,?){12}\\]");

        // A technician-only user is not shown the figures (they land on their jobs); a parts clerk sees stock only.
        Api.User clerk = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.PARTS_CLERK);
        String clerkHome = Api.body(
                mvc.get().uri("/").with(user(signedIn(clerk.username()))).exchange());
        assertThat(clerkHome).contains("低于再订货点的配件").doesNotContain("本月产值", "今日待回访", "data-chart");
    }

    /** 经营看板 on the home page: the store's day for those who run it, "my figures" for an advisor. */
    @Test
    void theHomePageShowsEachRoleItsOwnFigures() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        String mine = shop.receiveBy(advisor.token(), shop.assetId, "REPAIR", null);
        shop.addLine(mine, "LABOR", "检修", "1", "300", "CUSTOMER");
        shop.deliverLedBy(mine, shop.technician);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.body(mvc.get()
                                .uri("/")
                                .with(user(signedIn(shop.tenant.adminUsername())))
                                .exchange()))
                        .containsPattern("<div class=\"[^\"]*\">1</div>\\s*<div class=\"[^\"]*\">今日交车"));

        String manager = Api.body(mvc.get()
                .uri("/")
                .with(user(signedIn(shop.tenant.adminUsername())))
                .exchange());
        assertThat(manager).contains("今日进厂", "今日产值", "各门店本月业绩（由高到低）", "/reports/kpis?from=");
        String own = Api.body(
                mvc.get().uri("/").with(user(signedIn(advisor.username()))).exchange());
        assertThat(own)
                .contains("我的本月交车", "我的本月产值", "我的本月业绩（按日）")
                .containsPattern("<div class=\"[^\"]*\">¥300</div>\\s*<div class=\"[^\"]*\">我的本月产值")
                .doesNotContain("今日产值", "各门店本月业绩");
    }

    @Test
    void visitorsWhoAreNotSignedInAreSentToTheLoginPage() {
        MvcTestResult result =
                mvc.get().uri("/admin/users").accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result).redirectedUrl().endsWith("/login");
    }

    @Test
    void htmxRequestsWithoutASessionAreToldToReload() {
        MvcTestResult result =
                mvc.get().uri("/admin/users").header("HX-Request", "true").exchange();
        assertThat(result).headers().containsHeader("HX-Refresh");
    }

    @Test
    void theLoginFormSignsInWithTheRightPasswordOnly() {
        assertThat(mvc.perform(formLogin("/login").user(Api.PLATFORM_ADMIN).password(Api.PLATFORM_ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/");
        assertThat(mvc.perform(formLogin("/login").user(Api.PLATFORM_ADMIN).password("wrong-password")))
                .redirectedUrl()
                .isEqualTo("/login?error");
    }

    @Test
    void theHomePageShowsNavigationByRole() {
        Api.Tenant tenant = api.newTenant();
        Api.User technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);

        MvcTestResult adminHome =
                mvc.get().uri("/").with(user(signedIn(tenant.adminUsername()))).exchange();
        assertThat(adminHome).hasStatusOk();
        assertThat(adminHome).bodyText().contains("欢迎", "/admin/users", "/admin/stores", "/admin/audit");
        assertThat(adminHome).bodyText().doesNotContain("/admin/organizations");

        MvcTestResult technicianPage = mvc.get()
                .uri("/work-orders/mine")
                .with(user(signedIn(technician.username())))
                .exchange();
        assertThat(technicianPage).hasStatusOk();
        assertThat(technicianPage).bodyText().contains("我的作业").doesNotContain("/admin/users");

        MvcTestResult platformHome =
                mvc.get().uri("/").with(user(signedIn(Api.PLATFORM_ADMIN))).exchange();
        assertThat(platformHome).bodyText().contains("/admin/organizations");
    }

    @Test
    void errorPagesKeepTheLookAndShowNoStackTrace() {
        Api.Tenant tenant = api.newTenant();
        Api.User technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);

        MvcTestResult missing = mvc.get()
                .uri("/no-such-page")
                .with(user(signedIn(technician.username())))
                .exchange();
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult forbidden = mvc.get()
                .uri("/admin/users")
                .with(user(signedIn(technician.username())))
                .exchange();
        assertThat(forbidden).hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult foreignStore = mvc.get()
                .uri("/admin/stores/{id}", UUID.randomUUID())
                .with(user(signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(foreignStore).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theErrorPageExplainsTheStatusInTheUsersLanguageWithoutInternals() {
        UserDetails admin = signedIn(Api.PLATFORM_ADMIN);
        for (int status : new int[] {403, 404, 500}) {
            MvcTestResult page = mvc.get()
                    .uri("/error")
                    .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                    .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals"))
                    .accept(MediaType.TEXT_HTML)
                    .with(user(admin))
                    .exchange();
            assertThat(page).hasStatus(status);
            assertThat(page)
                    .bodyText()
                    .contains("navbar", "返回首页", String.valueOf(status))
                    .doesNotContain("secret internals", "IllegalStateException", "at io.");
        }
        assertThat(mvc.get()
                        .uri("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .accept(MediaType.TEXT_HTML)
                        .with(user(admin))
                        .exchange())
                .bodyText()
                .contains("无权访问");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        MvcTestResult page = mvc.get().uri("/login").exchange();
        String csp = page.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'");
        assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                .doesNotContain("unsafe-inline");
        assertThat(page).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(page).headers().hasValue("X-Frame-Options", "DENY");
        assertThat(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(page).bodyText().doesNotContain("<script>", "onclick=", "onchange=");
    }

    @Test
    void anHtmxSearchAnswersWithTheResultsFragmentOnly() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult full = mvc.get()
                .uri("/admin/stores?q=一号")
                .with(user(signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(full).bodyText().contains("<html", "id=\"results\"", "一号店");

        MvcTestResult fragment = mvc.get()
                .uri("/admin/stores?q=一号")
                .header("HX-Request", "true")
                .with(user(signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(fragment).bodyText().contains("id=\"results\"", "一号店").doesNotContain("<html", "<nav");

        MvcTestResult none = mvc.get()
                .uri("/admin/stores?q=zzzz-nothing")
                .header("HX-Request", "true")
                .with(user(signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(none).bodyText().contains("暂无记录");
    }

    @Test
    void theStoreFormShowsFieldErrorsAndThenSaves() {
        Api.Tenant tenant = api.newTenant();
        UserDetails admin = signedIn(tenant.adminUsername());
        MvcTestResult invalid = mvc.post()
                .uri("/admin/stores/new")
                .param("code", "!")
                .param("name", "")
                .param("timeZone", "Asia/Shanghai")
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(invalid).hasStatusOk();
        assertThat(invalid).bodyText().contains("is-invalid");

        MvcTestResult badZone = mvc.post()
                .uri("/admin/stores/new")
                .param("code", "GZ01")
                .param("name", "广州店")
                .param("timeZone", "Nowhere/City")
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(badZone).bodyText().contains("未知时区");

        MvcTestResult saved = mvc.post()
                .uri("/admin/stores/new")
                .param("code", "GZ01")
                .param("name", "广州店")
                .param("timeZone", "Asia/Shanghai")
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/stores");
        assertThat(mvc.get().uri("/admin/stores").with(user(admin)).exchange())
                .bodyText()
                .contains("广州店");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        Api.Tenant tenant = api.newTenant();
        MvcTestResult result = mvc.post()
                .uri("/admin/stores/new")
                .param("code", "XX01")
                .param("name", "x")
                .with(user(signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theUserFormCreatesAUserWithRolesAndStores() {
        Api.Tenant tenant = api.newTenant();
        String username = Api.unique("web");
        MvcTestResult saved = mvc.post()
                .uri("/admin/users/new")
                .param("username", username)
                .param("password", Api.PASSWORD)
                .param("displayName", "网页用户")
                .param("roles", "SERVICE_ADVISOR")
                .param("storeIds", tenant.storeId().toString())
                .with(user(signedIn(tenant.adminUsername())))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(api.requestToken(username, Api.PASSWORD)).hasStatusOk();

        MvcTestResult weak = mvc.post()
                .uri("/admin/users/new")
                .param("username", Api.unique("web"))
                .param("password", "12345678")
                .param("displayName", "x")
                .param("roles", "SERVICE_ADVISOR")
                .param("storeIds", tenant.storeId().toString())
                .with(user(signedIn(tenant.adminUsername())))
                .with(csrf())
                .exchange();
        assertThat(weak).hasStatusOk();
        assertThat(weak).bodyText().contains("该密码过于常见");
    }

    @Test
    void actuatorShowsHealthToAllAndMetricsToAdminsOnly() {
        assertThat(mvc.get().uri("/actuator/health").exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        String token = api.platformAdminToken();
        assertThat(api.get(token, "/actuator/prometheus")).hasStatusOk();
        assertThat(api.get(token, "/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(token, "/actuator/beans")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(api.newTenant().adminToken(), "/actuator/prometheus"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyAdminListExportsToXlsx() throws Exception {
        Api.Tenant tenant = api.newTenant();
        Api.User technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        UserDetails admin = signedIn(tenant.adminUsername());
        String[][] exports = {
            {"/admin/users/export", "用户名", technician.username()},
            {"/admin/users/export", "角色", "维修技师"},
            {"/admin/users/export", "门店", "S01"},
            {"/admin/stores/export", "名称", "一号店"},
            {"/admin/audit/export?entityType=User", "记录 ID", technician.id().toString()},
            {"/admin/users/export?lang=en", "Roles", "Technician"}
        };
        for (String[] export : exports) {
            MvcTestResult file = mvc.get().uri(export[0]).with(user(admin)).exchange();
            assertThat(file).hasStatusOk();
            assertThat(file.getResponse().getContentType()).isEqualTo(Spreadsheets.XLSX);
            List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                    "x.xlsx", new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
            assertThat(rows).extracting(row -> row.get(export[1])).as(export[0]).contains(export[2]);
        }
        assertThat(mvc.get()
                        .uri("/admin/users/export")
                        .with(user(signedIn(technician.username())))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    /** Paging a filtered list keeps its filters: the audit trail of one kind of record, page after page. */
    @Test
    void anotherPageOfAFilteredListKeepsItsFilters() {
        Api.Tenant tenant = api.newTenant();
        for (int i = 0; i < 51; i++) {
            assertThat(api.post(tenant.adminToken(), "/api/v1/customers", """
                    {"type":"PERSON","name":"翻页%d","phones":["13%09d"]}
                    """.formatted(
                                    i, (int) (Math.random() * 999_999_999))))
                    .hasStatus(201);
        }
        MvcTestResult first = mvc.get()
                .uri("/admin/audit?entityType=Customer")
                .with(user(signedIn(tenant.adminUsername())))
                .exchange();
        assertThat(first).hasStatusOk().bodyText().contains("href=\"/admin/audit?entityType=Customer&amp;page=1\"");
    }

    /** The pages' exports stream from a read-only transaction while the web session is saved (PostgreSQL refused). */
    @Test
    void everyBusinessListExportsToXlsxFromTheWebPage() throws Exception {
        Api.Tenant tenant = api.newTenant();
        api.post(tenant.adminToken(), "/api/v1/customers", """
                {"type":"PERSON","name":"导出测试","phones":["13%09d"]}
                """.formatted((int) (Math.random() * 999_999_999)));
        UserDetails admin = signedIn(tenant.adminUsername());
        String[][] exports = {
            {"/customers/export", "客户名称", "导出测试"},
            {"/work-orders/export", null, null},
            {"/stock/export", null, null},
            {"/complaints/export", null, null}
        };
        for (String[] export : exports) {
            MvcTestResult file = mvc.get().uri(export[0]).with(user(admin)).exchange();
            assertThat(file).as(export[0]).hasStatusOk();
            assertThat(file.getResponse().getContentType()).isEqualTo(Spreadsheets.XLSX);
            List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                    "x.xlsx", new ByteArrayInputStream(file.getResponse().getContentAsByteArray()));
            if (export[1] != null) {
                assertThat(rows)
                        .extracting(row -> row.get(export[1]))
                        .as(export[0])
                        .contains(export[2]);
            }
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyText().contains("/api/v1/stores", "/api/v1/users", "/api/v1/auth/token");
        assertThat(docs).bodyJson().extractingPath("$.info.title").isEqualTo("AfterSales API");
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.info.description")
                .asString()
                .contains("problem+json");
        // Operations are grouped by what they are about, each group described.
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/work-orders'].post.tags[0]")
                .isEqualTo("Work orders");
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.tags[?(@.name == 'Customers')].description")
                .asArray()
                .singleElement()
                .asString()
                .contains("客户档案");
        // Clients learn how to sign in and how to send files from it.
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.components.securitySchemes.bearer.scheme")
                .isEqualTo("bearer");
        assertThat(docs).bodyJson().extractingPath("$.security[0].bearer").isNotNull();
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/auth/token'].post.security")
                .asArray()
                .isEmpty();
        for (String upload :
                List.of("/api/v1/work-orders/{id}/photos", "/api/v1/parts/import", "/api/v1/customers/import")) {
            assertThat(docs)
                    .bodyJson()
                    .extractingPath("$.paths['" + upload + "'].post.requestBody.content")
                    .asMap()
                    .as(upload)
                    .containsOnlyKeys("multipart/form-data");
        }
    }
}

package io.aftersales.reporting;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.complete;
import static io.aftersales.feedback.FeedbackApiIntegrationTests.followUpOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import io.aftersales.workorder.WorkOrderHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The management figures against the work orders they count: delivered through the API by two advisors and two
 * lead technicians, then each KPI row compared with what the work orders themselves say, and each drill-down with
 * the work orders it must list.
 */
@IntegrationTest
class ReportingIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    WorkOrderHistory history;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    JdbcTemplate jdbc;

    /** Two advisors, two lead technicians, one job still open and a comeback of the first job. */
    private record Lane(
            Workshop shop,
            Api.User advisor,
            Api.User lead,
            String first,
            String second,
            String open,
            String comeback) {}

    private Lane lane() {
        Workshop shop = new Workshop(api);
        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        Api.User lead = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.TECHNICIAN);
        String first = shop.receiveBy(shop.admin(), shop.assetId, "REPAIR", null);
        shop.addLine(first, "LABOR", "更换正时皮带", "1.5", "300", "CUSTOMER");
        shop.addLine(first, "PART", "正时皮带", "1", "420", "CUSTOMER");
        shop.deliverLedBy(first, shop.technician);

        String second =
                shop.receiveBy(advisor.token(), shop.newVehicle(LocalDate.now().plusYears(2)), "REPAIR", null);
        shop.addLine(second, "LABOR", "检查变速箱", "2", "280", "WARRANTY");
        shop.addLine(second, "PART", "变速箱油", "4", "95.5", "WARRANTY");
        shop.addLine(second, "LABOR", "洗车", "0.5", "100", "INTERNAL");
        shop.addLine(second, "LABOR", "免费检测", "0.3", "200", "GOODWILL");
        shop.addLine(second, "SUBLET", "外协喷漆", "1", "650", "CUSTOMER");
        // Part of it an accident repair: the insurer pays 1280 net (1446.40 with tax) less the customer's excess.
        assertThat(shop.act(second, "insurance", "\"insurer\":\"平安产险\",\"claimNumber\":\"RP-7\",\"excess\":300"))
                .hasStatusOk();
        shop.addLine(second, "PART", "后保险杠", "1", "1280", "INSURANCE");
        assertThat(shop.act(second, "insurance/assessment", "\"assessor\":\"王工\",\"amount\":1446.40"))
                .hasStatusOk();
        shop.deliverLedBy(second, lead);

        String open =
                shop.receiveBy(advisor.token(), shop.newVehicle(LocalDate.now().plusYears(2)), "MAINTENANCE", null);
        String comeback = shop.receiveBy(advisor.token(), shop.assetId, "REPAIR", first);
        Lane lane = new Lane(shop, advisor, lead, first, second, open, comeback);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            MvcTestResult all = kpis(shop.admin(), "STORE");
            assertThat(Api.<Integer>read(all, "$.total.received")).isEqualTo(4);
            assertThat(Api.<Integer>read(all, "$.total.delivered")).isEqualTo(2);
        });
        return lane;
    }

    @Test
    void eachAdvisorsAndEachTechniciansFiguresEqualWhatTheirWorkOrdersSay() {
        Lane lane = lane();
        Workshop shop = lane.shop();

        MvcTestResult byAdvisor = kpis(shop.admin(), "ADVISOR");
        Map<String, Object> admin = row(byAdvisor, shop.tenant.adminId().toString());
        assertFigures(admin, shop, List.of(lane.first()));
        assertThat(admin).containsEntry("received", 1).containsEntry("comebacks", 1);
        Map<String, Object> advisor = row(byAdvisor, lane.advisor().id().toString());
        assertFigures(advisor, shop, List.of(lane.second()));
        assertThat(advisor).containsEntry("received", 3).containsEntry("comebacks", 0);

        MvcTestResult byTechnician = kpis(shop.admin(), "TECHNICIAN");
        Map<String, Object> technician = row(byTechnician, shop.technician.id().toString());
        assertFigures(technician, shop, List.of(lane.first()));
        // The comeback was received by the other advisor and is not yet dispatched: it counts against the original
        // job's lead technician (and advisor, above).
        assertThat(technician).containsEntry("comebacks", 1).containsEntry("comebackRatePercent", 100.0);
        assertFigures(row(byTechnician, lane.lead().id().toString()), shop, List.of(lane.second()));
        assertThat(row(byTechnician, "")).containsEntry("received", 2).containsEntry("delivered", 0);

        MvcTestResult all = kpis(shop.admin(), "STORE");
        assertFigures(Api.<Map<String, Object>>read(all, "$.total"), shop, List.of(lane.first(), lane.second()));
        // Output value = the paid amounts = labour + parts + other; goodwill apart.
        Map<String, Object> total = Api.read(all, "$.total");
        assertThat(number(total, "outputValue"))
                .isEqualByComparingTo(
                        number(total, "labour").add(number(total, "parts")).add(number(total, "other")))
                .isEqualByComparingTo("3792.00");
        assertThat(number(total, "goodwill")).isEqualByComparingTo("60.00");
    }

    /**
     * 一次修复率, 回访率, 满意度, NPS, 投诉: the follow-ups and complaints of each delivered job are charged to its lead
     * technician and advisor, whichever event comes first.
     */
    @Test
    void followUpsScoresComplaintsAndFirstTimeFixesCountAgainstTheJobsTheyAreAbout() {
        Lane lane = lane();
        Workshop shop = lane.shop();
        assertThat(complete(shop, followUpOf(shop, lane.first()), "\"reached\":true,\"score\":5,\"nps\":10"))
                .hasStatusOk();
        assertThat(complete(shop, followUpOf(shop, lane.second()), "\"reached\":true,\"score\":3,\"nps\":7"))
                .hasStatusOk();
        assertThat(api.post(shop.admin(), "/api/v1/complaints", """
                        {"workOrderId":"%s","source":"PHONE","severity":"LOW","description":"变速箱仍有异响"}
                        """.formatted(lane.second())))
                .hasStatus(201);

        // A middling score and a passive answer open no complaint of their own: the figure counts the list.
        int complaints =
                Api.read(api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", lane.second()), "$.total");
        assertThat(complaints).isOne();
        assertThat(Api.<Integer>read(
                        api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", lane.first()), "$.total"))
                .isZero();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> total = Api.read(kpis(shop.admin(), "STORE"), "$.total");
            assertThat(total).containsEntry("scored", 2).containsEntry("complaints", complaints);
        });
        MvcTestResult byTechnician = kpis(shop.admin(), "TECHNICIAN");
        // The first job came back: not fixed the first time; its customer was pleased and would recommend us.
        assertThat(row(byTechnician, shop.technician.id().toString()))
                .containsEntry("firstTimeFixed", 0)
                .containsEntry("firstTimeFixPercent", 0.0)
                .containsEntry("followedUp", 1)
                .containsEntry("followUpPercent", 100.0)
                .containsEntry("satisfied", 1)
                .containsEntry("csatPercent", 100.0)
                .containsEntry("promoters", 1)
                .containsEntry("nps", 100.0)
                .containsEntry("complaints", 0)
                .containsEntry("complaintsPer100", 0.0);
        assertThat(row(byTechnician, lane.lead().id().toString()))
                .containsEntry("firstTimeFixed", 1)
                .containsEntry("firstTimeFixPercent", 100.0)
                .containsEntry("satisfied", 0)
                .containsEntry("csatPercent", 0.0)
                .containsEntry("npsAnswers", 1)
                .containsEntry("promoters", 0)
                .containsEntry("detractors", 0)
                .containsEntry("nps", 0.0)
                .containsEntry("complaints", complaints)
                .containsEntry("complaintsPer100", 100.0);
        assertThat(row(kpis(shop.admin(), "ADVISOR"), lane.advisor().id().toString()))
                .containsEntry("complaints", complaints)
                .containsEntry("csatPercent", 0.0);
        Map<String, Object> total = Api.read(kpis(shop.admin(), "STORE"), "$.total");
        assertThat(total)
                .containsEntry("firstTimeFixPercent", 50.0)
                .containsEntry("followUpPercent", 100.0)
                .containsEntry("csatPercent", 50.0)
                .containsEntry("nps", 50.0)
                .containsEntry("complaintsPer100", 50.0);
        // Year over year takes the new figures too.
        assertThat(api.get(shop.admin(), "/api/v1/reports/compare?groupBy=STORE&metric=CSAT_PERCENT"))
                .hasStatusOk();
        assertThat(decimal(
                        api.get(shop.admin(), "/api/v1/reports/compare?groupBy=STORE&metric=CSAT_PERCENT"),
                        "$.total.current"))
                .isEqualByComparingTo("50");
    }

    /** After an upgrade the projection has no rows for the jobs before it: an admin has them counted again. */
    @Test
    void theFiguresAreBuiltAgainFromTheWorkOrdersAndTheFeedbackThemselves() {
        Lane lane = lane();
        Workshop shop = lane.shop();
        assertThat(complete(shop, followUpOf(shop, lane.first()), "\"reached\":true,\"score\":5,\"nps\":10"))
                .hasStatusOk();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(kpis(shop.admin(), "STORE"), "$.total.scored"))
                        .isEqualTo(1));
        List<Map<String, Object>> before = Api.read(kpis(shop.admin(), "TECHNICIAN"), "$.rows");
        for (String table : List.of(
                "report_store_day", "report_day", "report_work_order", "report_follow_up", "report_complaint")) {
            jdbc.update("DELETE FROM " + table + " WHERE organization_id = ?", shop.tenant.id());
        }
        assertThat(Api.<List<?>>read(kpis(shop.admin(), "TECHNICIAN"), "$.rows"))
                .isEmpty();
        Api.User manager = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.STORE_MANAGER);
        assertThat(api.post(manager.token(), "/api/v1/reports/rebuild", "")).hasStatus(403);

        MvcTestResult rebuilt = api.post(shop.admin(), "/api/v1/reports/rebuild", "");

        assertThat(rebuilt).hasStatusOk();
        assertThat(Api.<Integer>read(rebuilt, "$.workOrders")).isEqualTo(4);
        assertThat(Api.<List<Map<String, Object>>>read(kpis(shop.admin(), "TECHNICIAN"), "$.rows"))
                .containsExactlyInAnyOrderElementsOf(before);
        // Once more changes nothing.
        assertThat(api.post(shop.admin(), "/api/v1/reports/rebuild", "")).hasStatusOk();
        assertThat(Api.<List<Map<String, Object>>>read(kpis(shop.admin(), "TECHNICIAN"), "$.rows"))
                .containsExactlyInAnyOrderElementsOf(before);
    }

    /** Eight writers at one store at once: the store's daily sums end equal to the rows they sum, nothing lost. */
    @Test
    void eightWritersAtOneStoreLeaveTheSumsEqualToTheRows() throws Exception {
        Workshop shop = new Workshop(api);
        List<String> assets = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            assets.add(shop.newVehicle(LocalDate.now().plusYears(2)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> jobs = new ArrayList<>();
            for (String asset : assets) {
                jobs.add(pool.submit(() -> {
                    String id = shop.receiveBy(shop.admin(), asset, "REPAIR", null);
                    shop.addLine(id, "LABOR", "检修", "1", "300", "CUSTOMER");
                    shop.deliverLedBy(id, shop.technician);
                    return id;
                }));
            }
            for (var job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> total = Api.read(kpis(shop.admin(), "TECHNICIAN"), "$.total");
            assertThat(total).containsEntry("received", 16).containsEntry("delivered", 16);
            assertThat(number(total, "outputValue")).isEqualByComparingTo("4800");
        });
        assertThat(drill(
                        shop.admin(),
                        "TECHNICIAN",
                        "DELIVERED",
                        shop.technician.id().toString()))
                .hasSize(16);
        assertThat(drill(shop.admin(), "DAY", "RECEIVED", null)).hasSize(16);
    }

    @Test
    void everyFigureListsExactlyTheWorkOrdersItCounts() {
        Lane lane = lane();
        Workshop shop = lane.shop();
        String technician = shop.technician.id().toString();

        assertThat(drill(shop.admin(), "TECHNICIAN", "DELIVERED", technician)).containsExactly(lane.first());
        assertThat(drill(shop.admin(), "TECHNICIAN", "COMEBACKS", technician)).containsExactly(lane.comeback());
        assertThat(drill(shop.admin(), "TECHNICIAN", "RECEIVED", ""))
                .containsExactlyInAnyOrder(lane.open(), lane.comeback());
        assertThat(drill(
                        shop.admin(), "ADVISOR", "RECEIVED", lane.advisor().id().toString()))
                .containsExactlyInAnyOrder(lane.second(), lane.open(), lane.comeback());
        assertThat(drill(shop.admin(), "SERVICE_TYPE", "RECEIVED", "MAINTENANCE"))
                .containsExactly(lane.open());
        String month = LocalDate.now().toString().substring(0, 7);
        assertThat(drill(shop.admin(), "MONTH", "DELIVERED", month))
                .containsExactlyInAnyOrder(lane.first(), lane.second());
        assertThat(drill(shop.admin(), "STORE", "DELIVERED", null))
                .containsExactlyInAnyOrder(lane.first(), lane.second());

        MvcTestResult odd =
                api.get(shop.admin(), "/api/v1/reports/kpis/work-orders?groupBy=MONTH&measure=DELIVERED&key=13-2026");
        assertThat(odd).hasStatus(400);
        assertThat(Api.<String>read(odd, "$.errors[0].field")).isEqualTo("key");
        assertThat(api.get(shop.admin(), "/api/v1/reports/kpis?groupBy=WEEK")).hasStatus(400);
        assertThat(api.get(shop.admin(), "/api/v1/reports/kpis?from=2026-12-31&to=2026-01-01"))
                .hasStatus(400);
    }

    @Test
    void anAdvisorOrTechnicianSeesOnlyTheirOwnFiguresAndAnotherOrganisationNone() {
        Lane lane = lane();
        Workshop shop = lane.shop();

        MvcTestResult own = kpis(lane.advisor().token(), "ADVISOR");
        assertThat(own).hasStatusOk();
        assertThat(Api.<List<String>>read(own, "$.rows[*].key"))
                .containsExactly(lane.advisor().id().toString());
        assertThat(api.get(lane.advisor().token(), "/api/v1/reports/kpis?advisorId={id}", shop.tenant.adminId()))
                .hasStatus(403);
        MvcTestResult technician = kpis(shop.technician.token(), "STORE");
        assertThat(Api.<Integer>read(technician, "$.total.delivered")).isEqualTo(1);
        assertThat(Api.<Integer>read(technician, "$.total.comebacks")).isEqualTo(1);
        assertThat(api.get(
                        shop.technician.token(),
                        "/api/v1/reports/kpis/work-orders?measure=DELIVERED&technicianId={id}",
                        lane.lead().id()))
                .hasStatus(403);
        Api.User clerk = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.PARTS_CLERK);
        assertThat(kpis(clerk.token(), "STORE")).hasStatus(403);

        Workshop other = new Workshop(api);
        assertThat(Api.<List<?>>read(kpis(other.admin(), "ADVISOR"), "$.rows")).isEmpty();
        assertThat(Api.<Integer>read(
                        api.get(
                                other.admin(),
                                "/api/v1/reports/kpis/work-orders?measure=RECEIVED&storeId={s}",
                                shop.tenant.storeId()),
                        "$.total"))
                .isZero();
    }

    /**
     * 以往同期对比: this month so far against the same days a year before and of the month before, from jobs of the
     * past with their own times (and so real clocked hours: 100 minutes on one sold hour).
     */
    @Test
    void aMonthIsSetAgainstTheSameDaysLastYearAndLastMonth() {
        Workshop shop = new Workshop(api);
        ZoneId zone = shop.asSystem(() -> organization.zoneOf(shop.tenant.storeId()));
        LocalDate today = LocalDate.now(zone);
        LocalDate first = today.withDayOfMonth(1);
        Instant aYearAgo = first.minusYears(1).atTime(8, 0).atZone(zone).toInstant();
        Instant aMonthAgo = first.minusMonths(1).atTime(8, 0).atZone(zone).toInstant();
        shop.pastRepair(history, shop.newVehicle(today.plusYears(2)), aYearAgo, aYearAgo.plusSeconds(12_000));
        shop.pastRepair(history, shop.newVehicle(today.plusYears(2)), aMonthAgo, aMonthAgo.plusSeconds(12_000));
        shop.pastRepair(history, shop.newVehicle(today.plusYears(2)), aMonthAgo, aMonthAgo.plusSeconds(12_000));
        // Delivered last month after the day of the month it is today: not in the same days, unless today is the
        // month's last day.
        Instant lateLastMonth = first.minusDays(1).atTime(8, 0).atZone(zone).toInstant();
        shop.pastRepair(history, shop.newVehicle(today.plusYears(2)), lateLastMonth, lateLastMonth.plusSeconds(12_000));
        shop.deliveredRepair();
        String month = today.toString().substring(0, 7);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Api.<Integer>read(
                                api.get(
                                        shop.admin(),
                                        "/api/v1/reports/kpis?from={f}&to={t}&groupBy=STORE",
                                        first.minusYears(1),
                                        today),
                                "$.total.delivered"))
                        .isEqualTo(5));

        MvcTestResult compared = api.get(
                shop.admin(), "/api/v1/reports/compare?groupBy=MONTH&metric=DELIVERED&from={f}&to={t}", first, today);

        assertThat(compared).hasStatusOk();
        assertThat(Api.<List<String>>read(compared, "$.rows[*].key")).containsExactly(month);
        assertThat(decimal(compared, "$.rows[0].current")).isEqualByComparingTo("1");
        assertThat(decimal(compared, "$.rows[0].lastYear")).isEqualByComparingTo("1");
        assertThat(decimal(compared, "$.rows[0].yearChangePercent")).isEqualByComparingTo("0");
        boolean lastDayOfMonth = today.equals(today.withDayOfMonth(today.lengthOfMonth()));
        int before = lastDayOfMonth ? 3 : 2;
        assertThat(decimal(compared, "$.rows[0].previous")).isEqualByComparingTo(BigDecimal.valueOf(before));
        assertThat(decimal(compared, "$.rows[0].previousChangePercent"))
                .isEqualByComparingTo(BigDecimal.valueOf(1 - before)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(before), 1, java.math.RoundingMode.HALF_UP));
        assertThat(Api.<String>read(compared, "$.lastYearFrom"))
                .isEqualTo(first.minusYears(1).toString());

        // The past jobs' clocked hours are their own: 6,000 seconds each on one sold hour.
        MvcTestResult lastMonth = api.get(
                shop.admin(),
                "/api/v1/reports/kpis?groupBy=TECHNICIAN&from={f}&to={t}",
                first.minusMonths(1),
                first.minusDays(1));
        assertThat(decimal(lastMonth, "$.total.soldHours")).isEqualByComparingTo("3");
        assertThat(decimal(lastMonth, "$.total.clockedHours")).isEqualByComparingTo("5.01");
        assertThat(decimal(lastMonth, "$.total.efficiencyPercent")).isEqualByComparingTo("59.9");
    }

    private MvcTestResult kpis(String token, String groupBy) {
        return api.get(token, "/api/v1/reports/kpis?groupBy={g}", groupBy);
    }

    private List<String> drill(String token, String groupBy, String measure, String key) {
        MvcTestResult result = key == null
                ? api.get(token, "/api/v1/reports/kpis/work-orders?groupBy={g}&measure={m}", groupBy, measure)
                : api.get(
                        token,
                        "/api/v1/reports/kpis/work-orders?groupBy={g}&measure={m}&key={k}",
                        groupBy,
                        measure,
                        key);
        assertThat(result).hasStatusOk();
        assertThat(Api.<Integer>read(result, "$.total"))
                .isEqualTo(Api.<List<?>>read(result, "$.items").size());
        return Api.read(result, "$.items[*].id");
    }

    private static Map<String, Object> row(MvcTestResult report, String key) {
        List<Map<String, Object>> rows = Api.read(report, "$.rows[?(@.key == '" + key + "')]");
        assertThat(rows).as("row " + key).hasSize(1);
        return rows.get(0);
    }

    /** Delivered count, amounts by pay type and hours of a KPI row against the same figures of the work orders. */
    private static void assertFigures(Map<String, Object> row, Workshop shop, List<String> delivered) {
        BigDecimal customer = BigDecimal.ZERO, warranty = BigDecimal.ZERO, internal = BigDecimal.ZERO;
        BigDecimal insurance = BigDecimal.ZERO;
        BigDecimal goodwill = BigDecimal.ZERO, sold = BigDecimal.ZERO, clocked = BigDecimal.ZERO;
        for (String id : delivered) {
            MvcTestResult order = shop.get(id);
            assertThat(Api.<String>read(order, "$.status")).isEqualTo("DELIVERED");
            customer = customer.add(net(order, "CUSTOMER"));
            warranty = warranty.add(net(order, "WARRANTY"));
            internal = internal.add(net(order, "INTERNAL"));
            insurance = insurance.add(net(order, "INSURANCE"));
            goodwill = goodwill.add(net(order, "GOODWILL"));
            for (Object hours :
                    Api.<List<?>>read(order, "$.lines[?(@.kind == 'LABOR' && @.decision != 'DECLINED')].quantity")) {
                sold = sold.add(new BigDecimal(hours.toString()));
            }
            for (Object hours : Api.<List<?>>read(order, "$.lines[*].actualHours")) {
                clocked = clocked.add(new BigDecimal(hours.toString()));
            }
        }
        assertThat(row).containsEntry("delivered", delivered.size());
        assertThat(number(row, "customerPay")).isEqualByComparingTo(customer);
        assertThat(number(row, "warrantyPay")).isEqualByComparingTo(warranty);
        assertThat(number(row, "internalPay")).isEqualByComparingTo(internal);
        assertThat(number(row, "insurancePay")).isEqualByComparingTo(insurance);
        assertThat(number(row, "goodwill")).isEqualByComparingTo(goodwill);
        assertThat(number(row, "outputValue"))
                .isEqualByComparingTo(customer.add(warranty).add(internal).add(insurance));
        assertThat(number(row, "soldHours")).isEqualByComparingTo(sold).isPositive();
        assertThat(number(row, "clockedHours")).isEqualByComparingTo(clocked);
    }

    private static BigDecimal net(MvcTestResult order, String payType) {
        List<Object> net = Api.read(order, "$.totals[?(@.payType == '" + payType + "')].net");
        return net.isEmpty() ? BigDecimal.ZERO : new BigDecimal(net.get(0).toString());
    }

    private static BigDecimal decimal(MvcTestResult result, String path) {
        return new BigDecimal(String.valueOf(Api.<Object>read(result, path)));
    }

    private static BigDecimal number(Map<String, Object> row, String field) {
        return new BigDecimal(String.valueOf(row.get(field)));
    }
}

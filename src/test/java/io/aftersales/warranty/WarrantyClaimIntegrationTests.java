package io.aftersales.warranty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Warranty claims from delivered work orders: what is claimed, the old parts traced to the line and the ledger, the
 * maker's decision and payment reconciled, and what the API refuses.
 */
@IntegrationTest
class WarrantyClaimIntegrationTests {

    @Autowired
    Api api;

    /** A delivered repair: a WARRANTY labour line, a WARRANTY catalogue part line, a customer-paid labour line. */
    private record Job(Workshop shop, String id, String part, String labourLine, String partLine) {}

    private Job deliveredWarrantyJob(Workshop shop) {
        MvcTestResult newPart = api.post(shop.admin(), "/api/v1/parts", """
                {"number":"%s","name":"水泵总成","brand":"大众","genuine":true,"unit":"件","cost":280,"listPrice":420}
                """.formatted(Api.unique("06A121011")));
        assertThat(newPart).hasStatus(201);
        String part = Api.read(newPart, "$.id");
        assertThat(api.post(shop.admin(), "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":5,"unitCost":280}
                """.formatted(shop.tenant.storeId(), part)))
                .hasStatus(201);
        String id = Api.read(shop.receive("REPAIR"), "$.id");
        assertThat(shop.addLine(id, "LABOR", "更换水泵", "2", "300", "WARRANTY")).hasStatus(201);
        assertThat(api.post(shop.admin(), "/api/v1/work-orders/{id}/lines", """
                {"kind":"PART","description":"水泵总成","quantity":1,"unitPrice":420,"payType":"WARRANTY","partId":"%s"}
                """.formatted(part), id))
                .hasStatus(201);
        assertThat(shop.addLine(id, "LABOR", "洗车", "0.5", "100", "CUSTOMER")).hasStatus(201);
        List<String> lines = shop.lineIds(id);
        shop.approveDispatchAndStart(id);
        shop.finishAndDeliver(id);
        return new Job(shop, id, part, lines.get(0), lines.get(1));
    }

    private MvcTestResult claim(Job job, String labourCode) {
        return api.post(
                job.shop().admin(), "/api/v1/warranty-claims", """
                {"workOrderId":"%s","faultCode":"P0217","note":"水泵渗漏",
                 "labourCodes":[{"lineId":"%s","code":"%s"}]}
                """.formatted(job.id(), job.labourLine(), labourCode));
    }

    private List<String> toClaim(Workshop shop) {
        return Api.read(api.get(shop.admin(), "/api/v1/warranty-claims/to-claim"), "$.items[*].workOrderId");
    }

    private MvcTestResult act(Workshop shop, String token, String claimId, String action, String fields, int status) {
        long version = ((Number) Api.read(api.get(shop.admin(), "/api/v1/warranty-claims/{id}", claimId), "$.version"))
                .longValue();
        MvcTestResult result = api.post(
                token,
                "/api/v1/warranty-claims/{id}/" + action,
                "{\"version\":" + version + "," + fields + "}",
                claimId);
        assertThat(result).hasStatus(status);
        return result;
    }

    @Test
    void anOldPartReturnedFromAWarrantyLineIsTraceableFromTheClaimToTheLineAndTheLedger() {
        Job job = deliveredWarrantyJob(new Workshop(api));
        Workshop shop = job.shop();
        await().atMost(Duration.ofSeconds(20)).until(() -> toClaim(shop).contains(job.id()));

        MvcTestResult missingCode = api.post(shop.admin(), "/api/v1/warranty-claims", """
                {"workOrderId":"%s","labourCodes":[]}""".formatted(job.id()));
        assertProblem(missingCode, 400, "invalid-input");
        assertThat(Api.<String>read(missingCode, "$.errors[0].field")).isEqualTo("labourCodes");
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/warranty-claims"), "$.total"))
                .isZero();

        MvcTestResult created = claim(job, "WP-0217-01");
        assertThat(created).hasStatus(201);
        String claimId = Api.read(created, "$.id");
        String number = Api.read(created, "$.number");
        assertThat(number).matches("WC-\\d{8}-\\d{3}");
        assertThat(Api.<String>read(created, "$.status")).isEqualTo("SUBMITTED");
        assertThat(Api.<List<String>>read(created, "$.lines[*].workOrderLineId"))
                .containsExactly(job.labourLine(), job.partLine());
        assertThat(Api.<String>read(created, "$.lines[0].labourCode")).isEqualTo("WP-0217-01");
        assertThat(new BigDecimal(Api.<Object>read(created, "$.labourAmount").toString()))
                .isEqualByComparingTo("600");
        assertThat(new BigDecimal(Api.<Object>read(created, "$.partsAmount").toString()))
                .isEqualByComparingTo("420");

        // The ledger row that issued the new part to the line is the one the claim names.
        MvcTestResult ledger = api.get(shop.admin(), "/api/v1/stock/movements?partId={p}", job.part());
        List<Map<String, Object>> issues = Api.read(ledger, "$.items[?(@.type == 'ISSUE')]");
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).get("workOrderId")).isEqualTo(job.id());
        String issueId = (String) issues.get(0).get("id");
        assertThat(Api.<String>read(created, "$.lines[1].issueMovementId")).isEqualTo(issueId);
        assertThat(Api.<Object>read(created, "$.lines[0].issueMovementId")).isNull();

        // Its old part is tagged with the claim, the line and that ledger row.
        assertThat(Api.<List<Object>>read(created, "$.oldParts")).hasSize(1);
        String oldPartId = Api.read(created, "$.oldParts[0].id");
        assertThat(Api.<String>read(created, "$.oldParts[0].tag")).isEqualTo(number + "-1");
        assertThat(Api.<String>read(created, "$.oldParts[0].status")).isEqualTo("TAGGED");

        assertThat(Api.<List<String>>read(
                        api.get(shop.admin(), "/api/v1/warranty-claims"), "$.items[0].oldParts[*].tag"))
                .containsExactly(number + "-1");
        assertProblem(claim(job, "WP-0217-01"), 409, "duplicate");
        assertThat(toClaim(shop)).doesNotContain(job.id());

        // Shipped only once stored; stale versions and unknown bins change nothing.
        MvcTestResult early = api.post(shop.admin(), "/api/v1/old-parts/ship", """
                {"parts":[{"id":"%s","version":0}],"shipment":"HY-202612-01"}""".formatted(oldPartId));
        assertProblem(early, 409, "illegal-transition");
        assertProblem(
                api.post(shop.admin(), "/api/v1/old-parts/store", """
                        {"parts":[{"id":"%s","version":7}],"bin":"J-01"}""".formatted(oldPartId)), 409, "stale-version");
        assertProblem(api.post(shop.admin(), "/api/v1/old-parts/store", """
                        {"parts":[{"id":"%s","version":0}],"bin":" "}""".formatted(oldPartId)), 400, "validation");
        MvcTestResult stored = api.post(shop.admin(), "/api/v1/old-parts/store", """
                {"parts":[{"id":"%s","version":0}],"bin":"J-01"}""".formatted(oldPartId));
        assertThat(stored).hasStatusOk();
        assertThat(Api.<String>read(stored, "$[0].status")).isEqualTo("STORED");
        MvcTestResult shipped = api.post(shop.admin(), "/api/v1/old-parts/ship", """
                {"parts":[{"id":"%s","version":1}],"shipment":"HY-202612-01"}""".formatted(oldPartId));
        assertThat(shipped).hasStatusOk();

        // Found by its tag: back to the claim, the work order line and the ledger row.
        MvcTestResult found = api.get(shop.admin(), "/api/v1/old-parts?q={t}", number + "-1");
        assertThat(Api.<Integer>read(found, "$.total")).isEqualTo(1);
        assertThat(Api.<String>read(found, "$.items[0].status")).isEqualTo("SHIPPED");
        assertThat(Api.<String>read(found, "$.items[0].shipment")).isEqualTo("HY-202612-01");
        assertThat(Api.<String>read(found, "$.items[0].claimId")).isEqualTo(claimId);
        assertThat(Api.<String>read(found, "$.items[0].claimNumber")).isEqualTo(number);
        assertThat(Api.<String>read(found, "$.items[0].workOrderId")).isEqualTo(job.id());
        assertThat(Api.<String>read(found, "$.items[0].workOrderLineId")).isEqualTo(job.partLine());
        assertThat(Api.<String>read(found, "$.items[0].issueMovementId")).isEqualTo(issueId);
        assertThat(Api.<String>read(found, "$.items[0].partId")).isEqualTo(job.part());
        assertThat(Api.<List<String>>read(api.get(shop.admin(), "/api/v1/old-parts?q=HY-202612"), "$.items[*].tag"))
                .containsExactly(number + "-1");
        assertProblem(
                api.post(shop.admin(), "/api/v1/old-parts/scrap", """
                        {"parts":[{"id":"%s","version":2}],"reason":"厂家不要"}""".formatted(oldPartId)), 409, "illegal-transition");
    }

    @Test
    void theMakersDecisionAndPaymentAreRecordedAndReconciled() {
        Workshop shop = new Workshop(api);
        Job job = deliveredWarrantyJob(shop);
        String claimId = Api.read(claim(job, "WP-01"), "$.id");
        String today = LocalDate.now().toString();

        act(shop, shop.admin(), claimId, "approve", "\"approvedAmount\":1020.01", 400);
        act(shop, shop.admin(), claimId, "pay", "\"paidAmount\":100,\"paidOn\":\"" + today + "\"", 409);
        MvcTestResult approved = act(
                shop, shop.admin(), claimId, "approve", "\"approvedAmount\":900,\"makerReference\":\"SVW-88\"", 200);
        assertThat(Api.<String>read(approved, "$.status")).isEqualTo("APPROVED");

        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        act(shop, advisor.token(), claimId, "pay", "\"paidAmount\":880,\"paidOn\":\"" + today + "\"", 403);
        act(shop, shop.admin(), claimId, "pay", "\"paidAmount\":900.01,\"paidOn\":\"" + today + "\"", 400);
        String tomorrow = LocalDate.now().plusDays(2).toString();
        act(shop, shop.admin(), claimId, "pay", "\"paidAmount\":880,\"paidOn\":\"" + tomorrow + "\"", 400);
        MvcTestResult paid = act(
                shop,
                shop.admin(),
                claimId,
                "pay",
                "\"paidAmount\":880,\"paidOn\":\"" + today + "\",\"paymentReference\":\"BANK-1\"",
                200);
        assertThat(Api.<String>read(paid, "$.status")).isEqualTo("PAID");
        assertThat(new BigDecimal(Api.<Object>read(paid, "$.shortfall").toString()))
                .isEqualByComparingTo("20");

        // A second job is rejected, corrected and submitted again.
        Job second = deliveredWarrantyJob(shop);
        String secondId = Api.read(claim(second, "WP-02"), "$.id");
        act(shop, shop.admin(), secondId, "reject", "\"reason\":\" \"", 400);
        act(shop, shop.admin(), secondId, "reject", "\"reason\":\"缺少故障照片\"", 200);
        MvcTestResult again = act(shop, shop.admin(), secondId, "resubmit", "\"note\":\"已补故障照片\"", 200);
        assertThat(Api.<String>read(again, "$.status")).isEqualTo("SUBMITTED");
        assertThat(Api.<Integer>read(again, "$.submissions")).isEqualTo(2);
        assertThat(Api.<String>read(again, "$.note")).isEqualTo("已补故障照片");

        // The store's day may be tomorrow or yesterday in the test's zone: a window of three days holds it.
        MvcTestResult month = api.get(
                shop.admin(),
                "/api/v1/warranty-claims/reconciliation?from={f}&to={t}",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1));
        assertThat(Api.<Integer>read(month, "$.claims")).isEqualTo(2);
        assertThat(amount(month, "$.claimed")).isEqualByComparingTo("2040");
        assertThat(amount(month, "$.awaitingDecision")).isEqualByComparingTo("1020");
        assertThat(amount(month, "$.approved")).isEqualByComparingTo("900");
        assertThat(amount(month, "$.awaitingPayment")).isEqualByComparingTo("0");
        assertThat(amount(month, "$.paid")).isEqualByComparingTo("880");
        assertThat(amount(month, "$.shortfall")).isEqualByComparingTo("20");
        assertThat(Api.<List<String>>read(
                        api.get(shop.admin(), "/api/v1/warranty-claims?status=PAID"), "$.items[*].id"))
                .containsExactly(claimId);
        assertProblem(
                api.get(shop.admin(), "/api/v1/warranty-claims/reconciliation?from={f}&to={t}", today, "2020-01-01"),
                400,
                "invalid-input");
    }

    @Test
    void refusesWhatCannotBeClaimedAndHidesClaimsFromOtherOrganisationsAndRoles() {
        Workshop shop = new Workshop(api);
        String open = Api.read(shop.receive("REPAIR"), "$.id");
        shop.addLine(open, "LABOR", "更换水泵", "2", "300", "WARRANTY");
        MvcTestResult notDelivered = api.post(shop.admin(), "/api/v1/warranty-claims", """
                {"workOrderId":"%s","labourCodes":[{"lineId":"%s","code":"X"}]}""".formatted(
                        open, shop.lineIds(open).get(0)));
        assertProblem(notDelivered, 400, "invalid-input");
        String customerPaid = shop.deliveredRepair();
        assertProblem(
                api.post(shop.admin(), "/api/v1/warranty-claims", """
                        {"workOrderId":"%s"}""".formatted(customerPaid)), 400, "invalid-input");
        Job job = deliveredWarrantyJob(shop);
        assertProblem(
                api.post(shop.admin(), "/api/v1/warranty-claims", """
                        {"workOrderId":"%s","labourCodes":[{"lineId":"%s","code":"X"},{"lineId":"%s","code":"Y"}]}""".formatted(
                                job.id(), job.labourLine(), job.partLine())),
                400,
                "invalid-input");
        assertThat(api.post(shop.admin(), "/api/v1/warranty-claims", "{\"workOrderId\":\"not-an-id\"}"))
                .hasStatus(400);
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/warranty-claims"), "$.total"))
                .isZero();

        String claimId = Api.read(claim(job, "WP-03"), "$.id");
        Workshop other = new Workshop(api);
        assertProblem(api.get(other.admin(), "/api/v1/warranty-claims/{id}", claimId), 404, "not-found");
        assertThat(Api.<Integer>read(api.get(other.admin(), "/api/v1/warranty-claims"), "$.total"))
                .isZero();
        assertProblem(api.post(other.admin(), "/api/v1/warranty-claims/{id}/approve", """
                        {"version":0,"approvedAmount":1}""", claimId), 404, "not-found");
        assertThat(api.get(shop.technician.token(), "/api/v1/warranty-claims/{id}", claimId))
                .hasStatus(403);
        assertThat(api.get(shop.technician.token(), "/api/v1/old-parts")).hasStatus(403);
    }

    private static void assertProblem(MvcTestResult result, int status, String code) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.<String>read(result, "$.type")).endsWith(code);
        assertThat(Api.<String>read(result, "$.detail")).isNotBlank();
    }

    private static BigDecimal amount(MvcTestResult result, String path) {
        return new BigDecimal(Api.<Object>read(result, path).toString());
    }
}

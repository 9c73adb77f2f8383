package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Insurance jobs (事故车): the insurer pays the INSURANCE lines less the excess the customer pays, work starts only
 * within the assessor's approval, and what the insurer owes is listed until it has paid.
 */
@IntegrationTest
class InsuranceJobIntegrationTests {

    @Autowired
    Api api;

    @Test
    void theInsurerPaysTheInsuranceLinesLessTheExcessAndWorkStartsOnlyWithinTheAssessment() throws IOException {
        Workshop shop = new Workshop(api);
        String id = Api.read(shop.receive("REPAIR"), "$.id");

        // Not an insurance job yet: no INSURANCE line, no assessment; bad insurance details change nothing.
        MvcTestResult notInsured = shop.addLine(id, "PART", "后保险杠皮", "1", "1280", "INSURANCE");
        assertThat(notInsured).hasStatus(400);
        assertThat(Api.<String>read(notInsured, "$.errors[0].field")).isEqualTo("payType");
        assertThat(shop.act(id, "insurance/assessment", "\"assessor\":\"王工\",\"amount\":100"))
                .hasStatus(409);
        assertThat(shop.act(id, "insurance", "\"insurer\":\" \",\"claimNumber\":\"RP1\",\"excess\":500"))
                .hasStatus(400);
        assertThat(shop.act(id, "insurance", "\"insurer\":\"平安产险\",\"claimNumber\":\"RP1\",\"excess\":-1"))
                .hasStatus(400);
        assertThat(shop.act(id, "insurance", "\"insurer\":\"平安产险\",\"claimNumber\":\"RP1\",\"excess\":\"many\""))
                .hasStatus(400);
        assertThat(Api.<Object>read(shop.get(id), "$.insurance")).isNull();

        MvcTestResult insured =
                shop.act(id, "insurance", "\"insurer\":\" 平安产险 \",\"claimNumber\":\"RP2026120801\",\"excess\":500");
        assertThat(insured).hasStatusOk();
        assertThat(Api.<String>read(insured, "$.insurance.insurer")).isEqualTo("平安产险");
        assertThat(shop.addLine(id, "LABOR", "钣喷：更换后保险杠并喷漆", "3", "300", "INSURANCE"))
                .hasStatus2xxSuccessful();
        assertThat(shop.addLine(id, "PART", "后保险杠皮", "1", "1280", "INSURANCE")).hasStatus2xxSuccessful();
        assertThat(shop.addLine(id, "LABOR", "四轮定位", "1", "280", "CUSTOMER")).hasStatus2xxSuccessful();

        // 900 + 1280 = 2180 net insured, 2463.40 with 13 % tax; the customer pays 316.40 and the 500 excess.
        MvcTestResult estimate = shop.get(id);
        assertThat(decimal(estimate, "$.insurance.insured")).isEqualByComparingTo("2463.40");
        assertThat(decimal(estimate, "$.insurance.customerShare")).isEqualByComparingTo("500");
        assertThat(decimal(estimate, "$.insurance.insurerDue")).isEqualByComparingTo("1963.40");
        assertThat(decimal(estimate, "$.amountDue")).isEqualByComparingTo("816.40");
        MvcTestResult pdf =
                api.page(api.signedIn(shop.tenant.adminUsername()), "/work-orders/" + id + "/documents/estimate.pdf");
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("平安产险")
                    .contains("RP2026120801")
                    .contains("1,963.40");
        }

        assertThat(shop.act(id, "estimate", "")).hasStatusOk();
        String all = String.join("\",\"", shop.lineIds(id));
        assertThat(shop.act(id, "approve", "\"approvedLineIds\":[\"" + all + "\"],\"approvedBy\":\"张伟\""))
                .hasStatusOk();
        assertThat(shop.act(id, "dispatch", "\"leadTechnicianId\":\"" + shop.technician.id() + "\""))
                .hasStatusOk();
        MvcTestResult unassessed = shop.act(shop.technician.token(), id, "start", "");
        assertThat(unassessed).hasStatus(409);
        assertThat(Api.<String>read(unassessed, "$.code")).isEqualTo("not-assessed");
        assertThat(shop.act(id, "insurance/assessment", "\"assessor\":\"王工\",\"amount\":2000"))
                .hasStatusOk();
        MvcTestResult short_ = shop.act(shop.technician.token(), id, "start", "");
        assertThat(Api.<String>read(short_, "$.code")).isEqualTo("over-assessment");
        assertThat(Api.<String>read(short_, "$.detail")).contains("2463.40").contains("2000.00");
        assertThat(shop.act(shop.technician.token(), id, "insurance/assessment", "\"assessor\":\"王工\",\"amount\":1"))
                .hasStatus(403);
        assertThat(shop.act(id, "insurance/assessment", "\"assessor\":\"王工\",\"amount\":2463.40"))
                .hasStatusOk();
        assertThat(shop.act(shop.technician.token(), id, "start", "")).hasStatusOk();

        assertThat(insurerPaid(shop, id, "100")).hasStatus(409);
        shop.finishAndDeliver(id);
        MvcTestResult delivered = shop.get(id);
        assertThat(decimal(delivered, "$.amountOwed")).isEqualByComparingTo("816.40");
        assertThat(Api.<List<String>>read(delivered, "$.history[*].action")).contains("INSURE", "ASSESS");
        // The customer spent their lines and the excess, not what the insurer pays.
        String spent = segment(shop, "{\"minSpend\":816.40}");
        String more = segment(shop, "{\"minSpend\":816.41}");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(members(shop, spent)).containsExactly(shop.customerId));
        assertThat(members(shop, more)).isEmpty();
        assertThat(api.get(shop.admin(), "/api/v1/insurance-jobs?stage=OWING"))
                .bodyJson()
                .extractingPath("$.items[*].workOrder.id")
                .asArray()
                .containsExactly(id);

        // The insurer pays in two parts, never more than it owes; finance records it, the workshop may not.
        Api.User finance = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FINANCE);
        assertThat(insurerPaid(shop, id, "1963.41")).hasStatus(400);
        assertThat(shop.act(shop.technician.token(), id, "insurance/payments", "\"amount\":1"))
                .hasStatus(403);
        assertThat(shop.act(finance.token(), id, "insurance/payments", "\"amount\":1000"))
                .hasStatusOk();
        MvcTestResult balances = api.get(finance.token(), "/api/v1/insurance-jobs/balances");
        assertThat(Api.<String>read(balances, "$[0].insurer")).isEqualTo("平安产险");
        assertThat(decimal(balances, "$[0].owes")).isEqualByComparingTo("963.40");
        assertThat(shop.act(id, "insurance", "\"insurer\":\"人保\",\"claimNumber\":\"RP2\",\"excess\":0"))
                .hasStatus(409);
        assertThat(insurerPaid(shop, id, "963.40")).hasStatusOk();
        assertThat(api.get(shop.admin(), "/api/v1/insurance-jobs?stage=OWING"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        MvcTestResult paid = api.get(shop.admin(), "/api/v1/insurance-jobs?stage=PAID&q=rp20261208");
        assertThat(Api.<Integer>read(paid, "$.total")).isEqualTo(1);
        assertThat(decimal(paid, "$.items[0].insurerPaid")).isEqualByComparingTo("1963.40");
        assertThat(Api.<List<?>>read(api.get(shop.admin(), "/api/v1/insurance-jobs/balances"), "$"))
                .isEmpty();
        MvcTestResult export = api.get(finance.token(), "/api/v1/insurance-jobs/export?stage=PAID");
        assertThat(export).hasStatusOk().hasContentType(Spreadsheets.XLSX);
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                "insurance-jobs.xlsx",
                new ByteArrayInputStream(export.getResponse().getContentAsByteArray()));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("报案号")).isEqualTo("RP2026120801");
        assertThat(new BigDecimal(rows.get(0).get("保险公司已付"))).isEqualByComparingTo("1963.40");
    }

    @Test
    void theExcessIsAtMostTheInsuredAmountAndAnotherStoreSeesNoInsuranceJobs() {
        Workshop shop = new Workshop(api);
        String id = Api.read(shop.receive("REPAIR"), "$.id");
        assertThat(shop.act(id, "insurance", "\"insurer\":\"太平洋产险\",\"claimNumber\":\"CP-9\",\"excess\":1000"))
                .hasStatusOk();
        assertThat(shop.addLine(id, "LABOR", "补漆", "1", "200", "INSURANCE")).hasStatus2xxSuccessful();
        MvcTestResult order = shop.get(id);
        assertThat(decimal(order, "$.insurance.customerShare")).isEqualByComparingTo("226.00");
        assertThat(decimal(order, "$.insurance.insurerDue")).isZero();
        assertThat(decimal(order, "$.amountDue")).isEqualByComparingTo("226.00");
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/insurance-jobs?stage=TO_ASSESS"), "$.total"))
                .isEqualTo(1);

        Workshop other = new Workshop(api);
        assertThat(Api.<Integer>read(api.get(other.admin(), "/api/v1/insurance-jobs"), "$.total"))
                .isZero();
        assertThat(other.api.post(
                        other.admin(),
                        "/api/v1/work-orders/{id}/insurance/assessment",
                        "{\"version\":0,\"assessor\":\"王工\",\"amount\":226}",
                        id))
                .hasStatus(404);
    }

    @Test
    void theDeskRecordsTheInsuranceFromTheWorkOrderPageAndFindsItInTheList() {
        Workshop shop = new Workshop(api);
        UserDetails desk = api.signedIn(shop.tenant.adminUsername());
        String id = Api.read(shop.receive("REPAIR"), "$.id");
        assertThat(api.page(desk, "/work-orders/" + id))
                .hasStatusOk()
                .bodyText()
                .contains("设为事故车（保险理赔）");

        MvcTestResult blank = api.form(
                desk, "/work-orders/" + id + "/actions/insure", "version", "0", "insurer", "", "claimNumber", "RP");
        assertThat(blank).hasStatus3xxRedirection();
        assertThat(Api.<Object>read(shop.get(id), "$.insurance")).isNull();
        assertThat(api.form(
                        desk,
                        "/work-orders/" + id + "/actions/insure",
                        "version",
                        "0",
                        "insurer",
                        "中国人保财险",
                        "claimNumber",
                        "RP-WEB-1",
                        "excess",
                        "300"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/work-orders/" + id);
        assertThat(api.page(desk, "/work-orders/" + id))
                .hasStatusOk()
                .bodyText()
                .contains("RP-WEB-1")
                .contains("未定损")
                .contains("<option value=\"INSURANCE\">保险</option>");
        // Lists and the API name the insurer of an insurance job.
        assertThat(api.page(desk, "/work-orders")).hasStatusOk().bodyText().contains("title=\"中国人保财险\">事故车");
        assertThat(Api.<List<String>>read(api.get(shop.admin(), "/api/v1/work-orders"), "$.items[*].insurer"))
                .containsExactly("中国人保财险");
        assertThat(api.form(
                        desk,
                        "/work-orders/" + id + "/actions/assess",
                        "version",
                        "" + shop.version(id),
                        "assessor",
                        "李工",
                        "amount",
                        "0"))
                .flash()
                .containsKey("failedText");
        assertThat(api.form(
                        desk,
                        "/work-orders/" + id + "/actions/assess",
                        "version",
                        "" + shop.version(id),
                        "assessor",
                        "李工",
                        "amount",
                        "1500"))
                .hasStatus3xxRedirection();
        assertThat(decimal(shop.get(id), "$.insurance.assessedAmount")).isEqualByComparingTo("1500");
        assertThat(api.page(desk, "/insurance-jobs?q=RP-WEB"))
                .hasStatusOk()
                .bodyText()
                .contains("中国人保财险")
                .contains("RP-WEB-1");
        assertThat(api.page(desk, "/insurance-jobs?q=nothing-like-it"))
                .hasStatusOk()
                .bodyText()
                .contains("没有符合条件的事故车工单");
    }

    private String segment(Workshop shop, String rule) {
        MvcTestResult created = api.post(
                shop.admin(), "/api/v1/segments", "{\"name\":\"%s\",\"rule\":%s}".formatted(Api.unique("消费"), rule));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    private List<String> members(Workshop shop, String segmentId) {
        return Api.read(api.get(shop.admin(), "/api/v1/segments/{id}/customers", segmentId), "$.items[*].id");
    }

    private static MvcTestResult insurerPaid(Workshop shop, String id, String amount) {
        return shop.act(id, "insurance/payments", "\"amount\":" + amount);
    }

    private static BigDecimal decimal(MvcTestResult result, String path) {
        return new BigDecimal(String.valueOf(Api.<Object>read(result, path)));
    }
}

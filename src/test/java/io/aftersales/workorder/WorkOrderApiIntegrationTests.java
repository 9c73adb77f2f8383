package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class WorkOrderApiIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theWholeLaneEndsDeliveredWithEveryStepInTheHistory() throws Exception {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        assertThat(Api.<String>read(shop.get(id), "$.number")).matches("S01-\\d{8}-\\d{4}");
        assertThat(Api.<Boolean>read(shop.get(id), "$.warrantyCovered")).isTrue();
        String labourLine = shop.lineIds(id).get(0);

        shop.approveDispatchAndStart(id);
        assertThat(shop.act(shop.technician.token(), id, "clock-on", "\"lineId\":\"" + labourLine + "\""))
                .hasStatusOk();
        assertThat(shop.act(shop.technician.token(), id, "log", """
                "text":"拆检发现张紧器轴承磨损","lineId":"%s","rootCause":"张紧器轴承润滑脂老化导致磨损"
                """.formatted(labourLine)))
                .hasStatusOk();
        assertThat(shop.act(shop.technician.token(), id, "submit-for-qc", "")).hasStatusOk();
        assertThat(shop.act(shop.inspector.token(), id, "pass-qc", "\"note\":\"复检无异响\""))
                .hasStatusOk();
        assertThat(shop.act(shop.inspector.token(), id, "complete", "\"finalTest\":\"路试 10 公里，冷启动正常\""))
                .hasStatusOk();
        MvcTestResult settled = shop.act(id, "settle", "\"payments\":[{\"method\":\"WECHAT_PAY\",\"amount\":500}]");
        assertThat(settled).hasStatusOk();
        // 1.5 h × 300 + 420 = 870 net, 13 % tax = 983.10; 500 paid, 483.10 owed.
        assertThat(Api.<Double>read(settled, "$.amountDue")).isEqualTo(983.10);
        assertThat(Api.<Double>read(settled, "$.amountOwed")).isEqualTo(483.10);
        MvcTestResult delivered = shop.act(id, "deliver", "\"signedBy\":\"张伟\"");
        assertThat(delivered).hasStatusOk();

        assertThat(Api.<String>read(delivered, "$.status")).isEqualTo("DELIVERED");
        assertThat(Api.<List<String>>read(delivered, "$.history[*].action"))
                .containsExactly(
                        "RECEIVE",
                        "ESTIMATE",
                        "APPROVE",
                        "DISPATCH",
                        "START",
                        "SUBMIT_FOR_QC",
                        "PASS_QC",
                        "COMPLETE",
                        "SETTLE",
                        "DELIVER");
        assertThat(Api.<List<String>>read(delivered, "$.history[*].to"))
                .containsExactly(
                        "RECEIVED",
                        "ESTIMATED",
                        "APPROVED",
                        "DISPATCHED",
                        "IN_PROGRESS",
                        "QUALITY_CHECK",
                        "QUALITY_CHECK",
                        "COMPLETED",
                        "SETTLED",
                        "DELIVERED");
        assertThat(Api.<String>read(delivered, "$.lines[0].rootCause")).isEqualTo("张紧器轴承润滑脂老化导致磨损");
        assertThat(Api.<String>read(delivered, "$.totals[0].payType")).isEqualTo("CUSTOMER");

        MvcTestResult export = api.get(shop.admin(), "/api/v1/work-orders/export?status=DELIVERED");
        assertThat(export).hasStatusOk().hasContentType(Spreadsheets.XLSX);
        List<Spreadsheets.SheetRow> rows = Spreadsheets.read(
                "work-orders.xlsx",
                new ByteArrayInputStream(export.getResponse().getContentAsByteArray()));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("工单号")).isEqualTo(Api.<String>read(delivered, "$.number"));
        assertThat(new BigDecimal(rows.get(0).get("客户应付"))).isEqualByComparingTo("983.10");
        assertThat(rows.get(0).get("状态")).isEqualTo("已交车");
    }

    @Test
    void theCreateAnswersWithTheStoredVersion() {
        Workshop shop = new Workshop(api);
        MvcTestResult created = shop.receive("REPAIR");
        assertThat(created).hasStatus(201);
        String id = Api.read(created, "$.id");
        assertThat(((Number) Api.read(created, "$.version")).longValue()).isEqualTo(shop.version(id));
    }

    @Test
    void numbersTooLargeToStoreAre400NotAConflict() {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        int lines = shop.lineIds(id).size();

        MvcTestResult hugePrice = shop.act(id, "lines", """
                "kind":"LABOR","description":"检测","quantity":1,"unitPrice":1e15,"payType":"CUSTOMER"
                """);
        assertThat(hugePrice).hasStatus(400);
        assertThat(Api.<List<String>>read(hugePrice, "$.errors[*].field")).containsExactly("unitPrice");

        // Each number fits, their product does not: the database refuses it, and that is still the client's 400.
        MvcTestResult hugeTotal = shop.act(id, "lines", """
                "kind":"LABOR","description":"检测","quantity":99999999,"unitPrice":99999999,"payType":"CUSTOMER"
                """);
        assertThat(hugeTotal).hasStatus(400);
        assertThat(Api.<String>read(hugeTotal, "$.code")).isEqualTo("out-of-range");
        assertThat(shop.lineIds(id)).hasSize(lines);
    }

    @Test
    void guardedStepsAreRefusedWith409AndChangeNothing() {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();

        MvcTestResult deliverEarly = shop.act(id, "deliver", "\"signedBy\":\"张伟\"");
        assertProblem(deliverEarly, "illegal-transition");

        shop.approveDispatchAndStart(id);
        assertThat(shop.act(shop.technician.token(), id, "submit-for-qc", "")).hasStatusOk();
        long before = shop.version(id);
        assertProblem(shop.act(shop.inspector.token(), id, "pass-qc", ""), "root-cause-missing");
        assertThat(shop.version(id)).isEqualTo(before);

        assertThat(shop.act(shop.technician.token(), id, "log", """
                "text":"更换张紧器","lineId":"%s","rootCause":"轴承磨损"
                """.formatted(
                                shop.lineIds(id).get(0))))
                .hasStatusOk();
        assertProblem(shop.act(shop.technician.token(), id, "pass-qc", ""), "qc-by-lead");
        assertThat(shop.act(shop.inspector.token(), id, "pass-qc", "")).hasStatusOk();

        before = shop.version(id);
        assertProblem(shop.act(id, "complete", ""), "final-test-missing");
        assertThat(shop.status(id)).isEqualTo("QUALITY_CHECK");
        assertThat(shop.version(id)).isEqualTo(before);
        assertProblem(shop.act(id, "deliver", "\"signedBy\":\"张伟\""), "illegal-transition");
        assertThat(shop.status(id)).isEqualTo("QUALITY_CHECK");
    }

    @Test
    void aWarrantyLineOnAnAssetOutOfWarrantyNeedsAManagersOverride() {
        Workshop shop = new Workshop(api, LocalDate.now().minusDays(10));
        MvcTestResult created = shop.receive("WARRANTY");
        assertThat(Api.<Boolean>read(created, "$.warrantyCovered")).isFalse();
        assertThat(Api.<String>read(created, "$.warrantyReason")).isEqualTo("EXPIRED");
        String id = Api.read(created, "$.id");
        long before = shop.version(id);

        MvcTestResult refused = shop.addLine(id, "LABOR", "更换水泵", "2", "300", "WARRANTY");
        assertProblem(refused, "not-under-warranty");
        assertThat(shop.lineIds(id)).isEmpty();
        assertThat(shop.version(id)).isEqualTo(before);

        Api.User advisor = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.SERVICE_ADVISOR);
        MvcTestResult notAManager = api.post(advisor.token(), "/api/v1/work-orders/{id}/lines", """
                {"kind":"LABOR","description":"更换水泵","quantity":2,"unitPrice":300,"payType":"WARRANTY",
                 "warrantyOverrideReason":"厂家同意延保"}
                """, id);
        assertProblem(notAManager, "override-needs-manager");

        MvcTestResult overridden = api.post(shop.admin(), "/api/v1/work-orders/{id}/lines", """
                {"kind":"LABOR","description":"更换水泵","quantity":2,"unitPrice":300,"payType":"WARRANTY",
                 "warrantyOverrideReason":"厂家同意延保"}
                """, id);
        assertThat(overridden).hasStatus(201);
        assertThat(Api.<String>read(overridden, "$.lines[0].warrantyOverrideReason"))
                .isEqualTo("厂家同意延保");
        assertThat(Api.<Double>read(overridden, "$.amountDue")).isEqualTo(0.0);
    }

    @Test
    void twoClientsActingOnTheSameVersionOneWinsTheOtherGets409() {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        long version = shop.version(id);
        MvcTestResult first =
                api.post(shop.admin(), "/api/v1/work-orders/{id}/estimate", "{\"version\":" + version + "}", id);
        MvcTestResult second = api.post(
                shop.admin(),
                "/api/v1/work-orders/{id}/cancel",
                "{\"version\":" + version + ",\"reason\":\"客户改约\"}",
                id);
        assertThat(first).hasStatusOk();
        assertProblem(second, "stale-version");
        assertThat(shop.status(id)).isEqualTo("ESTIMATED");
    }

    @Test
    void twoClientsSendingTheSameVersionAtTheSameMomentOneWinsTheOtherGets409() throws Exception {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        long version = shop.version(id);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> estimate = pool.submit(() -> {
                go.await();
                return api.post(shop.admin(), "/api/v1/work-orders/{id}/estimate", "{\"version\":" + version + "}", id)
                        .getResponse()
                        .getStatus();
            });
            Future<Integer> cancel = pool.submit(() -> {
                go.await();
                return api.post(
                                shop.admin(),
                                "/api/v1/work-orders/{id}/cancel",
                                "{\"version\":" + version + ",\"reason\":\"客户改约\"}",
                                id)
                        .getResponse()
                        .getStatus();
            });
            go.countDown();
            assertThat(List.of(estimate.get(), cancel.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        List<String> history = Api.read(shop.get(id), "$.history[*].action");
        assertThat(history).hasSize(2);
        assertThat(shop.status(id)).isEqualTo(history.get(1).equals("ESTIMATE") ? "ESTIMATED" : "CANCELLED");
    }

    @Test
    void aSecondRepairOnTheSameVehicleWithin30DaysIsAComebackOfTheFirst() {
        Workshop shop = new Workshop(api);
        String first = shop.receivedWithLines();
        shop.approveDispatchAndStart(first);
        shop.act(shop.technician.token(), first, "log", """
                "text":"更换","lineId":"%s","rootCause":"磨损"
                """.formatted(
                        shop.lineIds(first).get(0)));
        shop.act(shop.technician.token(), first, "submit-for-qc", "");
        shop.act(shop.inspector.token(), first, "pass-qc", "");
        assertThat(shop.act(shop.inspector.token(), first, "complete", "\"finalTest\":\"正常\""))
                .hasStatusOk();

        MvcTestResult second = shop.receive("REPAIR");
        assertThat(second).hasStatus(201);
        assertThat(Api.<String>read(second, "$.comebackOf")).isEqualTo(first);
        MvcTestResult comebacks = api.get(shop.admin(), "/api/v1/work-orders/{id}/comebacks", first);
        assertThat(Api.<List<String>>read(comebacks, "$[*].id")).containsExactly(Api.<String>read(second, "$.id"));

        MvcTestResult maintenance = shop.receive("MAINTENANCE");
        assertThat(Api.<Object>read(maintenance, "$.comebackOf")).isNull();
        MvcTestResult otherVehicle =
                shop.receive(shop.newVehicle(LocalDate.now().plusYears(1)), "REPAIR");
        assertThat(Api.<Object>read(otherVehicle, "$.comebackOf")).isNull();
    }

    @Test
    void aTechnicianOfStoreACannotSeeOrActOnAWorkOrderOfStoreB() {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        MvcTestResult storeB = api.post(shop.admin(), "/api/v1/stores", "{\"code\":\"B02\",\"name\":\"二号店\"}");
        assertThat(storeB).hasStatus(201);
        Api.User other = api.newUser(
                shop.tenant, List.of(new StoreId(Workshop.uuid(Api.read(storeB, "$.id")))), Role.TECHNICIAN);
        Api.User otherAdvisor = api.newUser(
                shop.tenant, List.of(new StoreId(Workshop.uuid(Api.read(storeB, "$.id")))), Role.SERVICE_ADVISOR);
        long version = shop.version(id);

        assertThat(api.get(other.token(), "/api/v1/work-orders/{id}", id)).hasStatus(404);
        assertThat(api.post(other.token(), "/api/v1/work-orders/{id}/start", "{\"version\":" + version + "}", id))
                .hasStatus(404);
        assertThat(api.post(
                        otherAdvisor.token(), "/api/v1/work-orders/{id}/estimate", "{\"version\":" + version + "}", id))
                .hasStatus(404);
        assertThat(api.get(otherAdvisor.token(), "/api/v1/work-orders/{id}/photos", id))
                .hasStatus(404);
        MvcTestResult list = api.get(otherAdvisor.token(), "/api/v1/work-orders");
        assertThat(Api.<List<String>>read(list, "$.items[*].id")).doesNotContain(id);
        MvcTestResult board =
                api.get(otherAdvisor.token(), "/api/v1/work-orders/board?storeId={s}", shop.tenant.storeId());
        assertThat(Api.<List<String>>read(board, "$[*].id")).isEmpty();
        MvcTestResult receiveThere = api.post(otherAdvisor.token(), "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":"异响"}
                """.formatted(
                        shop.tenant.storeId(), shop.customerId, shop.assetId));
        assertThat(receiveThere).hasStatus(400);

        assertThat(shop.version(id)).isEqualTo(version);
        assertThat(api.get(shop.technician.token(), "/api/v1/work-orders/{id}", id))
                .hasStatusOk();
    }

    @Test
    void badInputIsA400WithTheFieldAndCreatesNothing() {
        Workshop shop = new Workshop(api);
        MvcTestResult noComplaint = api.post(shop.admin(), "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":" "}
                """.formatted(
                        shop.tenant.storeId(), shop.customerId, shop.assetId));
        assertThat(noComplaint).hasStatus(400);
        assertThat(Api.body(noComplaint)).contains("complaint");
        MvcTestResult list = api.get(shop.admin(), "/api/v1/work-orders?assetId={a}", shop.assetId);
        assertThat(Api.<Integer>read(list, "$.total")).isZero();
    }

    @Test
    void aPhoneSizedPhotoIsKeptAndServedButNotAnotherKindOfFile() throws Exception {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        byte[] photo = new byte[3 * 1024 * 1024];
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        MvcTestResult uploaded = mvc.post()
                .uri("/api/v1/work-orders/{id}/photos", id)
                .multipart()
                .file(new MockMultipartFile("file", "damage.jpg", "image/jpeg", photo))
                .param("stage", "RECEPTION")
                .param("caption", "左前门划痕")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + shop.admin())
                .exchange();
        assertThat(uploaded).hasStatus(201);
        assertThat(Api.<List<String>>read(api.get(shop.admin(), "/api/v1/work-orders/{id}/photos", id), "$[*].caption"))
                .containsExactly("左前门划痕");
        MvcTestResult text = mvc.post()
                .uri("/api/v1/work-orders/{id}/photos", id)
                .multipart()
                .file(new MockMultipartFile("file", "notes.txt", "text/plain", new byte[] {1}))
                .param("stage", "WORK")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + shop.admin())
                .exchange();
        assertThat(text).hasStatus(400);
        // Checked by content, not by the declared type or name: a script in an SVG called a JPEG is refused.
        for (String disguised : List.of(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "<html><script>alert(1)</script></html>",
                "MZ\u0090 an executable")) {
            MvcTestResult refused = mvc.post()
                    .uri("/api/v1/work-orders/{id}/photos", id)
                    .multipart()
                    .file(new MockMultipartFile(
                            "file", "photo.jpg", "image/jpeg", disguised.getBytes(StandardCharsets.UTF_8)))
                    .param("stage", "WORK")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + shop.admin())
                    .exchange();
            assertThat(refused).as(disguised).hasStatus(400);
        }
        assertThat(Api.<List<String>>read(api.get(shop.admin(), "/api/v1/work-orders/{id}/photos", id), "$[*].stage"))
                .containsExactly("RECEPTION");
    }

    static void assertProblem(MvcTestResult result, String code) {
        assertThat(result).hasStatus(409);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        Map<String, Object> problem = Api.read(result, "$");
        assertThat(String.valueOf(problem.get("type"))).endsWith(code);
        assertThat(String.valueOf(problem.get("detail"))).isNotBlank();
    }
}

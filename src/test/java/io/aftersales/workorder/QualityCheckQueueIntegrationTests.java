package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The QC inspector (质检员) works from a queue of exactly the store's jobs in quality check: those to check first, then
 * those passed and waiting for the final test. They pass, fail and complete jobs; they do not receive or dispatch. The
 * workshop foreman dispatches.
 */
@IntegrationTest
class QualityCheckQueueIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theQueueHoldsExactlyTheStoresJobsInQualityCheckAndTheInspectorWorksIt() {
        Workshop shop = new Workshop(api);
        Api.User qc = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.QC_INSPECTOR);
        Api.User foreman = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.FOREMAN);

        // The foreman dispatches; the inspector may not, nor receive.
        String first = shop.receivedWithLines();
        assertThat(shop.act(first, "estimate", "")).hasStatusOk();
        assertThat(shop.act(
                        first,
                        "approve",
                        "\"approvedLineIds\":[\"" + String.join("\",\"", shop.lineIds(first))
                                + "\"],\"approvedBy\":\"张伟\""))
                .hasStatusOk();
        String lead = "\"leadTechnicianId\":\"" + shop.technician.id() + "\"";
        assertThat(shop.act(qc.token(), first, "dispatch", lead)).hasStatus(403);
        assertThat(shop.act(foreman.token(), first, "dispatch", lead)).hasStatusOk();
        assertThat(api.post(qc.token(), "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"REPAIR","complaint":"异响"}
                """.formatted(
                                shop.tenant.storeId(), shop.customerId, shop.assetId)))
                .hasStatus(403);
        assertThat(shop.act(shop.technician.token(), first, "start", "")).hasStatusOk();
        submit(shop, first);

        String second = shop.receivedWithLines();
        shop.approveDispatchAndStart(second);
        submit(shop, second);
        String stillWorking = shop.receivedWithLines();
        shop.approveDispatchAndStart(stillWorking);
        String delivered = shop.deliveredRepair();

        List<String> queue = ids(api.get(qc.token(), "/api/v1/work-orders/qc-queue"));
        assertThat(queue).containsExactly(first, second);
        assertThat(queue).doesNotContain(stillWorking, delivered);

        // The lead may not check their own work; the inspector passes the first and it moves behind the second.
        assertThat(shop.act(shop.technician.token(), first, "pass-qc", "")).hasStatus(409);
        assertThat(shop.act(qc.token(), first, "pass-qc", "\"note\":\"扭矩复核\"")).hasStatusOk();
        var after = api.get(qc.token(), "/api/v1/work-orders/qc-queue?storeId={s}", shop.tenant.storeId());
        assertThat(ids(after)).containsExactly(second, first);
        assertThat(Api.<List<Boolean>>read(after, "$[*].passed")).containsExactly(false, true);
        assertThat(Api.<List<String>>read(after, "$[*].waitingSince"))
                .allSatisfy(at -> assertThat(at).isNotBlank());

        // A failed check goes back to the workshop and leaves the queue; the final test completes the passed one.
        assertThat(shop.act(qc.token(), second, "fail-qc", "\"reason\":\"漏装隔热垫\""))
                .hasStatusOk();
        assertThat(shop.status(second)).isEqualTo("IN_PROGRESS");
        assertThat(shop.act(qc.token(), first, "complete", "\"finalTest\":\"路试正常\""))
                .hasStatusOk();
        assertThat(shop.status(first)).isEqualTo("COMPLETED");
        assertThat(ids(api.get(qc.token(), "/api/v1/work-orders/qc-queue"))).isEmpty();

        // Another store of the organisation has a queue of its own; an inspector there sees none of this store's jobs.
        StoreId otherStore = new StoreId(UUID.fromString(
                Api.read(api.post(shop.admin(), "/api/v1/stores", "{\"code\":\"Q02\",\"name\":\"二号店\"}"), "$.id")));
        Api.User otherQc = api.newUser(shop.tenant, List.of(otherStore), Role.QC_INSPECTOR);
        submit(shop, second);
        assertThat(ids(api.get(qc.token(), "/api/v1/work-orders/qc-queue"))).containsExactly(second);
        assertThat(ids(api.get(otherQc.token(), "/api/v1/work-orders/qc-queue")))
                .isEmpty();
        assertThat(ids(api.get(otherQc.token(), "/api/v1/work-orders/qc-queue?storeId={s}", shop.tenant.storeId())))
                .isEmpty();
        // Another organisation sees nothing, and the roles without a part in quality check are refused.
        assertThat(ids(api.get(
                        new Workshop(api).admin(), "/api/v1/work-orders/qc-queue?storeId={s}", shop.tenant.storeId())))
                .isEmpty();
        Api.User clerk = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.PARTS_CLERK);
        assertThat(api.get(clerk.token(), "/api/v1/work-orders/qc-queue")).hasStatus(403);
    }

    @Test
    void theInspectorsPhonePageListsTheQueueAndItsFormsComeBackToIt() {
        Workshop shop = new Workshop(api);
        Api.User qc = api.newUser(shop.tenant, List.of(shop.tenant.storeId()), Role.QC_INSPECTOR);
        var inspector = api.signedIn(qc.username());

        assertThat(mvc.get().uri("/").with(user(inspector)).exchange()).hasRedirectedUrl("/work-orders/qc");
        assertThat(mvc.get().uri("/work-orders/qc").with(user(inspector)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("目前没有等待质检的作业");

        String job = shop.receivedWithLines();
        shop.approveDispatchAndStart(job);
        submit(shop, job);
        assertThat(mvc.get()
                        .uri("/work-orders/qc?lang=en")
                        .with(user(inspector))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Quality-check queue")
                .contains("To check")
                .contains("name=\"back\" value=\"qc\"");

        // A failed check without a reason changes nothing and says why, back on the queue.
        var blank = mvc.post()
                .uri("/work-orders/{id}/actions/fail-qc", job)
                .with(user(inspector))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("version", String.valueOf(shop.version(job)))
                .param("reason", " ")
                .param("back", "qc")
                .exchange();
        assertThat(blank).hasRedirectedUrl("/work-orders/qc");
        assertThat(shop.status(job)).isEqualTo("QUALITY_CHECK");
        assertThat(mvc.post()
                        .uri("/work-orders/{id}/actions/pass-qc", job)
                        .with(user(inspector))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("version", String.valueOf(shop.version(job)))
                        .param("back", "qc")
                        .exchange())
                .hasRedirectedUrl("/work-orders/qc");
        assertThat(Api.<String>read(shop.get(job), "$.qcPassedBy"))
                .isEqualTo(qc.id().toString());
        assertThat(mvc.get().uri("/work-orders/qc").with(user(inspector)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("质检通过，待终检")
                .contains("finalTest");
    }

    /** Logs a root cause on every approved labour line as the lead and submits for QC. */
    private static void submit(Workshop shop, String id) {
        for (String line :
                Api.<List<String>>read(shop.get(id), "$.lines[?(@.kind == 'LABOR' && @.decision == 'APPROVED')].id")) {
            assertThat(shop.act(
                            shop.technician.token(),
                            id,
                            "log",
                            "\"text\":\"拆检\",\"lineId\":\"" + line + "\",\"rootCause\":\"零件磨损\""))
                    .hasStatusOk();
        }
        assertThat(shop.act(shop.technician.token(), id, "submit-for-qc", "")).hasStatusOk();
    }

    private static List<String> ids(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Api.read(result, "$[*].job.id");
    }
}

package io.aftersales.feedback;

import static io.aftersales.feedback.FeedbackApiIntegrationTests.followUpOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The feedback loop in the browser: the agent's call with its script, the complaint desk's steps, the summaries. */
@IntegrationTest
class FeedbackWebIntegrationTests {

    @Autowired
    Api api;

    @Test
    void anAgentCallsFromTheScriptAndALowAnswerLandsOnTheComplaintDeskWhereItIsClosedStepByStep() {
        Workshop shop = new Workshop(api);
        UserDetails desk = api.signedIn(shop.tenant.adminUsername());
        String workOrder = shop.deliveredRepair();
        Map<String, Object> followUp = followUpOf(shop, workOrder);
        String id = (String) followUp.get("id");

        assertThat(api.page(desk, "/follow-ups?view=open"))
                .hasStatusOk()
                .bodyText()
                .contains("/follow-ups/" + id);
        MvcTestResult script = api.page(desk, "/follow-ups/" + id);
        assertThat(script)
                .hasStatusOk()
                .bodyText()
                .contains("回访要素")
                .contains("维修质量")
                .contains("未接通");

        MvcTestResult called = api.form(
                desk,
                "/follow-ups/" + id + "/complete",
                "version",
                String.valueOf(followUp.get("version")),
                "reached",
                "true",
                "scores[0]",
                "4",
                "scores[1]",
                "2",
                "notes[1]",
                "还有异响",
                "nps",
                "5");
        assertThat(called).hasStatus3xxRedirection();
        Map<String, Object> done = Api.read(api.get(shop.admin(), "/api/v1/follow-ups/{id}", id), "$");
        assertThat(done.get("status")).isEqualTo("DONE");
        assertThat(Api.<List<String>>read(api.get(shop.admin(), "/api/v1/follow-ups/{id}", id), "$.answers[*].text"))
                .contains("还有异响");

        MvcTestResult deskPage = api.page(desk, "/complaints");
        assertThat(deskPage).hasStatusOk().bodyText().contains("投诉处理").contains("待受理");
        String complaint =
                Api.read(api.get(shop.admin(), "/api/v1/complaints?workOrderId={w}", workOrder), "$.items[0].id");
        String base = "/complaints/" + complaint;
        assertThat(api.page(desk, base)).hasStatusOk().bodyText().contains("受理").contains("还有异响");

        api.form(desk, base + "/acknowledge", "version", version(shop, complaint));
        MvcTestResult refused = api.form(desk, base + "/resolve", "version", version(shop, complaint), "rootCause", "");
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused.getMvcResult().getFlashMap().get("failedText"))
                .asString()
                .contains("根本原因");
        api.form(
                desk,
                base + "/resolve",
                "version",
                version(shop, complaint),
                "rootCause",
                "张紧器装配不到位",
                "correctiveAction",
                "重新装配，装配后增加复检");
        api.form(desk, base + "/verify", "version", version(shop, complaint), "satisfied", "true");
        MvcTestResult closed = api.form(desk, base + "/close", "version", version(shop, complaint));
        assertThat(closed.getMvcResult().getFlashMap().get("saved")).isEqualTo("common.saved");
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/complaints/{id}", complaint), "$.status"))
                .isEqualTo("CLOSED");
        assertThat(api.page(desk, base)).bodyText().contains("已关闭").contains("客户确认满意");

        assertThat(api.page(desk, "/customers/" + shop.customerId))
                .bodyText()
                .contains("回访与投诉")
                .contains(base);
        assertThat(api.page(desk, "/satisfaction?per=TECHNICIAN"))
                .hasStatusOk()
                .bodyText()
                .contains("满意率");
        assertThat(api.page(desk, "/reminders?due=2099-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("主动服务提醒");
    }

    @Test
    void aComplaintTakenByPhoneIsOpenedFromTheCustomerPage() {
        Workshop shop = new Workshop(api);
        UserDetails desk = api.signedIn(shop.tenant.adminUsername());
        String workOrder = shop.deliveredRepair();

        assertThat(api.page(desk, "/complaints/new?customerId=" + shop.customerId))
                .hasStatusOk()
                .bodyText()
                .contains("登记投诉")
                .contains(workOrder);
        MvcTestResult opened = api.form(
                desk,
                "/complaints",
                "customerId",
                shop.customerId,
                "workOrderId",
                workOrder,
                "source",
                "PHONE",
                "severity",
                "HIGH",
                "description",
                "交车后发现漆面划痕");

        assertThat(opened).hasStatus3xxRedirection();
        Map<String, Object> complaint =
                Api.read(api.get(shop.admin(), "/api/v1/complaints?customerId={c}", shop.customerId), "$.items[0]");
        assertThat(complaint.get("severity")).isEqualTo("HIGH");
        assertThat(complaint.get("workOrderId")).isEqualTo(workOrder);
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/complaints/" + complaint.get("id"));
    }

    private String version(Workshop shop, String complaint) {
        return String.valueOf(
                Api.<Integer>read(api.get(shop.admin(), "/api/v1/complaints/{id}", complaint), "$.version"));
    }
}

package io.aftersales.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.TestVins;
import io.aftersales.support.Workshop;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The service lane in the browser: reception in three steps, the page's step forms, the board, the link, the PDF. */
@IntegrationTest
class WorkOrderWebIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    private MvcTestResult step(UserDetails user, String id, String action, String... params) {
        var request = mvc.post()
                .uri("/work-orders/{id}/actions/{a}", id, action)
                .with(user(user))
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String version(Workshop shop, String id) {
        return String.valueOf(shop.version(id));
    }

    @Test
    void aNewCustomersFirstWorkOrderStartsInTheNewCustomerFormWithTheirWordsCarriedToReception() {
        Workshop shop = new Workshop(api);
        UserDetails advisor = api.signedIn(shop.tenant.adminUsername());
        String plate = TestVins.plate();
        MvcTestResult saved = mvc.post()
                .uri("/customers/new")
                .param("type", "PERSON")
                .param("name", "刘洋")
                .param("phones", "137" + String.format("%08d", System.nanoTime() % 100_000_000))
                .param("asset.kind", "VEHICLE")
                .param("asset.plate", plate)
                .param("complaint", "  空调不制冷 ")
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/work-orders/new?assetId=").contains("complaint=");
        MvcTestResult reception =
                mvc.get().uri(java.net.URI.create(location)).with(user(advisor)).exchange();
        assertThat(reception).hasStatusOk().bodyText().contains(plate, "刘洋", ">空调不制冷</textarea>");

        // Without the customer's words the form saves the customer only, as before.
        MvcTestResult only = mvc.post()
                .uri("/customers/new")
                .param("type", "PERSON")
                .param("name", "刘洋二")
                .param("phones", "136" + String.format("%08d", System.nanoTime() % 100_000_000))
                .param("asset.kind", "VEHICLE")
                .param("asset.plate", TestVins.plate())
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(only.getResponse().getRedirectedUrl()).startsWith("/customers/");
    }

    @Test
    void aReturningCustomersWorkOrderOpensFromTheSearchBoxInThreeSteps() {
        Workshop shop = new Workshop(api);
        UserDetails advisor = api.signedIn(shop.tenant.adminUsername());
        String plate = Api.read(api.get(shop.admin(), "/api/v1/assets/{id}", shop.assetId), "$.plate");

        MvcTestResult found =
                mvc.get().uri("/search?q={q}", plate).with(user(advisor)).exchange();
        // One vehicle found: 开工单 is right there, with the customer's words and the type beside it.
        assertThat(found)
                .bodyText()
                .contains("action=\"/work-orders\"", "value=\"" + shop.assetId + "\"", "name=\"complaint\"")
                .contains("客户陈述（填写后直接开工单）", "开工单");
        MvcTestResult form = mvc.get()
                .uri("/work-orders/new?assetId={a}", shop.assetId)
                .with(user(advisor))
                .exchange();
        assertThat(form).hasStatusOk().bodyText().contains("保修期内").contains("客户陈述");
        MvcTestResult opened = mvc.post()
                .uri("/work-orders")
                .param("assetId", shop.assetId)
                .param("serviceType", "REPAIR")
                .param("complaint", "刹车时方向盘抖动")
                .param("mileage", "43000")
                .with(user(advisor))
                .with(csrf())
                .exchange();
        assertThat(opened).hasStatus3xxRedirection();
        String location = opened.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/work-orders/");
        MvcTestResult page = mvc.get().uri(location).with(user(advisor)).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("刹车时方向盘抖动").contains("已接车");
        assertThat(mvc.get()
                        .uri("/customers/{id}", shop.customerId)
                        .with(user(advisor))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("服务记录")
                .contains(location.substring("/work-orders/".length()));
    }

    @Test
    void aLineTooLargeToStoreIsSaidOnThePageAndAddsNothing() {
        Workshop shop = new Workshop(api);
        UserDetails advisor = api.signedIn(shop.tenant.adminUsername());
        String id = shop.receivedWithLines();
        int lines = shop.lineIds(id).size();

        MvcTestResult added = step(
                advisor,
                id,
                "lines",
                "version",
                version(shop, id),
                "kind",
                "LABOR",
                "description",
                "检测",
                "quantity",
                "99999999",
                "unitPrice",
                "99999999",
                "payType",
                "CUSTOMER");

        assertThat(added).hasStatus3xxRedirection();
        assertThat(added).flash().containsEntry("failedText", "数字或文字过大，无法保存。");
        assertThat(shop.lineIds(id)).hasSize(lines);
    }

    @Test
    void theLaneRunsThroughThePageFormsAndTheBoardShowsTheCard() throws IOException {
        Workshop shop = new Workshop(api);
        UserDetails advisor = api.signedIn(shop.tenant.adminUsername());
        UserDetails technician = api.signedIn(shop.technician.username());
        UserDetails inspector = api.signedIn(shop.inspector.username());
        String id = shop.receivedWithLines();
        String job = shop.lineIds(id).get(0);

        assertThat(mvc.get().uri("/work-orders/board").with(user(advisor)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains(id)
                .contains("车间看板");
        assertThat(mvc.get()
                        .uri("/work-orders/board")
                        .header("HX-Request", "true")
                        .with(user(advisor))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<nav")
                .contains(id);

        step(advisor, id, "template", "version", version(shop, id), "template", "minor-service");
        assertThat(shop.lineIds(id)).hasSize(5);
        step(advisor, id, "estimate", "version", version(shop, id));
        assertThat(shop.status(id)).isEqualTo("ESTIMATED");
        List<String> lines = shop.lineIds(id);
        var approve = mvc.post()
                .uri("/work-orders/{id}/actions/approve", id)
                .param("version", version(shop, id))
                .param("approvedBy", "张伟")
                .with(user(advisor))
                .with(csrf());
        for (int i = 0; i < lines.size(); i++) {
            approve = approve.param("decisions[" + lines.get(i) + "]", i == 4 ? "DECLINED" : "APPROVED");
        }
        assertThat(approve.exchange()).hasStatus3xxRedirection();
        assertThat(shop.status(id)).isEqualTo("APPROVED");
        step(
                advisor,
                id,
                "dispatch",
                "version",
                version(shop, id),
                "leadTechnicianId",
                shop.technician.id().toString(),
                "bay",
                "2号工位");
        step(technician, id, "start", "version", version(shop, id), "back", "mine");
        assertThat(mvc.get().uri("/work-orders/mine").with(user(technician)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("2号工位");
        step(technician, id, "log", "version", version(shop, id), "text", "更换张紧器", "lineId", job, "rootCause", "轴承磨损");
        step(
                technician,
                id,
                "log",
                "version",
                version(shop, id),
                "text",
                "换油",
                "lineId",
                lines.get(2),
                "rootCause",
                "到期保养");
        MvcTestResult refused = step(inspector, id, "complete", "version", version(shop, id), "finalTest", "正常");
        assertThat(refused).flash().containsKey("failedText");
        assertThat(refused)
                .flash()
                .hasEntrySatisfying(
                        "failedText", text -> assertThat(String.valueOf(text)).contains("不能执行"));
        assertThat(shop.status(id)).isEqualTo("IN_PROGRESS");
        step(technician, id, "submit-for-qc", "version", version(shop, id));
        step(inspector, id, "pass-qc", "version", version(shop, id));
        step(inspector, id, "complete", "version", version(shop, id), "finalTest", "路试正常");
        // The desk's settlement form starts from the amount due, paid by WeChat; one click settles it in full.
        double due = Api.<Double>read(shop.get(id), "$.amountDue");
        assertThat(mvc.get().uri("/work-orders/{id}", id).with(user(advisor)).exchange())
                .bodyText()
                .containsPattern("id=\"pay-amount\" name=\"amount\"\\s+value=\"" + String.format("%.2f", due) + "\"")
                .containsPattern("<option value=\"WECHAT_PAY\" selected=\"selected\">");
        step(
                advisor,
                id,
                "settle",
                "version",
                version(shop, id),
                "method",
                "WECHAT_PAY",
                "amount",
                String.format("%.2f", due));
        assertThat(Api.<List<String>>read(shop.get(id), "$.payments[*].method")).containsExactly("WECHAT_PAY");
        assertThat(Api.<Double>read(shop.get(id), "$.payments[0].amount")).isEqualTo(due);
        step(
                advisor,
                id,
                "deliver",
                "version",
                version(shop, id),
                "signedBy",
                "张伟",
                "signature",
                "data:image/png;base64,iVBORw0KGgo=");
        assertThat(shop.status(id)).isEqualTo("DELIVERED");
        assertThat(Api.<List<String>>read(shop.get(id), "$.lines[?(@.decision=='DECLINED')].id"))
                .hasSize(1);

        MvcTestResult pdf = mvc.get()
                .uri("/work-orders/{id}/documents/settlement.pdf", id)
                .with(user(advisor))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("结算单").contains("张伟").contains("微信支付").contains("建议未做");
        }
        assertThat(mvc.get().uri("/work-orders/{id}", id).with(user(advisor)).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("已交车")
                .contains("signature.png");
    }

    @Test
    void theCustomerApprovesOneLineAndDeclinesAnotherThroughTheNoLoginLink() {
        Workshop shop = new Workshop(api);
        String id = shop.receivedWithLines();
        assertThat(shop.act(id, "estimate", "")).hasStatusOk();
        MvcTestResult link = shop.act(id, "approval-link", "");
        assertThat(link).hasStatusOk();
        String token = Api.read(link, "$.token");
        assertThat(Api.<String>read(link, "$.url")).endsWith("/estimates/" + token);
        List<String> lines = shop.lineIds(id);

        MvcTestResult page = mvc.get().uri("/estimates/{t}", token).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("正时皮带张紧器").contains("同意维修");
        MvcTestResult answered = mvc.post()
                .uri("/estimates/{t}", token)
                .param("decisions[" + lines.get(0) + "]", "APPROVED")
                .param("decisions[" + lines.get(1) + "]", "DECLINED")
                .param("approvedBy", "张伟")
                .with(csrf())
                .exchange();
        assertThat(answered).hasStatusOk().bodyText().contains("谢谢");

        MvcTestResult order = shop.get(id);
        assertThat(Api.<String>read(order, "$.status")).isEqualTo("APPROVED");
        assertThat(Api.<String>read(order, "$.approvalChannel")).isEqualTo("LINK");
        assertThat(Api.<String>read(order, "$.lines[0].decision")).isEqualTo("APPROVED");
        assertThat(Api.<String>read(order, "$.lines[1].decision")).isEqualTo("DECLINED");
        assertThat(Api.<List<String>>read(order, "$.history[*].action")).contains("APPROVE");
        assertThat(mvc.get()
                        .uri("/work-orders/{id}", id)
                        .with(user(api.signedIn(shop.tenant.adminUsername())))
                        .exchange())
                .bodyText()
                .contains("建议未做");

        assertThat(mvc.get().uri("/estimates/{t}", token).exchange()).bodyText().contains("已过期或已使用");
        assertThat(mvc.get().uri("/estimates/{t}", "not-a-token").exchange())
                .bodyText()
                .contains("已过期或已使用");
        // A picture behind a used or unknown link is simply not there.
        assertThat(mvc.get()
                        .uri("/estimates/{t}/photos/{p}", token, UUID.randomUUID())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/estimates/{t}/photos/{p}", "not-a-token", UUID.randomUUID())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}

package io.aftersales.standards;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Standards audits in the browser: the checklist and audit forms with their field errors, closing an action. */
@IntegrationTest
class StandardsWebIntegrationTests {

    @Autowired
    Api api;

    @Test
    void anAuditIsRecordedItemByItemWithFieldErrorsAndItsFailedItemIsClosedByItsOwner() {
        Workshop shop = new Workshop(api);
        UserDetails manager = api.signedIn(shop.tenant.adminUsername());
        assertThat(api.form(
                        manager, "/audit-checklists/new", "name", "前台礼仪", "area", "ETIQUETTE", "items", "迎接客户 | 11"))
                .hasStatusOk()
                .bodyText()
                .contains("权重如有须为 1–10");
        assertThat(api.form(
                        manager,
                        "/audit-checklists/new",
                        "name",
                        "前台礼仪",
                        "area",
                        "ETIQUETTE",
                        "items",
                        "迎接客户 | 3\n着装统一"))
                .hasStatus3xxRedirection();
        String checklist = Api.read(api.get(shop.admin(), "/api/v1/audit-checklists"), "$[0].id");
        assertThat(Api.<List<Integer>>read(api.get(shop.admin(), "/api/v1/audit-checklists"), "$[0].items[*].weight"))
                .containsExactly(3, 1);

        String store = shop.tenant.storeId().toString();
        MvcTestResult unanswered = api.form(
                manager, "/store-audits/new", "storeId", store, "checklistId", checklist, "results[0].passed", "true");
        assertThat(unanswered).hasStatusOk().bodyText().contains("请判定此项是否合格");
        MvcTestResult noNote = api.form(
                manager,
                "/store-audits/new",
                "storeId",
                store,
                "checklistId",
                checklist,
                "results[0].passed",
                "true",
                "results[1].passed",
                "false");
        assertThat(noNote).hasStatusOk().bodyText().contains("请写明第 2 项存在的问题");
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/store-audits"), "$.total"))
                .isZero();

        MvcTestResult recorded = api.form(
                manager,
                "/store-audits/new",
                "storeId",
                store,
                "checklistId",
                checklist,
                "results[0].passed",
                "true",
                "results[1].passed",
                "false",
                "results[1].note",
                "未佩戴工牌",
                "results[1].ownerId",
                shop.technician.id().toString());
        assertThat(recorded).hasStatus3xxRedirection();
        assertThat(Api.<Object>read(api.get(shop.admin(), "/api/v1/store-audits"), "$.items[0].score")
                        .toString())
                .isEqualTo("75.0");

        UserDetails owner = api.signedIn(shop.technician.username());
        assertThat(api.page(owner, "/corrective-actions?mine=true"))
                .hasStatusOk()
                .bodyText()
                .contains("未佩戴工牌");
        String action =
                Api.read(api.get(shop.technician.token(), "/api/v1/corrective-actions?mine=true"), "$.items[0].id");
        assertThat(api.form(owner, "/corrective-actions/" + action + "/close", "version", "0", "note", "已补发工牌"))
                .hasStatus3xxRedirection();
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/corrective-actions"), "$.items[0].status"))
                .isEqualTo("DONE");
        assertThat(api.page(manager, "/store-audits")).hasStatusOk().bodyText().contains("75.0");
    }
}

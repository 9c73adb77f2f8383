package io.aftersales.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Claims and old parts in the browser: the claim form with its field errors, the maker's answer, the moves. */
@IntegrationTest
class WarrantyWebIntegrationTests {

    @Autowired
    Api api;

    @Test
    void aDeliveredWarrantyJobIsClaimedFromItsPageAndItsOldPartStoredAndShippedFromTheList() {
        Workshop shop = new Workshop(api);
        UserDetails desk = api.signedIn(shop.tenant.adminUsername());
        String job = Api.read(shop.receive("REPAIR"), "$.id");
        shop.addLine(job, "LABOR", "更换水泵", "2", "300", "WARRANTY");
        shop.addLine(job, "PART", "水泵", "1", "420", "WARRANTY");
        shop.approveDispatchAndStart(job);
        shop.finishAndDeliver(job);
        String labourLine = shop.lineIds(job).get(0);

        assertThat(api.page(desk, "/work-orders/" + job))
                .hasStatusOk()
                .bodyText()
                .contains("/warranty-claims/new?workOrderId=" + job);
        assertThat(api.page(desk, "/warranty-claims/new?workOrderId=" + job))
                .hasStatusOk()
                .bodyText()
                .contains("更换水泵")
                .contains("工时代码");

        MvcTestResult missing = api.form(desk, "/warranty-claims/new", "workOrderId", job, "faultCode", "P0217");
        assertThat(missing).hasStatusOk().bodyText().contains("请填写“更换水泵”的厂家工时代码");
        assertThat(Api.<Integer>read(api.get(shop.admin(), "/api/v1/warranty-claims"), "$.total"))
                .isZero();

        MvcTestResult created = api.form(
                desk, "/warranty-claims/new", "workOrderId", job, "labourCodes[" + labourLine + "]", "WP-0217");
        assertThat(created).hasStatus3xxRedirection();
        String claimId = Api.read(api.get(shop.admin(), "/api/v1/warranty-claims"), "$.items[0].id");
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/warranty-claims/" + claimId);
        assertThat(api.page(desk, "/warranty-claims/new?workOrderId=" + job))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/warranty-claims/" + claimId);
        assertThat(api.page(desk, "/warranty-claims/" + claimId))
                .hasStatusOk()
                .bodyText()
                .contains("WP-0217")
                .contains("已挂签");

        String oldPart = Api.read(api.get(shop.admin(), "/api/v1/old-parts"), "$.items[0].id");
        MvcTestResult early = api.form(desk, "/old-parts/ship", "selected", oldPart + ":0", "shipment", "HY-1");
        assertThat(early).hasStatus3xxRedirection();
        assertThat(early).flash().containsEntry("failed", "oldPart.illegalTransition");
        assertThat(api.form(desk, "/old-parts/store", "selected", oldPart + ":0", "bin", "A-01"))
                .hasStatus3xxRedirection();
        assertThat(api.form(desk, "/old-parts/ship", "selected", oldPart + ":1", "shipment", "HY-1"))
                .hasStatus3xxRedirection();
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/old-parts/{id}", oldPart), "$.status"))
                .isEqualTo("SHIPPED");
        assertThat(api.page(desk, "/old-parts?q=HY-1")).hasStatusOk().bodyText().contains("已回运");

        // The maker's answer from the claim's page; a technician does not see the claims.
        long version = ((Number) Api.read(api.get(shop.admin(), "/api/v1/warranty-claims/{id}", claimId), "$.version"))
                .longValue();
        MvcTestResult tooMuch = api.form(
                desk, "/warranty-claims/" + claimId + "/approve", "version", "" + version, "approvedAmount", "5000");
        assertThat(tooMuch).flash().containsEntry("failed", "warrantyClaim.approvedOutOfRange");
        assertThat(api.form(
                        desk,
                        "/warranty-claims/" + claimId + "/approve",
                        "version",
                        "" + version,
                        "approvedAmount",
                        "900"))
                .hasStatus3xxRedirection();
        assertThat(Api.<String>read(api.get(shop.admin(), "/api/v1/warranty-claims/{id}", claimId), "$.status"))
                .isEqualTo("APPROVED");
        assertThat(api.page(api.signedIn(shop.technician.username()), "/warranty-claims"))
                .hasStatus(403);
    }
}

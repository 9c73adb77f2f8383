package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Part lines of work orders hold, release and use stock of the work order's store. */
@IntegrationTest
class WorkOrderStockIntegrationTests {

    @Autowired
    Api api;

    private double stock(Workshop shop, String part, String field) {
        MvcTestResult stock =
                api.get(shop.admin(), "/api/v1/stock?storeId={s}&partId={p}", shop.tenant.storeId(), part);
        return ((Number) Api.read(stock, "$.items[0]." + field)).doubleValue();
    }

    private MvcTestResult partLine(Workshop shop, String id, String part, int quantity) {
        return api.post(shop.admin(), "/api/v1/work-orders/{id}/lines", """
                {"kind":"PART","description":"正时皮带张紧器","quantity":%d,"unitPrice":420,"payType":"CUSTOMER","partId":"%s"}
                """.formatted(quantity, part), id);
    }

    @Test
    void aPartLineReservesOnTheEstimateAndIsIssuedOnCompletionInTheLedgerWithItsValue() {
        Workshop shop = new Workshop(api);
        String part = InventoryApiIntegrationTests.newPart(api, shop.admin());
        api.post(shop.admin(), "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":5,"unitCost":280}
                """.formatted(shop.tenant.storeId(), part));
        MvcTestResult created = shop.receive("REPAIR");
        String id = Api.read(created, "$.id");
        shop.addLine(id, "LABOR", "更换张紧器", "1", "300", "CUSTOMER");
        MvcTestResult added = partLine(shop, id, part, 2);
        assertThat(added).hasStatus(201);
        assertThat(Api.<String>read(added, "$.lines[1].stock")).isEqualTo("ACTIVE");
        assertThat(Api.<String>read(added, "$.lines[1].partNumber")).startsWith("06K109");
        assertThat(Api.<Boolean>read(added, "$.lines[1].genuine")).isTrue();
        assertThat(stock(shop, part, "reserved")).isEqualTo(2.0);

        shop.approveDispatchAndStart(id);
        shop.act(
                shop.technician.token(),
                id,
                "log",
                "\"text\":\"更换\",\"lineId\":\"" + shop.lineIds(id).get(0) + "\",\"rootCause\":\"磨损\"");
        shop.act(shop.technician.token(), id, "submit-for-qc", "");
        shop.act(shop.inspector.token(), id, "pass-qc", "");
        MvcTestResult completed = shop.act(shop.inspector.token(), id, "complete", "\"finalTest\":\"正常\"");
        assertThat(completed).hasStatusOk();
        assertThat(Api.<String>read(completed, "$.lines[1].stock")).isEqualTo("ISSUED");

        assertThat(stock(shop, part, "onHand")).isEqualTo(3.0);
        assertThat(stock(shop, part, "reserved")).isZero();
        assertThat(stock(shop, part, "stockValue")).isEqualTo(840.0);
        MvcTestResult ledger = api.get(shop.admin(), "/api/v1/stock/movements?partId={p}", part);
        assertThat(Api.<List<String>>read(ledger, "$.items[*].type")).containsExactly("ISSUE", "RESERVE", "RECEIPT");
        assertThat(Api.<String>read(ledger, "$.items[0].workOrderId")).isEqualTo(id);
        assertThat(Api.<Number>read(ledger, "$.items[0].unitCost").doubleValue())
                .isEqualTo(280.0);
    }

    @Test
    void aShortPartIsBackOrderedAndADeclinedOrCancelledLineReleasesItsStock() {
        Workshop shop = new Workshop(api);
        String part = InventoryApiIntegrationTests.newPart(api, shop.admin());
        api.post(shop.admin(), "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":3,"unitCost":100}
                """.formatted(shop.tenant.storeId(), part));
        String id = Api.read(shop.receive("REPAIR"), "$.id");
        shop.addLine(id, "LABOR", "检查", "1", "300", "CUSTOMER");
        MvcTestResult held = partLine(shop, id, part, 2);
        MvcTestResult short_ = partLine(shop, id, part, 4);
        assertThat(Api.<String>read(held, "$.lines[1].stock")).isEqualTo("ACTIVE");
        assertThat(Api.<String>read(short_, "$.lines[2].stock")).isEqualTo("BACK_ORDERED");
        assertThat(stock(shop, part, "reserved")).isEqualTo(2.0);

        List<String> lines = shop.lineIds(id);
        assertThat(shop.act(id, "estimate", "")).hasStatusOk();
        assertThat(shop.act(id, "approve", """
                "approvedLineIds":["%s","%s"],"declinedLineIds":["%s"],"approvedBy":"张伟"
                """.formatted(lines.get(0), lines.get(2), lines.get(1))))
                .hasStatusOk();
        assertThat(stock(shop, part, "reserved")).isZero();
        assertThat(Api.<String>read(shop.get(id), "$.lines[1].stock")).isEqualTo("RELEASED");

        assertThat(shop.act(id, "cancel", "\"reason\":\"客户改约\"")).hasStatusOk();
        assertThat(Api.<String>read(shop.get(id), "$.lines[2].stock")).isEqualTo("RELEASED");
        assertThat(stock(shop, part, "onHand")).isEqualTo(3.0);
        assertThat(stock(shop, part, "reserved")).isZero();
    }
}

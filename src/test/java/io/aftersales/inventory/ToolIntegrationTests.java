package io.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.aftersales.shared.security.Role;
import io.aftersales.support.Api;
import io.aftersales.support.IntegrationTest;
import io.aftersales.support.Workshop;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class ToolIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult register(Api.Tenant tenant, String tag, LocalDate due) {
        return api.post(tenant.adminToken(), "/api/v1/tools", """
                {"storeId":"%s","assetTag":"%s","name":"扭力扳手 40-200Nm","category":"扭力工具","location":"工具柜 A","calibrationDue":"%s"}
                """.formatted(tenant.storeId(), tag, due));
    }

    private static long version(MvcTestResult result) {
        return ((Number) Api.read(result, "$.version")).longValue();
    }

    private MvcTestResult checkOut(Api.Tenant tenant, String tool, MvcTestResult read, UUID technician) {
        return api.post(
                tenant.adminToken(), "/api/v1/tools/{id}/check-out", """
                {"version":%d,"technicianId":"%s"}
                """.formatted(version(read), technician), tool);
    }

    @Test
    void aToolCheckedOutToATechnicianShowsOnTheListAndInTheTechniciansView() {
        Api.Tenant tenant = api.newTenant();
        Api.User tech = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        MvcTestResult tool = register(tenant, "tq-001", LocalDate.now().plusMonths(6));
        assertThat(tool).hasStatus(201);
        assertThat(Api.<String>read(tool, "$.assetTag")).isEqualTo("TQ-001");
        String id = Api.read(tool, "$.id");

        MvcTestResult out = checkOut(tenant, id, tool, tech.id());
        assertThat(out).hasStatusOk();
        assertThat(Api.<String>read(out, "$.holderId")).isEqualTo(tech.id().toString());
        MvcTestResult again = checkOut(tenant, id, out, tech.id());
        assertThat(again).hasStatus(409);
        assertThat(Api.<String>read(again, "$.type")).endsWith("tool-checked-out");

        MvcTestResult held = api.get(tech.token(), "/api/v1/tools?holderId={h}", tech.id());
        assertThat(Api.<List<String>>read(held, "$.items[*].assetTag")).containsExactly("TQ-001");
        assertThat(mvc.get()
                        .uri("/work-orders/mine")
                        .with(user(api.signedIn(tech.username())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("我的工具")
                .contains("TQ-001");
        assertThat(mvc.get()
                        .uri("/tools")
                        .with(user(api.signedIn(tenant.adminUsername())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("TQ-001")
                .contains("测试用户");

        MvcTestResult back =
                api.post(tenant.adminToken(), "/api/v1/tools/{id}/check-in", """
                {"version":%d,"condition":"NEEDS_REPAIR","note":"刻度松动"}
                """.formatted(version(out)), id);
        assertThat(back).hasStatusOk();
        assertThat(Api.<Object>read(back, "$.holderId")).isNull();
        assertThat(Api.<List<String>>read(back, "$.history[*].action"))
                .containsExactly("REGISTER", "CHECK_OUT", "CHECK_IN");
    }

    @Test
    void anOverdueCalibrationShowsOnTheOverdueListAndKeepsTheToolIn() {
        Api.Tenant tenant = api.newTenant();
        Api.User tech = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        MvcTestResult registered = register(tenant, "MM-9", LocalDate.now().minusDays(3));
        String overdue = Api.read(registered, "$.id");
        register(tenant, "MM-10", LocalDate.now().plusDays(30));

        MvcTestResult list = api.get(tenant.adminToken(), "/api/v1/tools?overdue=true");
        assertThat(Api.<List<String>>read(list, "$.items[*].assetTag")).containsExactly("MM-9");
        assertThat(Api.<Boolean>read(list, "$.items[0].calibrationOverdue")).isTrue();
        MvcTestResult refused = checkOut(tenant, overdue, registered, tech.id());
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.type")).endsWith("calibration-overdue");

        assertThat(api.post(
                        tenant.adminToken(),
                        "/api/v1/tools/{id}/calibrate",
                        """
                {"version":%d,"nextDue":"%s"}
                """.formatted(version(registered), LocalDate.now().plusYears(1)),
                        overdue))
                .hasStatusOk();
        assertThat(Api.<List<Object>>read(api.get(tenant.adminToken(), "/api/v1/tools?overdue=true"), "$.items"))
                .isEmpty();

        Api.Tenant other = api.newTenant();
        assertThat(api.get(other.adminToken(), "/api/v1/tools/{id}", overdue)).hasStatus(404);
    }

    @Test
    void anOnSiteWorkOrderCopiesTheToolKitAndLeavesOnlyWithEveryToolTicked() {
        Workshop shop = new Workshop(api);
        api.post(shop.admin(), "/api/v1/tools", """
                {"storeId":"%s","assetTag":"KIT-1","name":"便携式诊断仪","category":"上门工具"}
                """.formatted(shop.tenant.storeId()));
        api.post(shop.admin(), "/api/v1/tools", """
                {"storeId":"%s","assetTag":"BENCH-1","name":"台钻","category":"车间设备"}
                """.formatted(shop.tenant.storeId()));
        String id = Api.read(shop.receive("ON_SITE"), "$.id");
        MvcTestResult kit = shop.act(id, "tool-kit", "");
        assertThat(kit).hasStatusOk();
        assertThat(Api.<List<String>>read(kit, "$.checklist[*].item")).containsExactly("KIT-1 便携式诊断仪");

        shop.addLine(id, "LABOR", "上门检修", "2", "300", "CUSTOMER");
        shop.act(id, "estimate", "");
        shop.act(id, "approve", "\"approvedLineIds\":[\"" + shop.lineIds(id).get(0) + "\"],\"approvedBy\":\"李总\"");
        shop.act(id, "dispatch", "\"leadTechnicianId\":\"" + shop.technician.id() + "\"");
        MvcTestResult refused = shop.act(shop.technician.token(), id, "start", "");
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.type")).endsWith("checklist-not-ticked");
        shop.act(shop.technician.token(), id, "checklist", "\"ticked\":[0]");
        assertThat(shop.act(shop.technician.token(), id, "start", "")).hasStatusOk();
    }

    @Test
    void aReservationOrACheckOutNamingAWorkOrderThatDoesNotExistHereIsRefused() {
        Api.Tenant tenant = api.newTenant();
        Workshop elsewhere = new Workshop(api);
        String theirOrder = Api.read(elsewhere.receive("REPAIR"), "$.id");
        String part = InventoryApiIntegrationTests.newPart(api, tenant.adminToken());
        api.post(tenant.adminToken(), "/api/v1/stock/receipts", """
                {"storeId":"%s","partId":"%s","quantity":5,"unitCost":100}
                """.formatted(tenant.storeId(), part));
        MvcTestResult tool = register(tenant, "tq-009", LocalDate.now().plusMonths(6));
        for (String workOrder : List.of(UUID.randomUUID().toString(), theirOrder)) {
            MvcTestResult reservation = api.post(tenant.adminToken(), "/api/v1/stock/reservations", """
                    {"storeId":"%s","partId":"%s","quantity":1,"workOrderId":"%s"}
                    """.formatted(
                            tenant.storeId(), part, workOrder));
            assertThat(reservation).hasStatus(400);
            assertThat(Api.<List<String>>read(reservation, "$.errors[*].field")).containsExactly("workOrderId");
            MvcTestResult checkOut = api.post(
                    tenant.adminToken(),
                    "/api/v1/tools/{id}/check-out",
                    """
                    {"version":%d,"workOrderId":"%s"}
                    """.formatted(version(tool), workOrder),
                    Api.<String>read(tool, "$.id"));
            assertThat(checkOut).hasStatus(400);
            assertThat(Api.<List<String>>read(checkOut, "$.errors[*].field")).containsExactly("workOrderId");
        }
        MvcTestResult stock = api.get(tenant.adminToken(), "/api/v1/stock?partId={p}", part);
        assertThat(((Number) Api.read(stock, "$.items[0].reserved")).doubleValue())
                .isZero();
    }
}

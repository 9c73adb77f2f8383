package io.aftersales.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Object Mother of a store's service lane through the API: a new organisation with an advisor (its admin), two
 * technicians, a customer with a vehicle under warranty, and helpers that take a work order one step further,
 * each with the version read last.
 */
public class Workshop {

    public final Api api;
    public final Api.Tenant tenant;
    public final Api.User technician;
    public final Api.User inspector;
    public final String customerId;
    public final String assetId;

    public Workshop(Api api) {
        this(api, LocalDate.now().plusYears(2));
    }

    public Workshop(Api api, LocalDate warrantyEnd) {
        this.api = api;
        this.tenant = api.newTenant();
        this.technician = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        this.inspector = api.newUser(tenant, List.of(tenant.storeId()), Role.TECHNICIAN);
        MvcTestResult customer = api.post(tenant.adminToken(), "/api/v1/customers", """
                {"type":"PERSON","name":"张伟","phones":["139%08d"]}
                """.formatted(
                        ThreadLocalRandom.current().nextInt(100_000_000)));
        assertThat(customer).hasStatus(201);
        this.customerId = Api.read(customer, "$.customer.id");
        this.assetId = newVehicle(warrantyEnd);
    }

    public String newVehicle(LocalDate warrantyEnd) {
        MvcTestResult asset = api.post(tenant.adminToken(), "/api/v1/assets", """
                {"customerId":"%s","kind":"VEHICLE","vin":"%s","plate":"%s","brand":"大众","model":"朗逸",
                 "warrantyStart":"%s","warrantyEnd":"%s","warrantyMileage":100000}
                """.formatted(
                        customerId, TestVins.next(), TestVins.plate(), warrantyEnd.minusYears(3), warrantyEnd));
        assertThat(asset).hasStatus(201);
        return Api.read(asset, "$.asset.id");
    }

    public String admin() {
        return tenant.adminToken();
    }

    public MvcTestResult receive(String serviceType) {
        return receive(assetId, serviceType);
    }

    public MvcTestResult receive(String asset, String serviceType) {
        return api.post(
                admin(), "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"%s",
                 "complaint":"冷车启动时发动机异响","mileage":42000,"fuelLevel":60,"itemsLeft":"行车记录仪"}
                """.formatted(tenant.storeId(), customerId, asset, serviceType));
    }

    /** A received repair with a labour line and a part line; returns the work order's id. */
    public String receivedWithLines() {
        MvcTestResult created = receive("REPAIR");
        assertThat(created).hasStatus(201);
        String id = Api.read(created, "$.id");
        addLine(id, "LABOR", "检查并更换正时皮带张紧器", "1.5", "300", "CUSTOMER");
        addLine(id, "PART", "正时皮带张紧器", "1", "420", "CUSTOMER");
        return id;
    }

    public MvcTestResult addLine(
            String id, String kind, String description, String quantity, String price, String pay) {
        MvcTestResult added = api.post(
                admin(),
                "/api/v1/work-orders/{id}/lines",
                """
                {"kind":"%s","description":"%s","quantity":%s,"unitPrice":%s,"payType":"%s","partNumber":"%s"}
                """.formatted(kind, description, quantity, price, pay, kind.equals("PART") ? "06K109479A" : ""),
                id);
        return added;
    }

    public MvcTestResult get(String id) {
        return api.get(admin(), "/api/v1/work-orders/{id}", id);
    }

    public long version(String id) {
        return ((Number) Api.read(get(id), "$.version")).longValue();
    }

    public String status(String id) {
        return Api.read(get(id), "$.status");
    }

    public List<String> lineIds(String id) {
        return Api.read(get(id), "$.lines[*].id");
    }

    /** POSTs an action with the current version and the given extra JSON fields, as the given user. */
    public MvcTestResult act(String token, String id, String action, String fields) {
        String body = "{\"version\":" + version(id) + (fields.isBlank() ? "" : "," + fields) + "}";
        return api.post(token, "/api/v1/work-orders/{id}/" + action, body, id);
    }

    public MvcTestResult act(String id, String action, String fields) {
        return act(admin(), id, action, fields);
    }

    /** Takes a received work order with lines through approval (all lines), dispatch and start. */
    public void approveDispatchAndStart(String id) {
        assertThat(act(id, "estimate", "")).hasStatusOk();
        String approved = String.join("\",\"", lineIds(id));
        assertThat(act(id, "approve", "\"approvedLineIds\":[\"" + approved + "\"],\"approvedBy\":\"张伟\""))
                .hasStatusOk();
        assertThat(act(id, "dispatch", "\"leadTechnicianId\":\"" + technician.id() + "\",\"bay\":\"3号工位\""))
                .hasStatusOk();
        assertThat(act(technician.token(), id, "start", "")).hasStatusOk();
    }

    /** Takes a started work order through the work log (a root cause on each labour line), QC, completion, settlement and delivery. */
    public void finishAndDeliver(String id) {
        finishAndDeliver(id, technician);
    }

    /** The same, with the given lead technician doing the work. */
    public void finishAndDeliver(String id, Api.User lead) {
        finishAndDeliver(id, lead, "\"signedBy\":\"张伟\"");
    }

    /** The same, handed over with these fields of the delivery (who signed, the signature drawn). */
    public void finishAndDeliver(String id, Api.User lead, String deliveryFields) {
        for (String line :
                Api.<List<String>>read(get(id), "$.lines[?(@.kind == 'LABOR' && @.decision == 'APPROVED')].id")) {
            assertThat(act(lead.token(), id, "log", """
                    "text":"拆检","lineId":"%s","rootCause":"零件磨损"
                    """.formatted(line))).hasStatusOk();
        }
        assertThat(act(lead.token(), id, "submit-for-qc", "")).hasStatusOk();
        assertThat(act(inspector.token(), id, "pass-qc", "")).hasStatusOk();
        assertThat(act(inspector.token(), id, "complete", "\"finalTest\":\"路试正常\""))
                .hasStatusOk();
        assertThat(act(id, "settle", "\"payments\":[]")).hasStatusOk();
        assertThat(act(id, "deliver", deliveryFields)).hasStatusOk();
    }

    /** A repair with a labour and a part line, taken all the way to delivery; returns its id. */
    public String deliveredRepair() {
        String id = receivedWithLines();
        approveDispatchAndStart(id);
        finishAndDeliver(id);
        return id;
    }

    public static UUID uuid(String value) {
        return UUID.fromString(value);
    }
}

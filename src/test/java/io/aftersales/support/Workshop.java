package io.aftersales.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.UserId;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.ApprovalChannel;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.PastWorkOrder;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderHistory;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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

    /** Received by the user of {@code token}, a comeback of {@code comebackOf} when given; returns its id. */
    public String receiveBy(String token, String asset, String serviceType, @Nullable String comebackOf) {
        MvcTestResult created = api.post(token, "/api/v1/work-orders", """
                {"storeId":"%s","customerId":"%s","assetId":"%s","serviceType":"%s","complaint":"异响","mileage":42000%s}
                """.formatted(
                        tenant.storeId(),
                        customerId,
                        asset,
                        serviceType,
                        comebackOf == null ? "" : ",\"comebackOf\":\"" + comebackOf + "\""));
        assertThat(created).hasStatus(201);
        return Api.read(created, "$.id");
    }

    /** Estimate, approval of every line, dispatch to {@code lead}, the work and delivery. */
    public void deliverLedBy(String id, Api.User lead) {
        assertThat(act(id, "estimate", "")).hasStatusOk();
        String approved = String.join("\",\"", lineIds(id));
        assertThat(act(id, "approve", "\"approvedLineIds\":[\"" + approved + "\"],\"approvedBy\":\"张伟\""))
                .hasStatusOk();
        assertThat(act(id, "dispatch", "\"leadTechnicianId\":\"" + lead.id() + "\",\"bay\":\"3号工位\""))
                .hasStatusOk();
        assertThat(act(lead.token(), id, "start", "")).hasStatusOk();
        finishAndDeliver(id, lead);
    }

    /** A repair with a labour and a part line, taken all the way to delivery; returns its id. */
    public String deliveredRepair() {
        String id = receivedWithLines();
        approveDispatchAndStart(id);
        finishAndDeliver(id);
        return id;
    }

    /** Runs {@code work} as the system inside this shop's organisation and store (for facades without an API). */
    public <T> T asSystem(Supplier<T> work) {
        return SystemUser.callAs(new OrganizationId(tenant.id()), List.of(tenant.storeId()), work);
    }

    public NewWorkOrder repairOf(String asset) {
        return new NewWorkOrder(
                tenant.storeId(),
                new CustomerId(UUID.fromString(customerId)),
                new AssetId(UUID.fromString(asset)),
                ServiceType.REPAIR,
                "水泵漏水",
                42_000,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * A repair of the past through the history: one labour hour sold (300 at customer pay), received by the admin,
     * led by {@link #technician}, who clocks on 50 minutes after reception and hands it to QC 100 minutes later.
     */
    public WorkOrderId pastRepair(WorkOrderHistory history, String asset, Instant received, Instant delivered) {
        return pastRepair(history, asset, received, delivered, List.of());
    }

    /** A past repair with the given lines besides its labour, none declined. */
    public WorkOrderId pastRepair(
            WorkOrderHistory history, String asset, Instant received, Instant delivered, List<NewLine> more) {
        return asSystem(() -> {
            PastWorkOrder job = history.receive(repairOf(asset), new UserId(tenant.adminId()), received);
            WorkOrderLineId labour = job.addLine(
                    NewLine.of(LineKind.LABOR, "更换水泵", BigDecimal.ONE, new BigDecimal("300"), PayType.CUSTOMER),
                    received.plusSeconds(600));
            more.forEach(line -> job.addLine(line, received.plusSeconds(700)));
            job.estimate(received.plusSeconds(900))
                    .approve(List.of(), "张伟", ApprovalChannel.DESK, received.plusSeconds(1800))
                    .dispatch(new UserId(technician.id()), "2号工位", received.plusSeconds(2400))
                    .start(labour, received.plusSeconds(3000))
                    .log("拆检确认水泵轴封损坏", labour, "轴封老化", received.plusSeconds(6000))
                    .submitForQualityCheck(received.plusSeconds(9000))
                    .passQualityCheck("复检合格", received.plusSeconds(9600))
                    .complete("路试正常", received.plusSeconds(10_000))
                    .settle(PaymentMethod.CARD, received.plusSeconds(10_800))
                    .deliver("张伟", delivered);
            return history.save(job);
        });
    }

    public static UUID uuid(String value) {
        return UUID.fromString(value);
    }
}

package io.aftersales.warranty;

import io.aftersales.inventory.MovementId;
import io.aftersales.inventory.MovementView;
import io.aftersales.inventory.StockManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.PartId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DailyCounters;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.warranty.domain.OldPart;
import io.aftersales.warranty.domain.OldPartRepository;
import io.aftersales.warranty.domain.WarrantyClaim;
import io.aftersales.warranty.domain.WarrantyClaimRepository;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.PayTypeTotal;
import io.aftersales.workorder.WorkOrderDelivered;
import io.aftersales.workorder.WorkOrderHistory;
import io.aftersales.workorder.WorkOrderId;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderManagement;
import io.aftersales.workorder.WorkOrderStatus;
import io.aftersales.workorder.WorkOrderView;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warranty claims to the maker (保修索赔): made from a delivered work order's WARRANTY lines, each labour line with the
 * maker's labour code and each part line with the ledger row that issued the new part; every part line's old part is
 * tagged with the claim. The maker's decision (approved amount or rejection) and its payment are recorded, and what
 * was claimed, approved and paid is reconciled per period. The desk makes and follows claims; managers and finance
 * record payments.
 */
@Service
public class WarrantyClaims {

    private static final Set<String> SORTS = Set.of("submittedAt", "number");

    private final WarrantyClaimRepository claims;
    private final OldPartRepository oldParts;
    private final WorkOrderManagement workOrders;
    private final WorkOrderHistory history;
    private final StockManagement stock;
    private final OrganizationManagement organization;
    private final DailyCounters counters;
    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;
    private final Clock clock;

    WarrantyClaims(
            WarrantyClaimRepository claims,
            OldPartRepository oldParts,
            WorkOrderManagement workOrders,
            WorkOrderHistory history,
            StockManagement stock,
            OrganizationManagement organization,
            DailyCounters counters,
            JdbcTemplate jdbc,
            AuditTrail auditTrail,
            Clock clock) {
        this.claims = claims;
        this.oldParts = oldParts;
        this.workOrders = workOrders;
        this.history = history;
        this.stock = stock;
        this.organization = organization;
        this.counters = counters;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Claims a delivered work order's WARRANTY lines (not those the customer declined): 400 when it is not delivered,
     * has none, or a labour line lacks its code; 409 when it was claimed already.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WarrantyClaimView create(NewWarrantyClaim request) {
        WorkOrderView order = workOrders.get(request.workOrderId());
        if (order.header().status() != WorkOrderStatus.DELIVERED) {
            throw new InvalidInputException("workOrderId", "warrantyClaim.notDelivered");
        }
        List<WorkOrderView.LineView> warrantyLines = warrantyLines(order);
        if (warrantyLines.isEmpty()) {
            throw new InvalidInputException("workOrderId", "warrantyClaim.noWarrantyLines");
        }
        if (claims.findByWorkOrderId(order.header().id().value()).isPresent()) {
            throw new DuplicateException(
                    "workOrderId",
                    "warrantyClaim.alreadyClaimed",
                    order.header().number());
        }
        Map<WorkOrderLineId, String> codes = new HashMap<>();
        for (NewWarrantyClaim.LabourCode code : request.codes()) {
            boolean labourLine =
                    warrantyLines.stream().anyMatch(l -> l.id().equals(code.lineId()) && l.kind() == LineKind.LABOR);
            if (!labourLine) {
                throw new InvalidInputException("labourCodes", "warrantyClaim.notALabourLine");
            }
            codes.put(code.lineId(), code.code().trim());
        }
        Map<WorkOrderLineId, MovementView> issues =
                stock.issuesOf(order.header().id());
        List<WarrantyClaim.Line> lines = new ArrayList<>();
        for (WorkOrderView.LineView line : warrantyLines) {
            String code = codes.get(line.id());
            if (line.kind() == LineKind.LABOR && code == null) {
                throw new InvalidInputException("labourCodes", "warrantyClaim.labourCodeRequired", line.description());
            }
            MovementView issue = issues.get(line.id());
            lines.add(new WarrantyClaim.Line(
                    line.id().value(),
                    line.kind(),
                    line.description(),
                    code,
                    Identifier.valueOf(line.partId()),
                    line.partNumber(),
                    line.quantity(),
                    line.amount(),
                    issue == null ? null : issue.id().value()));
        }
        SignedInUser user = CurrentUser.require();
        StoreId storeId = order.header().storeId();
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
        String number = "WC-%s-%03d"
                .formatted(
                        DateTimeFormatter.BASIC_ISO_DATE.format(today),
                        counters.next(
                                "warranty_claim_counter",
                                "organization_id",
                                user.organizationId().value(),
                                today));
        Instant now = clock.instant();
        WarrantyClaim claim = claims.saveNew(new WarrantyClaim(
                user.organizationId().value(),
                storeId.value(),
                number,
                order.header().id().value(),
                order.header().number(),
                order.header().assetLabel(),
                order.header().customerName(),
                request.faultCode(),
                request.note(),
                lines,
                user.userId().value(),
                now));
        int n = 0;
        for (WarrantyClaim.Line line : claim.lines()) {
            if (line.kind() == LineKind.PART) {
                oldParts.save(new OldPart(
                        user.organizationId().value(),
                        storeId.value(),
                        number + "-" + ++n,
                        claim.id(),
                        claim.workOrderId(),
                        line,
                        now));
            }
        }
        oldParts.flush();
        auditTrail.record(
                "CREATE",
                "WarrantyClaim",
                claim.id(),
                number + " " + order.header().number());
        return view(claim);
    }

    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public PagedResult<WarrantyClaimView> search(
            @Nullable StoreId storeId,
            @Nullable ClaimStatus status,
            @Nullable String q,
            @Nullable String sort,
            @Nullable Integer page,
            @Nullable Integer size) {
        Page<WarrantyClaim> found = claims.search(
                Identifier.valueOf(storeId),
                status,
                like(q),
                Paging.request(page, size, sort, SORTS, Sort.by(Sort.Direction.DESC, "submittedAt")));
        // The page's old parts in one query, not one per claim.
        List<UUID> ids = found.map(WarrantyClaim::id).toList();
        Map<UUID, List<OldPart>> parts = ids.isEmpty()
                ? Map.of()
                : oldParts.findByWarrantyClaimIdInOrderByTag(ids).stream()
                        .collect(Collectors.groupingBy(OldPart::warrantyClaimId));
        return PagedResult.of(found, c -> view(c, parts.getOrDefault(c.id(), List.of())));
    }

    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public WarrantyClaimView get(WarrantyClaimId id) {
        return view(find(id));
    }

    /** The claim of a work order, if it has one (404 for a work order the user cannot see). */
    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public @Nullable WarrantyClaimView ofWorkOrder(WorkOrderId workOrderId) {
        return claims.findByWorkOrderId(workOrderId.value()).map(this::view).orElse(null);
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WarrantyClaimView approve(
            WarrantyClaimId id, long version, BigDecimal amount, @Nullable String makerReference) {
        WarrantyClaim claim = find(id, version);
        claim.approve(amount, makerReference, clock.instant());
        return saved(claim, "APPROVE", amount.toPlainString());
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WarrantyClaimView reject(WarrantyClaimId id, long version, String reason, @Nullable String makerReference) {
        WarrantyClaim claim = find(id, version);
        claim.reject(reason, makerReference, clock.instant());
        return saved(claim, "REJECT", reason);
    }

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WarrantyClaimView resubmit(
            WarrantyClaimId id, long version, @Nullable String faultCode, @Nullable String note) {
        WarrantyClaim claim = find(id, version);
        claim.resubmit(faultCode, note, clock.instant());
        return saved(claim, "RESUBMIT", note);
    }

    /** The maker's payment (finance, managers): at most what was approved, on a day not after today. */
    @PreAuthorize(RoleGroups.FIGURES)
    @Transactional
    public WarrantyClaimView pay(
            WarrantyClaimId id, long version, BigDecimal amount, LocalDate paidOn, @Nullable String reference) {
        WarrantyClaim claim = find(id, version);
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(new StoreId(claim.storeId()))));
        claim.pay(amount, paidOn, reference, today, clock.instant());
        return saved(claim, "PAY", amount.toPlainString());
    }

    /** Claims submitted in [from, to] (store days), reconciled; every store the user sees, or one. */
    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public ClaimReconciliation reconciliation(LocalDate from, LocalDate to, @Nullable StoreId storeId) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "warrantyClaim.rangeReversed");
        }
        SignedInUser user = CurrentUser.require();
        var zone = organization.zoneOf(storeId);
        Map<String, Object> row = jdbc.queryForMap(
                """
                select count(*) as claims,
                  coalesce(sum(labour_amount + parts_amount), 0) as claimed,
                  coalesce(sum(case when status = 'SUBMITTED' then labour_amount + parts_amount else 0 end), 0) as waiting,
                  coalesce(sum(case when status = 'REJECTED' then labour_amount + parts_amount else 0 end), 0) as rejected,
                  coalesce(sum(case when status in ('APPROVED', 'PAID') then approved_amount else 0 end), 0) as approved,
                  coalesce(sum(case when status = 'APPROVED' then approved_amount else 0 end), 0) as unpaid,
                  coalesce(sum(case when status = 'PAID' then paid_amount else 0 end), 0) as paid,
                  coalesce(sum(case when status = 'PAID' then approved_amount - paid_amount else 0 end), 0) as shortfall
                from warranty_claim
                where organization_id = ? and submitted_at >= ? and submitted_at < ?
                  and (cast(? as uuid) is null or store_id = ?)
                """ + storeCondition(user, "store_id"),
                user.organizationId().value(),
                Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()),
                Identifier.valueOf(storeId),
                Identifier.valueOf(storeId));
        return new ClaimReconciliation(
                ((Number) row.get("claims")).intValue(),
                money(row.get("claimed")),
                money(row.get("waiting")),
                money(row.get("rejected")),
                money(row.get("approved")),
                money(row.get("unpaid")),
                money(row.get("paid")),
                money(row.get("shortfall")));
    }

    /** Delivered work orders with WARRANTY lines and no claim, oldest first (the maker's deadline runs). */
    @PreAuthorize(RoleGroups.WARRANTY_DESK)
    @Transactional(readOnly = true)
    public PagedResult<ClaimableJob> toClaim(@Nullable Integer page, @Nullable Integer size) {
        SignedInUser user = CurrentUser.require();
        var request = Paging.request(page, size, 25);
        List<ClaimableJob> rows = jdbc.query(
                """
                select j.work_order_id, j.number, j.store_id, j.asset_label, j.customer_name, j.warranty_amount,
                       j.delivered_at
                from claimable_job j
                where j.organization_id = ?
                  and not exists (select 1 from warranty_claim c
                                  where c.organization_id = j.organization_id and c.work_order_id = j.work_order_id)
                """ + storeCondition(user, "j.store_id") + """
                 order by j.delivered_at, j.number limit ? offset ?""",
                (rs, n) -> new ClaimableJob(
                        new WorkOrderId(rs.getObject("work_order_id", UUID.class)),
                        rs.getString("number"),
                        new StoreId(rs.getObject("store_id", UUID.class)),
                        rs.getString("asset_label"),
                        rs.getString("customer_name"),
                        rs.getBigDecimal("warranty_amount"),
                        rs.getTimestamp("delivered_at").toInstant()),
                user.organizationId().value(),
                request.getPageSize(),
                request.getOffset());
        Long total = jdbc.queryForObject(
                """
                select count(*) from claimable_job j
                where j.organization_id = ?
                  and not exists (select 1 from warranty_claim c
                                  where c.organization_id = j.organization_id and c.work_order_id = j.work_order_id)
                """ + storeCondition(user, "j.store_id"),
                Long.class,
                user.organizationId().value());
        return new PagedResult<>(
                rows, request.getPageNumber(), request.getPageSize(), total == null ? rows.size() : total);
    }

    /**
     * Remembers a delivered work order with WARRANTY lines as one to claim; told twice, it changes nothing. Called by
     * the listener of {@code WorkOrderDelivered} and by {@link #learnHistory()}.
     */
    void delivered(WorkOrderDelivered event) {
        BigDecimal warranty = event.totals().stream()
                .filter(t -> t.payType() == PayType.WARRANTY)
                .map(PayTypeTotal::net)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (warranty.signum() <= 0) {
            return;
        }
        jdbc.update(
                """
                insert into claimable_job (work_order_id, organization_id, store_id, number, asset_label,
                                           customer_name, warranty_amount, delivered_at)
                select ?, ?, ?, ?, ?, ?, ?, ? where not exists
                  (select 1 from claimable_job where work_order_id = ?)
                """,
                event.workOrderId().value(),
                event.organizationId().value(),
                event.storeId().value(),
                event.number(),
                event.assetLabel(),
                event.customerName(),
                warranty,
                Timestamp.from(event.deliveredAt()),
                event.workOrderId().value());
    }

    /**
     * Learns the jobs to claim from the work orders recorded before (an imported history, the demo's): every
     * delivered one with WARRANTY lines. Returns how many work orders were read.
     */
    @PreAuthorize(RoleGroups.ADMINS)
    @Transactional
    public long learnHistory() {
        return history.replay(received -> {}, this::delivered);
    }

    /** The lines of a work order a claim takes: paid by WARRANTY, not declined by the customer. */
    public static List<WorkOrderView.LineView> warrantyLines(WorkOrderView order) {
        return order.estimate().lines().stream()
                .filter(l -> l.payType() == PayType.WARRANTY && !l.recommended())
                .toList();
    }

    private WarrantyClaimView saved(WarrantyClaim claim, String action, @Nullable String detail) {
        claims.flush();
        auditTrail.record(action, "WarrantyClaim", claim.id(), claim.number() + (detail == null ? "" : " " + detail));
        return view(claim);
    }

    WarrantyClaimView view(WarrantyClaim claim) {
        return view(claim, oldParts.findByWarrantyClaimIdOrderByTag(claim.id()));
    }

    private static WarrantyClaimView view(WarrantyClaim claim, List<OldPart> parts) {
        return new WarrantyClaimView(
                new WarrantyClaimId(claim.id()),
                claim.number(),
                new StoreId(claim.storeId()),
                new WorkOrderId(claim.workOrderId()),
                claim.workOrderNumber(),
                claim.assetLabel(),
                claim.customerName(),
                claim.faultCode(),
                claim.note(),
                claim.status(),
                claim.labourAmount(),
                claim.partsAmount(),
                claim.claimedAmount(),
                claim.approvedAmount(),
                claim.makerReference(),
                claim.rejectionReason(),
                claim.paidAmount(),
                claim.paidOn(),
                claim.paymentReference(),
                claim.shortfall(),
                claim.submissions(),
                claim.submittedAt(),
                claim.decidedAt(),
                claim.version(),
                claim.lines().stream()
                        .map(l -> new WarrantyClaimView.ClaimLine(
                                new WorkOrderLineId(l.workOrderLineId()),
                                l.kind(),
                                l.description(),
                                l.labourCode(),
                                Identifier.of(l.partId(), PartId::new),
                                l.partNumber(),
                                l.quantity(),
                                l.amount(),
                                Identifier.of(l.issueMovementId(), MovementId::new)))
                        .toList(),
                parts.stream().map(p -> OldParts.view(p, claim.number())).toList());
    }

    /** Restricts plain SQL to the user's stores, as the store filter does for entities. */
    static String storeCondition(SignedInUser user, String column) {
        if (user.seesAllStores()) {
            return "";
        }
        if (user.storeIds().isEmpty()) {
            return " and 1 = 0";
        }
        return " and " + column + " in ("
                + String.join(
                        ",",
                        user.storeIds().stream().map(s -> "'" + s.value() + "'").toList())
                + ")";
    }

    static @Nullable String like(@Nullable String q) {
        return q == null || q.isBlank() ? null : "%" + q.trim().replace("%", "").replace("_", "") + "%";
    }

    private static BigDecimal money(@Nullable Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    WarrantyClaim find(WarrantyClaimId id) {
        return claims.findById(id.value()).orElseThrow(() -> new NotFoundException("warrantyClaim", id));
    }

    private WarrantyClaim find(WarrantyClaimId id, long version) {
        WarrantyClaim claim = find(id);
        StaleVersionException.check(version, claim.version());
        return claim;
    }
}

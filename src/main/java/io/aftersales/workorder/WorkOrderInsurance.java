package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.Labels;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.SearchText;
import io.aftersales.shared.Spreadsheets;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.workorder.domain.Insurance;
import io.aftersales.workorder.domain.WorkOrder;
import io.aftersales.workorder.domain.WorkOrderRepository;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insurance jobs (事故车): the insurer who pays a job's INSURANCE lines, its claim number and the excess the customer
 * pays (免赔额); the assessor's approval (定损) without which work does not start; and the insurer's payments of what
 * it owes once the job is settled. The list of insurance jobs is the front desk's and finance's: what waits for the
 * assessor, and what each insurer owes.
 */
@Service
public class WorkOrderInsurance {

    /** Where an insurance job stands with the insurer. */
    public enum InsuranceStage {
        /** Open and not yet assessed: work cannot start. */
        TO_ASSESS,
        /** Settled; the insurer has not paid all it owes. */
        OWING,
        /** Settled and paid by the insurer. */
        PAID
    }

    /** One insurance job as the list shows it; {@code insurerOwes} is zero until the job is settled. */
    public record InsuranceJob(
            WorkOrderSummary workOrder,
            String insurer,
            String claimNumber,
            BigDecimal excess,
            @Nullable String assessor,
            @Nullable BigDecimal assessedAmount,
            BigDecimal insurerDue,
            BigDecimal insurerPaid,
            BigDecimal insurerOwes) {}

    /** What one insurer owes of the settled jobs, and of how many. */
    public record InsurerBalance(String insurer, long jobs, BigDecimal owes) {}

    /** Not yet delivered or cancelled (a completed or settled job was assessed: it could not be completed else). */
    private static final Set<WorkOrderStatus> OPEN =
            EnumSet.complementOf(EnumSet.of(WorkOrderStatus.DELIVERED, WorkOrderStatus.CANCELLED));

    private static final Set<WorkOrderStatus> SETTLED = EnumSet.of(WorkOrderStatus.SETTLED, WorkOrderStatus.DELIVERED);
    private static final Set<String> SORTS = Set.of("createdAt", "number");

    private final WorkOrderSteps steps;
    private final WorkOrderRepository workOrders;
    private final Labels labels;

    WorkOrderInsurance(WorkOrderSteps steps, WorkOrderRepository workOrders, Labels labels) {
        this.steps = steps;
        this.workOrders = workOrders;
        this.labels = labels;
    }

    /** Makes the job an insurance job, or corrects its insurer, claim number or excess. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView insure(WorkOrderId id, long version, String insurer, String claimNumber, BigDecimal excess) {
        return steps.act(
                id,
                version,
                "INSURE",
                order -> order.insure(insurer, claimNumber, excess, WorkOrderSteps.actor(), steps.now()));
    }

    /** The assessor's approved amount for the insurance lines, tax included. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView assess(WorkOrderId id, long version, String assessor, BigDecimal amount) {
        return steps.act(
                id, version, "ASSESS", order -> order.assess(assessor, amount, WorkOrderSteps.actor(), steps.now()));
    }

    /** The insurer pays (part of) what it owes of a settled job. */
    @PreAuthorize(RoleGroups.CASHIERS)
    @Transactional
    public WorkOrderView insurerPaid(WorkOrderId id, long version, BigDecimal amount) {
        return steps.act(
                id, version, "INSURER_PAID", order -> order.insurerPaid(amount, WorkOrderSteps.actor(), steps.now()));
    }

    @PreAuthorize(RoleGroups.CASHIERS)
    @Transactional(readOnly = true)
    public PagedResult<InsuranceJob> search(
            @Nullable StoreId storeId,
            @Nullable String q,
            @Nullable InsuranceStage stage,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort) {
        Instant now = steps.now();
        return PagedResult.of(
                workOrders.searchInsured(
                        Identifier.valueOf(storeId),
                        SearchText.containing(q),
                        stage == null ? null : stage.name(),
                        OPEN,
                        SETTLED,
                        Paging.request(page, size, sort, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"))),
                order -> job(order, now));
    }

    /** The insurance jobs of a search as an XLSX sheet, one row each, for the reconciliation with the insurers. */
    @PreAuthorize(RoleGroups.CASHIERS)
    @Transactional(readOnly = true)
    public void export(
            @Nullable StoreId storeId, @Nullable String q, @Nullable InsuranceStage stage, OutputStream out) {
        List<List<?>> rows = new ArrayList<>();
        for (InsuranceJob job : PagedResult.allPages(page -> search(storeId, q, stage, page, Paging.MAX_SIZE, null))) {
            WorkOrderSummary order = job.workOrder();
            rows.add(Arrays.asList(
                    order.number(),
                    order.createdAt().toString(),
                    order.customerName(),
                    order.assetLabel(),
                    labels.of("workOrder.status.", order.status()),
                    job.insurer(),
                    job.claimNumber(),
                    job.assessedAmount(),
                    job.excess(),
                    job.insurerDue(),
                    job.insurerPaid(),
                    job.insurerOwes()));
        }
        Spreadsheets.writeXlsx(
                out,
                labels.text("insuranceJobs.title"),
                labels.texts(
                        "workOrder.number",
                        "workOrder.receivedAt",
                        "workOrder.customer",
                        "workOrder.asset",
                        "workOrder.status",
                        "insurance.insurer",
                        "insurance.claimNumber",
                        "insurance.assessedAmount",
                        "insurance.excess",
                        "insurance.insurerDue",
                        "insurance.insurerPaid",
                        "insuranceJobs.owes"),
                rows);
    }

    /** What each insurer owes of the settled jobs, the largest first. */
    @PreAuthorize(RoleGroups.CASHIERS)
    @Transactional(readOnly = true)
    public List<InsurerBalance> owedByInsurer(@Nullable StoreId storeId) {
        return workOrders.owedByInsurer(Identifier.valueOf(storeId), SETTLED).stream()
                .map(row -> new InsurerBalance((String) row[0], (Long) row[1], (BigDecimal) row[2]))
                .toList();
    }

    private static InsuranceJob job(WorkOrder order, Instant now) {
        Insurance insurance = Objects.requireNonNull(order.insurance());
        boolean settled = SETTLED.contains(order.status());
        return new InsuranceJob(
                order.toSummary(now),
                insurance.insurer(),
                insurance.claimNumber(),
                insurance.excess(),
                insurance.assessor(),
                insurance.assessedAmount(),
                insurance.due(),
                insurance.paid(),
                settled ? insurance.due().subtract(insurance.paid()) : BigDecimal.ZERO);
    }
}

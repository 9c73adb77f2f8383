package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.domain.Actor;
import io.aftersales.workorder.domain.WorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A job of the past on its way through the lane (see {@link WorkOrderHistory}): each step with the time it was
 * done, by the advisor who received the job or, in the workshop, by its lead technician. The work order's own rules
 * apply to every step.
 */
public final class PastWorkOrder {

    private final WorkOrder order;
    private final UUID organizationId;
    private final Actor advisor;
    private final ZoneId zone;
    private final Instant receivedAt;
    private final Function<UserId, Actor> actors;
    private @Nullable Actor lead;
    private @Nullable Instant deliveredAt;
    private @Nullable Instant cancelledAt;

    PastWorkOrder(
            WorkOrder order,
            UUID organizationId,
            Actor advisor,
            ZoneId zone,
            Instant receivedAt,
            Function<UserId, Actor> actors) {
        this.order = order;
        this.organizationId = organizationId;
        this.advisor = advisor;
        this.zone = zone;
        this.receivedAt = receivedAt;
        this.actors = actors;
    }

    public WorkOrderLineId addLine(NewLine line, Instant at) {
        return new WorkOrderLineId(order.addLine(line, advisor, at).id());
    }

    /** An insurance job (事故车): the insurer, its claim number and the excess the customer pays. */
    public PastWorkOrder insure(String insurer, String claimNumber, BigDecimal excess, Instant at) {
        order.insure(insurer, claimNumber, excess, advisor, at);
        return this;
    }

    /** The insurer's assessor approves what the insurance lines come to. */
    public PastWorkOrder assess(String assessor, Instant at) {
        WorkOrderView.Insurance insurance =
                Objects.requireNonNull(order.toView(at).insurance());
        order.assess(assessor, insurance.insured(), advisor, at);
        return this;
    }

    /** The insurer pays all it owes. */
    public PastWorkOrder insurerPaid(Instant at) {
        WorkOrderView.Insurance insurance =
                Objects.requireNonNull(order.toView(at).insurance());
        if (insurance.insurerOwes().signum() > 0) {
            order.insurerPaid(insurance.insurerOwes(), advisor, at);
        }
        return this;
    }

    public PastWorkOrder estimate(Instant at) {
        order.estimate(advisor, at);
        return this;
    }

    /** The customer's answer: every line not declined is approved. */
    public PastWorkOrder approve(
            Collection<WorkOrderLineId> declined, String approvedBy, ApprovalChannel channel, Instant at) {
        List<UUID> no = Identifier.values(declined);
        List<UUID> yes = order.toView(at).estimate().lines().stream()
                .map(line -> line.id().value())
                .filter(id -> !no.contains(id))
                .toList();
        order.approve(yes, no, approvedBy, channel, advisor, at);
        return this;
    }

    public PastWorkOrder dispatch(UserId leadTechnician, @Nullable String bay, Instant at) {
        lead = actors.apply(leadTechnician);
        order.dispatch(leadTechnician.value(), List.of(), bay, null, advisor, at);
        return this;
    }

    /** The lead technician starts and clocks on to the line. */
    public PastWorkOrder start(WorkOrderLineId line, Instant at) {
        order.start(lead(), at);
        order.clockOn(Objects.requireNonNull(lead().id()), line.value(), at);
        return this;
    }

    public PastWorkOrder log(String text, WorkOrderLineId line, @Nullable String rootCause, Instant at) {
        order.log(text, line.value(), rootCause, lead(), at);
        return this;
    }

    public PastWorkOrder hold(String reason, Instant at) {
        order.hold(reason, lead(), at);
        return this;
    }

    public PastWorkOrder submitForQualityCheck(Instant at) {
        order.submitForQualityCheck(lead(), at);
        return this;
    }

    public PastWorkOrder passQualityCheck(@Nullable String note, Instant at) {
        order.passQualityCheck(note, advisor, at);
        return this;
    }

    public PastWorkOrder complete(@Nullable String finalTestResult, Instant at) {
        order.complete(finalTestResult, advisor, at);
        return this;
    }

    /** Settles with the whole amount due paid by one method (nothing to pay when warranty or goodwill covers it). */
    public PastWorkOrder settle(PaymentMethod method, Instant at) {
        BigDecimal due = order.toView(at).estimate().amountDue();
        order.settle(due.signum() > 0 ? List.of(new PaymentLine(method, due)) : List.of(), advisor, at);
        return this;
    }

    public PastWorkOrder deliver(String signedBy, Instant at) {
        order.deliver(signedBy, null, advisor, at);
        deliveredAt = at;
        return this;
    }

    public PastWorkOrder cancel(String reason, Instant at) {
        order.cancel(reason, advisor, at);
        cancelledAt = at;
        return this;
    }

    public WorkOrderStatus status() {
        return order.status();
    }

    WorkOrder order() {
        return order;
    }

    UUID organizationId() {
        return organizationId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    @Nullable
    Instant deliveredAt() {
        return deliveredAt;
    }

    @Nullable
    Instant cancelledAt() {
        return cancelledAt;
    }

    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private Actor lead() {
        return lead == null ? advisor : lead;
    }
}

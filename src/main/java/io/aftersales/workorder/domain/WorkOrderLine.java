package io.aftersales.workorder.domain;

import io.aftersales.shared.Identifier;
import io.aftersales.shared.PartId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.workorder.LineDecision;
import io.aftersales.workorder.LineKind;
import io.aftersales.workorder.NewLine;
import io.aftersales.workorder.PayType;
import io.aftersales.workorder.WorkOrderLineId;
import io.aftersales.workorder.WorkOrderView.LineView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the estimate: a job (labour), a part, sublet work or a fee, with who pays and the customer's answer. */
@Entity
@Table(name = "work_order_line")
public class WorkOrderLine {

    @Id
    private UUID id;

    private int position;

    @Enumerated(EnumType.STRING)
    private LineKind kind;

    private String description;
    private BigDecimal quantity;
    private BigDecimal unitPrice;

    /** Percent off, e.g. the membership labour discount on customer-paid labour. */
    private BigDecimal discountPercent;

    @Enumerated(EnumType.STRING)
    private PayType payType;

    private @Nullable UUID partId;
    private @Nullable String partNumber;
    private @Nullable Boolean genuine;

    @Enumerated(EnumType.STRING)
    private LineDecision decision;

    private @Nullable Instant decidedAt;
    private @Nullable String rootCause;
    private @Nullable String warrantyOverrideReason;
    private Instant createdAt;

    protected WorkOrderLine() {
        this.id = Ids.newId();
        this.kind = LineKind.FEE;
        this.description = "";
        this.quantity = BigDecimal.ONE;
        this.unitPrice = BigDecimal.ZERO;
        this.discountPercent = BigDecimal.ZERO;
        this.payType = PayType.CUSTOMER;
        this.decision = LineDecision.PROPOSED;
        this.createdAt = Instant.EPOCH;
    }

    WorkOrderLine(
            int position,
            NewLine request,
            @Nullable String warrantyOverrideReason,
            BigDecimal discountPercent,
            Instant now) {
        this.id = Ids.newId();
        this.position = position;
        this.kind = request.kind();
        this.description = request.description().trim();
        this.quantity = request.quantity().setScale(2, RoundingMode.HALF_UP);
        this.unitPrice = request.unitPrice().setScale(2, RoundingMode.HALF_UP);
        this.discountPercent = discountPercent.setScale(2, RoundingMode.HALF_UP);
        this.payType = request.payType();
        this.partId = request.kind() == LineKind.PART ? Identifier.valueOf(request.partId()) : null;
        this.partNumber = request.kind() == LineKind.PART ? blankToNull(request.partNumber()) : null;
        this.genuine = request.kind() == LineKind.PART ? request.genuine() : null;
        this.warrantyOverrideReason = warrantyOverrideReason;
        this.decision = LineDecision.PROPOSED;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public @Nullable UUID partId() {
        return partId;
    }

    @Nullable
    String partNumber() {
        return partNumber;
    }

    public LineKind kind() {
        return kind;
    }

    public PayType payType() {
        return payType;
    }

    public LineDecision decision() {
        return decision;
    }

    public @Nullable String rootCause() {
        return rootCause;
    }

    /** A part line for a genuine (原厂) part. */
    boolean genuine() {
        return Boolean.TRUE.equals(genuine);
    }

    /** Counted in the totals: not declined. */
    boolean counts() {
        return decision != LineDecision.DECLINED;
    }

    BigDecimal amount() {
        BigDecimal full = quantity.multiply(unitPrice);
        if (discountPercent.signum() == 0) {
            return full.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal kept = BigDecimal.valueOf(100).subtract(discountPercent);
        return full.multiply(kept).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    void decide(LineDecision answer, Instant now) {
        this.decision = answer;
        this.decidedAt = now;
    }

    void recordRootCause(String cause) {
        this.rootCause = cause;
    }

    String description() {
        return description;
    }

    LineView toView(BigDecimal actualHours, @Nullable String stock) {
        return new LineView(
                new WorkOrderLineId(id),
                kind,
                description,
                quantity,
                unitPrice,
                discountPercent,
                amount(),
                payType,
                Identifier.of(partId, PartId::new),
                partNumber,
                genuine,
                decision,
                decidedAt,
                rootCause,
                warrantyOverrideReason,
                actualHours,
                stock);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

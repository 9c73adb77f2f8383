package io.aftersales.warranty.domain;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.warranty.ClaimStatus;
import io.aftersales.workorder.LineKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A claim to the maker for a delivered work order's WARRANTY lines. Submitted, then approved with an amount up to
 * what was claimed or rejected with a reason (a rejected claim may be corrected and submitted again), and paid.
 */
@Entity
@Table(name = "warranty_claim")
@Filter(name = StoreVisibility.FILTER)
public class WarrantyClaim {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private String number;
    private UUID workOrderId;
    private String workOrderNumber;
    private String assetLabel;
    private String customerName;
    private @Nullable String faultCode;
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status;

    private BigDecimal labourAmount;
    private BigDecimal partsAmount;
    private @Nullable BigDecimal approvedAmount;
    private @Nullable String makerReference;
    private @Nullable String rejectionReason;
    private @Nullable BigDecimal paidAmount;
    private @Nullable LocalDate paidOn;
    private @Nullable String paymentReference;
    private int submissions;
    private Instant submittedAt;
    private UUID submittedBy;
    private @Nullable Instant decidedAt;
    private @Nullable Instant paidAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "warranty_claim_line", joinColumns = @JoinColumn(name = "warranty_claim_id"))
    @OrderColumn(name = "position")
    private List<Line> lines = new ArrayList<>();

    /** A claimed line, copied from the work order when the claim was made. */
    @Embeddable
    public static class Line {
        private UUID workOrderLineId;

        @Enumerated(EnumType.STRING)
        private LineKind kind;

        private String description;
        private @Nullable String labourCode;
        private @Nullable UUID partId;
        private @Nullable String partNumber;
        private BigDecimal quantity;
        private BigDecimal amount;
        private @Nullable UUID issueMovementId;

        protected Line() {
            this.workOrderLineId = Ids.newId();
            this.kind = LineKind.LABOR;
            this.description = "";
            this.quantity = BigDecimal.ONE;
            this.amount = BigDecimal.ZERO;
        }

        public Line(
                UUID workOrderLineId,
                LineKind kind,
                String description,
                @Nullable String labourCode,
                @Nullable UUID partId,
                @Nullable String partNumber,
                BigDecimal quantity,
                BigDecimal amount,
                @Nullable UUID issueMovementId) {
            this.workOrderLineId = workOrderLineId;
            this.kind = kind;
            this.description = description;
            this.labourCode = labourCode;
            this.partId = partId;
            this.partNumber = partNumber;
            this.quantity = quantity;
            this.amount = amount;
            this.issueMovementId = issueMovementId;
        }

        public UUID workOrderLineId() {
            return workOrderLineId;
        }

        public LineKind kind() {
            return kind;
        }

        public String description() {
            return description;
        }

        public @Nullable String labourCode() {
            return labourCode;
        }

        public @Nullable UUID partId() {
            return partId;
        }

        public @Nullable String partNumber() {
            return partNumber;
        }

        public BigDecimal quantity() {
            return quantity;
        }

        public BigDecimal amount() {
            return amount;
        }

        public @Nullable UUID issueMovementId() {
            return issueMovementId;
        }
    }

    protected WarrantyClaim() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.number = "";
        this.workOrderId = Ids.newId();
        this.workOrderNumber = "";
        this.assetLabel = "";
        this.customerName = "";
        this.status = ClaimStatus.SUBMITTED;
        this.labourAmount = BigDecimal.ZERO;
        this.partsAmount = BigDecimal.ZERO;
        this.submittedAt = Instant.EPOCH;
        this.submittedBy = Ids.newId();
    }

    public WarrantyClaim(
            UUID organizationId,
            UUID storeId,
            String number,
            UUID workOrderId,
            String workOrderNumber,
            String assetLabel,
            String customerName,
            @Nullable String faultCode,
            @Nullable String note,
            List<Line> lines,
            UUID submittedBy,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.number = number;
        this.workOrderId = workOrderId;
        this.workOrderNumber = workOrderNumber;
        this.assetLabel = assetLabel;
        this.customerName = customerName;
        this.faultCode = blankToNull(faultCode);
        this.note = blankToNull(note);
        this.lines.addAll(lines);
        this.labourAmount = sum(lines, false);
        this.partsAmount = sum(lines, true);
        this.submissions = 1;
        this.submittedAt = now;
        this.submittedBy = submittedBy;
    }

    /** The maker approved {@code amount} (more than nothing, at most what was claimed). */
    public void approve(BigDecimal amount, @Nullable String reference, Instant now) {
        require(ClaimStatus.SUBMITTED);
        if (amount.signum() <= 0 || amount.compareTo(claimedAmount()) > 0) {
            throw new InvalidInputException("approvedAmount", "warrantyClaim.approvedOutOfRange");
        }
        this.status = ClaimStatus.APPROVED;
        this.approvedAmount = amount;
        this.makerReference = blankToNull(reference);
        this.rejectionReason = null;
        this.decidedAt = now;
    }

    public void reject(String reason, @Nullable String reference, Instant now) {
        require(ClaimStatus.SUBMITTED);
        if (reason.isBlank()) {
            throw new InvalidInputException("reason", "warrantyClaim.reasonRequired");
        }
        this.status = ClaimStatus.REJECTED;
        this.rejectionReason = reason.trim();
        this.makerReference = blankToNull(reference);
        this.decidedAt = now;
    }

    /** A rejected claim, corrected (fault code, note), goes to the maker again. */
    public void resubmit(@Nullable String faultCode, @Nullable String note, Instant now) {
        require(ClaimStatus.REJECTED);
        this.status = ClaimStatus.SUBMITTED;
        this.faultCode = blankToNull(faultCode) == null ? this.faultCode : blankToNull(faultCode);
        this.note = blankToNull(note) == null ? this.note : blankToNull(note);
        this.submissions++;
        this.submittedAt = now;
        this.decidedAt = null;
    }

    /** The maker's reimbursement arrived: it may be short of the approval (deductions), never more. */
    public void pay(BigDecimal amount, LocalDate on, @Nullable String reference, LocalDate today, Instant now) {
        require(ClaimStatus.APPROVED);
        if (amount.signum() <= 0 || approvedAmount == null || amount.compareTo(approvedAmount) > 0) {
            throw new InvalidInputException("paidAmount", "warrantyClaim.paidOutOfRange");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("paidOn", "warrantyClaim.paidInFuture");
        }
        this.status = ClaimStatus.PAID;
        this.paidAmount = amount;
        this.paidOn = on;
        this.paymentReference = blankToNull(reference);
        this.paidAt = now;
    }

    private void require(ClaimStatus expected) {
        if (status != expected) {
            throw new DomainException("illegal-transition", "warrantyClaim.illegalTransition", status.name());
        }
    }

    public BigDecimal claimedAmount() {
        return labourAmount.add(partsAmount);
    }

    /** What the maker held back of its approval, once paid. */
    public BigDecimal shortfall() {
        return paidAmount == null || approvedAmount == null ? BigDecimal.ZERO : approvedAmount.subtract(paidAmount);
    }

    private static BigDecimal sum(List<Line> lines, boolean parts) {
        return lines.stream()
                .filter(l -> (l.kind() == LineKind.PART) == parts)
                .map(Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID id() {
        return id;
    }

    public UUID storeId() {
        return storeId;
    }

    public String number() {
        return number;
    }

    public UUID workOrderId() {
        return workOrderId;
    }

    public String workOrderNumber() {
        return workOrderNumber;
    }

    public String assetLabel() {
        return assetLabel;
    }

    public String customerName() {
        return customerName;
    }

    public @Nullable String faultCode() {
        return faultCode;
    }

    public @Nullable String note() {
        return note;
    }

    public ClaimStatus status() {
        return status;
    }

    public BigDecimal labourAmount() {
        return labourAmount;
    }

    public BigDecimal partsAmount() {
        return partsAmount;
    }

    public @Nullable BigDecimal approvedAmount() {
        return approvedAmount;
    }

    public @Nullable String makerReference() {
        return makerReference;
    }

    public @Nullable String rejectionReason() {
        return rejectionReason;
    }

    public @Nullable BigDecimal paidAmount() {
        return paidAmount;
    }

    public @Nullable LocalDate paidOn() {
        return paidOn;
    }

    public @Nullable String paymentReference() {
        return paymentReference;
    }

    public int submissions() {
        return submissions;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}

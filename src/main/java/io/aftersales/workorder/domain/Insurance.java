package io.aftersales.workorder.domain;

import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes a work order an insurance job (事故车): the insurer who pays its INSURANCE lines, the claim number, the
 * excess (免赔额) the customer pays of them, the assessor's approval (定损) without which work does not start, and
 * what the insurer owes once the job is settled and has paid of it.
 */
@Embeddable
public class Insurance {

    private String insurer;

    @Column(name = "insurance_claim_number")
    private String claimNumber;

    @Column(name = "insurance_excess")
    private BigDecimal excess;

    private @Nullable String assessor;
    private @Nullable BigDecimal assessedAmount;
    private @Nullable Instant assessedAt;
    private @Nullable BigDecimal insurerDue;
    private @Nullable BigDecimal insurerPaid;
    private @Nullable Instant insurerPaidAt;

    protected Insurance() {
        this.insurer = "";
        this.claimNumber = "";
        this.excess = BigDecimal.ZERO;
    }

    Insurance(String insurer, String claimNumber, BigDecimal excess) {
        this();
        update(insurer, claimNumber, excess);
    }

    void update(String insurer, String claimNumber, BigDecimal excess) {
        if (insurer.isBlank()) {
            throw new InvalidInputException("insurer", "workOrder.insurerRequired");
        }
        if (claimNumber.isBlank()) {
            throw new InvalidInputException("claimNumber", "workOrder.claimNumberRequired");
        }
        if (excess.signum() < 0) {
            throw new InvalidInputException("excess", "workOrder.excessNegative");
        }
        if (insurerPaid != null && insurerPaid.signum() > 0) {
            throw new DomainException("insurer-paid", "workOrder.insurerAlreadyPaid");
        }
        this.insurer = insurer.trim();
        this.claimNumber = claimNumber.trim();
        this.excess = excess.setScale(2, RoundingMode.HALF_UP);
    }

    void assess(String assessor, BigDecimal amount, Instant now) {
        if (assessor.isBlank()) {
            throw new InvalidInputException("assessor", "workOrder.assessorRequired");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "workOrder.assessedAmountPositive");
        }
        this.assessor = assessor.trim();
        this.assessedAmount = amount.setScale(2, RoundingMode.HALF_UP);
        this.assessedAt = now;
    }

    /** Work starts and ends only within the assessor's approval of what the insurance lines cost (tax included). */
    void requireCovered(BigDecimal insured) {
        if (assessedAmount == null) {
            throw new DomainException("not-assessed", "workOrder.notAssessed");
        }
        if (insured.compareTo(assessedAmount) > 0) {
            throw new DomainException(
                    "over-assessment",
                    "workOrder.overAssessment",
                    insured.toPlainString(),
                    assessedAmount.toPlainString());
        }
    }

    /** The customer's share of the insured amount: the excess, at most the whole of it. */
    BigDecimal customerShare(BigDecimal insured) {
        return excess.min(insured);
    }

    void owe(BigDecimal insured) {
        this.insurerDue = insured.subtract(customerShare(insured));
    }

    void paid(BigDecimal amount, Instant now) {
        if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "workOrder.amountPositive");
        }
        BigDecimal total = paid().add(amount.setScale(2, RoundingMode.HALF_UP));
        if (total.compareTo(due()) > 0) {
            throw new InvalidInputException(
                    "amount",
                    "workOrder.insurerOverpaid",
                    due().subtract(paid()).toPlainString());
        }
        this.insurerPaid = total;
        this.insurerPaidAt = now;
    }

    public String insurer() {
        return insurer;
    }

    public String claimNumber() {
        return claimNumber;
    }

    public BigDecimal excess() {
        return excess;
    }

    public @Nullable String assessor() {
        return assessor;
    }

    public @Nullable BigDecimal assessedAmount() {
        return assessedAmount;
    }

    public @Nullable Instant assessedAt() {
        return assessedAt;
    }

    public BigDecimal due() {
        return Objects.requireNonNullElse(insurerDue, BigDecimal.ZERO);
    }

    public BigDecimal paid() {
        return Objects.requireNonNullElse(insurerPaid, BigDecimal.ZERO);
    }

    public @Nullable Instant paidAt() {
        return insurerPaidAt;
    }
}

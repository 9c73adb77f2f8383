package io.aftersales.workorder.domain;

import io.aftersales.shared.UserId;
import io.aftersales.workorder.PaymentMethod;
import io.aftersales.workorder.WorkOrderView.PaymentView;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money received from the customer at settlement. */
@Embeddable
public class PaymentRecord {

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    private BigDecimal amount;
    private Instant receivedAt;
    private UUID receivedBy;

    protected PaymentRecord() {
        this.method = PaymentMethod.CASH;
        this.amount = BigDecimal.ZERO;
        this.receivedAt = Instant.EPOCH;
        this.receivedBy = new UUID(0, 0);
    }

    PaymentRecord(PaymentMethod method, BigDecimal amount, Instant receivedAt, UUID receivedBy) {
        this.method = method;
        this.amount = amount;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    BigDecimal amount() {
        return amount;
    }

    PaymentView toView() {
        return new PaymentView(method, amount, receivedAt, new UserId(receivedBy));
    }
}

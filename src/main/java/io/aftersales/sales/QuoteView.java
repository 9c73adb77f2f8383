package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quote at its current revision, with the decision when there is one and the contract it became. */
public record QuoteView(
        QuoteId id,
        String number,
        CustomerId customerId,
        String customerName,
        UserId repId,
        String repName,
        QuoteStatus status,
        int revision,
        LocalDate validUntil,
        BigDecimal total,
        LocalDate createdOn,
        @Nullable LocalDate sentOn,
        @Nullable LocalDate decidedOn,
        @Nullable LossReason lossReason,
        @Nullable String competitor,
        @Nullable String lossNote,
        @Nullable ContractId contractId,
        List<QuoteLine> lines,
        long version) {

    public record QuoteLine(
            int lineNo,
            ProductId productId,
            String model,
            String name,
            String unit,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal amount) {}

    /** Whether it can still be revised, sent, won or lost. */
    public boolean open() {
        return status == QuoteStatus.DRAFT || status == QuoteStatus.SENT;
    }
}

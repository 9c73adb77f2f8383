package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.StoreId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a customer owes from one invoice or one delivered work order: the amount, what is paid and open, how old it
 * is (days since it arose, and its ageing bucket), whether it is past due, and the payments matched to it.
 *
 * @param workOrderId the work order's ID as text, when it comes from one
 * @param invoiceNumber of a work order's receivable, the invoice issued for it, if one was (an invoice's receivable
 *     has its number as {@code reference})
 */
public record ReceivableView(
        ReceivableId id,
        ReceivableKind kind,
        CustomerId customerId,
        String customerName,
        @Nullable StoreId storeId,
        @Nullable ContractId contractId,
        @Nullable String workOrderId,
        String reference,
        LocalDate aroseOn,
        LocalDate dueOn,
        BigDecimal amount,
        BigDecimal paid,
        BigDecimal open,
        long ageDays,
        AgeingBucket bucket,
        boolean overdue,
        String repName,
        @Nullable String invoiceNumber,
        @Nullable String eFapiao,
        @Nullable LocalDate invoicedOn,
        List<ReceivedPayment> payments) {

    public record ReceivedPayment(
            LocalDate receivedOn,
            BigDecimal amount,
            CollectionMethod method,
            @Nullable String reference) {}
}

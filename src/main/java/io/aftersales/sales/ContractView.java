package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract with its lines as the fulfilment list shows them, what is held for it, its shipments, invoices and planned
 * invoices, the sums over its lines, and its expenses (approved expense claims that name its number).
 */
public record ContractView(
        ContractId id,
        String number,
        CustomerId customerId,
        String customerName,
        UserId repId,
        String repName,
        @Nullable QuoteId quoteId,
        LocalDate signedOn,
        @Nullable LocalDate deliveryDue,
        BigDecimal total,
        PaymentTerms terms,
        @Nullable String requiredDocuments,
        List<ContractLineView> lines,
        List<Held> reservations,
        List<ContractShipment> shipments,
        List<ContractInvoice> invoices,
        List<InvoicePlan> plans,
        BigDecimal shippedAmount,
        BigDecimal invoiced,
        BigDecimal collected,
        BigDecimal expenses) {
    /** Units of a warehouse held for a line (预留). */
    public record Held(ContractLineId contractLineId, String model, String warehouse, int quantity) {}

    public record ContractShipment(
            ShipmentId id,
            String number,
            String warehouse,
            LocalDate shippedOn,
            @Nullable String carrier,
            @Nullable String trackingNumber,
            String shippedBy,
            List<ShippedItem> lines) {}

    public record ShippedItem(ContractLineId contractLineId, String model, String name, String unit, int quantity) {}

    public record ContractInvoice(
            InvoiceId id,
            String number,
            @Nullable String eFapiao,
            LocalDate issuedOn,
            BigDecimal amount,
            BigDecimal taxRate,
            BigDecimal tax,
            ReceivableId receivableId,
            BigDecimal collected) {}

    public record InvoicePlan(
            java.util.UUID id,
            LocalDate plannedOn,
            BigDecimal amount,
            @Nullable String note,
            @Nullable InvoiceId invoiceId) {}

    /** What is still owed on what was invoiced. */
    public BigDecimal outstanding() {
        return invoiced.subtract(collected);
    }

    /** Whether everything is shipped, invoiced and paid. */
    public boolean done() {
        return lines.stream().allMatch(ContractLineView::done);
    }
}

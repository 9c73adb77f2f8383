package io.aftersales.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A contract in a list: who, when, and how far it is shipped, invoiced and paid. */
public record ContractSummary(
        ContractId id,
        String number,
        String customerName,
        String repName,
        LocalDate signedOn,
        @Nullable LocalDate deliveryDue,
        BigDecimal total,
        BigDecimal shippedAmount,
        BigDecimal invoiced,
        BigDecimal collected,
        boolean done) {}

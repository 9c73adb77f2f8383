package io.aftersales.sales;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract entered directly: its number (generated when left out), customer, owner rep (the caller when left
 * out), the day it was signed (today when left out), the delivery due, payment terms (all on delivery, 30 days, when
 * left out), the documents to deliver with the goods (inspection report, certificate) and the lines.
 */
public record NewContract(
        @Nullable @Size(max = 40) String number,
        @NotNull CustomerId customerId,
        @Nullable UserId repId,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate deliveryDue,
        @Nullable @Valid PaymentTerms terms,
        @Nullable @Size(max = 300) String requiredDocuments,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull ContractedLine> lines) {

    public record ContractedLine(
            @NotNull ProductId productId,
            @NotNull @Positive @Max(1_000_000) Integer quantity,

            @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal unitPrice,

            @Nullable LocalDate dueOn) {}
}

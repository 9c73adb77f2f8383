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
 * A quote as the rep drafts it: for a customer, by a rep (the caller when left out), valid until a day (30 days when
 * left out), with lines of products; a line's price is the list price when left out.
 */
public record NewQuote(
        @NotNull CustomerId customerId,
        @Nullable UserId repId,
        @Nullable LocalDate validUntil,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull QuotedLine> lines) {

    public record QuotedLine(
            @NotNull ProductId productId,
            @NotNull @Positive @Max(1_000_000) Integer quantity,

            @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal unitPrice) {}
}

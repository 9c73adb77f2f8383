package io.aftersales.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invoice issued against lines of one contract: its number, the e-fapiao number (全电发票号码, 20 digits) when it
 * is one, the day (today when left out), the tax rate in percent (13 when left out), the amount (with tax) per
 * contract line, and the planned invoice (发票预约) it fulfils, if any.
 */
public record NewInvoice(
        @NotBlank @Size(max = 40) String number,
        @Nullable @Pattern(regexp = "\\d{20}") String eFapiao,
        @Nullable LocalDate issuedOn,

        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal taxRate,

        java.util.@Nullable UUID planId,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull InvoicedLine> lines) {

    public record InvoicedLine(
            @NotNull ContractLineId contractLineId,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
            BigDecimal amount) {}
}

package io.aftersales.sales;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The invoice issued for what a delivered work order owes, when the customer asks for one: its number, the e-fapiao
 * number (20 digits) when it is one, the day (today when left out) and the tax rate (13 % when left out).
 */
public record WorkOrderInvoice(
        @NotBlank @Size(max = 40) String number,
        @Nullable @Pattern(regexp = "\\d{20}") String eFapiao,
        @Nullable LocalDate issuedOn,

        @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal taxRate) {}

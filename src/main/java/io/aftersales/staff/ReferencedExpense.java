package io.aftersales.staff;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An approved or paid expense claim that names a reference (a contract or work order number): when filed, how much. */
public record ReferencedExpense(String reference, LocalDate filedOn, BigDecimal total) {}

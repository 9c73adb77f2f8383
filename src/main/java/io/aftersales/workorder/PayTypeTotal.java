package io.aftersales.workorder;

import java.math.BigDecimal;

/** The lines one party pays, before and after tax. */
public record PayTypeTotal(PayType payType, BigDecimal net, BigDecimal tax, BigDecimal gross) {}

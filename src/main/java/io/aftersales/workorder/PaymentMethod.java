package io.aftersales.workorder;

/** How the customer paid; recorded, not processed. */
public enum PaymentMethod {
    CASH,
    CARD,
    TRANSFER,
    WECHAT_PAY,
    ALIPAY
}

package io.aftersales.feedback;

/** How a message reaches a customer. */
public enum Channel {
    SMS,
    WECHAT,
    EMAIL;
}

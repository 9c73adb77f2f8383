package io.aftersales.customer;

/** Ways of reaching a customer for marketing (greetings, offers). Service messages about their own job need none. */
public enum ConsentChannel {
    SMS,
    WECHAT,
    EMAIL,
    PHONE
}

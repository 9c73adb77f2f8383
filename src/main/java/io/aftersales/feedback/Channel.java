package io.aftersales.feedback;

import io.aftersales.customer.CustomerView;
import org.jspecify.annotations.Nullable;

/** How a message reaches a customer. */
public enum Channel {
    SMS,
    WECHAT,
    EMAIL;

    /** Where this customer is reached on this channel, if they gave it. */
    public @Nullable String recipientOf(CustomerView customer) {
        String to = switch (this) {
            case SMS -> customer.primaryPhone();
            case WECHAT -> customer.wechatId();
            case EMAIL -> customer.email();
        };
        return to == null || to.isBlank() ? null : to;
    }
}

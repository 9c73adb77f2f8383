package io.aftersales.feedback;

/**
 * A way of sending messages to customers (SMS, WeChat, e-mail). Implement it as a bean to plug in a provider; the
 * outbox calls it for queued messages of its channel and retries when it throws.
 */
public interface MessageChannel {

    Channel channel();

    /** Sends or throws; a message is marked sent only when this returns. */
    void send(String recipient, String subject, String body) throws Exception;
}

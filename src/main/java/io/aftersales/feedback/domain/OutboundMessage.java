package io.aftersales.feedback.domain;

import io.aftersales.feedback.Channel;
import io.aftersales.feedback.MessageStatus;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A message to a customer, queued in the same transaction as the change that wants it sent, then sent by the outbox
 * and retried with growing pauses until it goes out. After the last attempt it stays as FAILED for a person to see.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

    static final int MAX_ATTEMPTS = 8;

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;
    private String subject;
    private String body;
    private @Nullable UUID referenceId;

    @Enumerated(EnumType.STRING)
    private MessageStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    protected OutboundMessage() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.channel = Channel.SMS;
        this.recipient = "";
        this.subject = "";
        this.body = "";
        this.status = MessageStatus.QUEUED;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public OutboundMessage(
            UUID organizationId,
            Channel channel,
            String recipient,
            String subject,
            String body,
            @Nullable UUID referenceId,
            Instant now) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.referenceId = referenceId;
        this.status = MessageStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MessageStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    /** Holds a queued message back until {@code at}. */
    public void sendNotBefore(Instant at) {
        if (at.isAfter(nextAttemptAt)) {
            this.nextAttemptAt = at;
        }
    }

    public void sent(Instant now) {
        this.attempts++;
        this.status = MessageStatus.SENT;
        this.sentAt = now;
        this.lastError = null;
    }

    /** A failed attempt: the next one waits 1, 2, 4 … minutes; after the last one the message is FAILED. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = MessageStatus.FAILED;
        } else {
            this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }
}

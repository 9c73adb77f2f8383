package io.aftersales.feedback;

import io.aftersales.feedback.domain.OutboundMessage;
import io.aftersales.feedback.domain.OutboundMessageRepository;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.security.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages to customers: queued in the transaction of the change that wants them sent (so none is lost and none is
 * sent for a change that rolled back), then sent by a scheduled task that runs on one instance at a time, and
 * retried until they go out. Sending is at least once: a crash between sending and recording it sends again.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int BATCH = 50;

    private final OutboundMessageRepository messages;
    private final Map<Channel, MessageChannel> channels = new EnumMap<>(Channel.class);
    private final TransactionTemplate transactions;
    private final Clock clock;

    Outbox(
            OutboundMessageRepository messages,
            List<MessageChannel> channels,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.messages = messages;
        // A provider's channel takes precedence over the logging stand-in for the same channel.
        channels.stream()
                .sorted((a, b) -> Boolean.compare(
                        !(a instanceof LoggingChannels.LoggingChannel), !(b instanceof LoggingChannels.LoggingChannel)))
                .forEach(channel -> this.channels.put(channel.channel(), channel));
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    OutboundMessage queue(
            OrganizationId organizationId,
            Channel channel,
            String recipient,
            String subject,
            String body,
            @Nullable UUID ref) {
        return messages.save(
                new OutboundMessage(organizationId.value(), channel, recipient, subject, body, ref, clock.instant()));
    }

    /** Queues a message that goes out no sooner than {@code sendAt} (a reminder the day before). */
    OutboundMessage queueFor(
            Instant sendAt,
            OrganizationId organizationId,
            Channel channel,
            String recipient,
            String subject,
            String body,
            UUID ref) {
        OutboundMessage message =
                new OutboundMessage(organizationId.value(), channel, recipient, subject, body, ref, clock.instant());
        message.sendNotBefore(sendAt);
        return messages.save(message);
    }

    /** Takes back what is still queued about {@code ref} (a cancelled appointment's reminder). */
    int withdraw(OrganizationId organizationId, UUID ref) {
        return messages.withdrawQueued(organizationId.value(), ref);
    }

    /** Sends what is due, in every organisation; returns how many went out. */
    int sendDue() {
        Instant now = clock.instant();
        List<UUID> due = TenantContext.callAsSystem(
                () -> transactions.execute(status -> messages.due(now, PageRequest.of(0, BATCH))));
        int sent = 0;
        for (UUID id : due == null ? List.<UUID>of() : due) {
            Boolean ok = TenantContext.callAsSystem(() -> transactions.execute(status -> send(id)));
            sent += Boolean.TRUE.equals(ok) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(UUID id) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        if (message.status() != MessageStatus.QUEUED) {
            return false;
        }
        MessageChannel channel = channels.get(message.channel());
        try {
            if (channel == null) {
                throw new IllegalStateException("no " + message.channel() + " channel is configured");
            }
            channel.send(message.recipient(), message.subject(), message.body());
            message.sent(clock.instant());
            return true;
        } catch (Exception e) {
            log.warn(
                    "Sending message {} by {} failed (attempt {}): {}",
                    id,
                    message.channel(),
                    message.attempts() + 1,
                    e.toString());
            message.failed(e.toString(), clock.instant());
            return false;
        } finally {
            messages.save(message);
        }
    }
}

package io.aftersales.feedback.domain;

import io.aftersales.feedback.CampaignStatus;
import io.aftersales.feedback.Channel;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A message to a segment's consenting customers over one channel, at a time (差异化营销). */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private String name;
    private UUID segmentId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String subject;
    private String body;
    private Instant scheduledAt;
    private int windowDays;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private int recipients;
    private Instant createdAt;
    private @Nullable Instant launchedAt;
    private @Nullable Instant finishedAt;

    @Version
    private @Nullable Long version;

    protected Campaign() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.name = "";
        this.segmentId = Ids.newId();
        this.channel = Channel.SMS;
        this.subject = "";
        this.body = "";
        this.scheduledAt = Instant.EPOCH;
        this.status = CampaignStatus.SCHEDULED;
        this.createdAt = Instant.EPOCH;
    }

    public Campaign(
            UUID organizationId,
            String name,
            UUID segmentId,
            Channel channel,
            String subject,
            String body,
            Instant scheduledAt,
            int windowDays,
            Instant createdAt) {
        this();
        this.organizationId = organizationId;
        this.name = name.trim();
        this.segmentId = segmentId;
        this.channel = channel;
        this.subject = subject.trim();
        this.body = body.trim();
        this.scheduledAt = scheduledAt;
        this.windowDays = windowDays;
        this.createdAt = createdAt;
    }

    /** Sending starts (again, after a stop half-way: the customers already reached are not reached twice). */
    public void launch(Instant now) {
        if (status != CampaignStatus.SCHEDULED && status != CampaignStatus.SENDING) {
            throw new DomainException("illegal-transition", "campaign.illegalTransition", status.name());
        }
        if (launchedAt == null) {
            launchedAt = now;
        }
        status = CampaignStatus.SENDING;
    }

    public void reached(int more) {
        recipients += more;
    }

    public void finish(Instant now) {
        status = CampaignStatus.SENT;
        finishedAt = now;
    }

    public void cancel(Instant now) {
        if (status != CampaignStatus.SCHEDULED) {
            throw new DomainException("illegal-transition", "campaign.illegalTransition", status.name());
        }
        status = CampaignStatus.CANCELLED;
        finishedAt = now;
    }

    /** The message for one customer: {@code {name}} becomes their name. */
    public String bodyFor(String customerName) {
        return body.replace("{name}", customerName);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public UUID segmentId() {
        return segmentId;
    }

    public Channel channel() {
        return channel;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public int windowDays() {
        return windowDays;
    }

    public CampaignStatus status() {
        return status;
    }

    public int recipients() {
        return recipients;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant launchedAt() {
        return launchedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}

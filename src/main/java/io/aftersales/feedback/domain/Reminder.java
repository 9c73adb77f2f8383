package io.aftersales.feedback.domain;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.feedback.FollowUpId;
import io.aftersales.feedback.MessageId;
import io.aftersales.feedback.ReminderId;
import io.aftersales.feedback.ReminderKind;
import io.aftersales.feedback.ReminderStatus;
import io.aftersales.feedback.ReminderView;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.WorkOrderId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A reason to contact a customer on a given day (主动服务). One per cause ({@code dedupKey}): the daily job may run
 * any number of times and on any instance. Users assigned to some stores see their stores' reminders only; one that
 * belongs to no store is for HQ and the administrators.
 */
@Entity
@Table(name = "reminder")
@Filter(name = StoreVisibility.FILTER)
public class Reminder {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private @Nullable UUID storeId;

    @Enumerated(EnumType.STRING)
    private ReminderKind kind;

    private String dedupKey;
    private UUID customerId;
    private String customerName;
    private @Nullable UUID assetId;
    private @Nullable String assetLabel;
    private @Nullable UUID workOrderId;
    private LocalDate dueOn;
    private String note;

    @Enumerated(EnumType.STRING)
    private ReminderStatus status;

    private @Nullable UUID followUpId;
    private @Nullable UUID messageId;
    private Instant createdAt;
    private @Nullable Instant doneAt;

    protected Reminder() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.kind = ReminderKind.MAINTENANCE;
        this.dedupKey = "";
        this.customerId = Ids.newId();
        this.customerName = "";
        this.dueOn = LocalDate.EPOCH;
        this.note = "";
        this.status = ReminderStatus.PENDING;
        this.createdAt = Instant.EPOCH;
    }

    public Reminder(
            UUID organizationId,
            ReminderKind kind,
            String dedupKey,
            @Nullable UUID storeId,
            UUID customerId,
            String customerName,
            @Nullable UUID assetId,
            @Nullable String assetLabel,
            @Nullable UUID workOrderId,
            LocalDate dueOn,
            String note,
            Instant now) {
        this.id = Ids.newId();
        this.organizationId = organizationId;
        this.kind = kind;
        this.dedupKey = dedupKey;
        this.storeId = storeId;
        this.customerId = customerId;
        this.customerName = customerName;
        this.assetId = assetId;
        this.assetLabel = assetLabel;
        this.workOrderId = workOrderId;
        this.dueOn = dueOn;
        this.note = note;
        this.status = ReminderStatus.PENDING;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public ReminderKind kind() {
        return kind;
    }

    public @Nullable UUID storeId() {
        return storeId;
    }

    public UUID customerId() {
        return customerId;
    }

    public String customerName() {
        return customerName;
    }

    public @Nullable UUID assetId() {
        return assetId;
    }

    public @Nullable String assetLabel() {
        return assetLabel;
    }

    public @Nullable UUID workOrderId() {
        return workOrderId;
    }

    public String note() {
        return note;
    }

    public void becameFollowUp(UUID followUp, Instant now) {
        this.followUpId = followUp;
        done(now);
    }

    public void becameMessage(@Nullable UUID message, Instant now) {
        this.messageId = message;
        done(now);
    }

    /** Superseded (a newer maintenance reminder for the same asset) or not wanted. */
    public void dismiss(Instant now) {
        this.status = ReminderStatus.DISMISSED;
        this.doneAt = now;
    }

    private void done(Instant now) {
        this.status = ReminderStatus.DONE;
        this.doneAt = now;
    }

    public ReminderView toView() {
        return new ReminderView(
                new ReminderId(id),
                kind,
                status,
                Identifier.of(storeId, StoreId::new),
                Identifier.of(customerId, CustomerId::new),
                customerName,
                Identifier.of(assetId, AssetId::new),
                assetLabel,
                Identifier.of(workOrderId, WorkOrderId::new),
                dueOn,
                note,
                Identifier.of(followUpId, FollowUpId::new),
                Identifier.of(messageId, MessageId::new),
                createdAt);
    }
}

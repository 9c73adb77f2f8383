package io.aftersales.planning.domain;

import io.aftersales.asset.AssetId;
import io.aftersales.customer.CustomerId;
import io.aftersales.planning.AppointmentId;
import io.aftersales.planning.AppointmentStatus;
import io.aftersales.planning.AppointmentView;
import io.aftersales.planning.BookingChannel;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An appointment (预约): booked for a day and a time, then received as a work order, recorded as a no-show once its
 * day has come, or cancelled before. Only a booked one changes.
 */
@Entity
@Table(name = "appointment")
@Filter(name = StoreVisibility.FILTER)
public class Appointment {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;
    private UUID customerId;
    private String customerName;
    private UUID assetId;
    private String assetLabel;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    @Column(name = "on_day")
    private LocalDate day;

    @Column(name = "at_time")
    private LocalTime time;

    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    private BookingChannel channel;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    private @Nullable UUID workOrderId;
    private @Nullable String cancelReason;
    private String bookedBy;
    private Instant createdAt;
    private Instant changedAt;

    @Version
    private @Nullable Long version;

    protected Appointment() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.customerId = Ids.newId();
        this.customerName = "";
        this.assetId = Ids.newId();
        this.assetLabel = "";
        this.serviceType = ServiceType.MAINTENANCE;
        this.day = LocalDate.EPOCH;
        this.time = LocalTime.MIDNIGHT;
        this.channel = BookingChannel.DESK;
        this.status = AppointmentStatus.BOOKED;
        this.bookedBy = "";
        this.createdAt = Instant.EPOCH;
        this.changedAt = Instant.EPOCH;
    }

    public Appointment(
            UUID organizationId,
            UUID storeId,
            UUID customerId,
            String customerName,
            UUID assetId,
            String assetLabel,
            ServiceType serviceType,
            LocalDate day,
            LocalTime time,
            @Nullable String note,
            BookingChannel channel,
            String bookedBy,
            Instant now) {
        this();
        this.organizationId = organizationId;
        this.storeId = storeId;
        this.customerId = customerId;
        this.customerName = customerName;
        this.assetId = assetId;
        this.assetLabel = assetLabel;
        this.serviceType = serviceType;
        this.day = day;
        this.time = time;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.channel = channel;
        this.bookedBy = bookedBy;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** The customer came: the work order they were received as. */
    public void arrived(UUID workOrderId, Instant now) {
        requireBooked("arrive");
        this.status = AppointmentStatus.ARRIVED;
        this.workOrderId = workOrderId;
        this.changedAt = now;
    }

    /** The customer did not come; only once the day has come. */
    public void noShow(LocalDate today, Instant now) {
        requireBooked("noShow");
        if (today.isBefore(day)) {
            throw new DomainException("too-early", "appointment.noShowTooEarly", day);
        }
        this.status = AppointmentStatus.NO_SHOW;
        this.changedAt = now;
    }

    public void cancel(@Nullable String reason, Instant now) {
        requireBooked("cancel");
        this.status = AppointmentStatus.CANCELLED;
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.changedAt = now;
    }

    private void requireBooked(String action) {
        if (status != AppointmentStatus.BOOKED) {
            throw new DomainException("illegal-transition", "appointment.notBooked", action, status.name());
        }
    }

    public AppointmentView toView() {
        return new AppointmentView(
                new AppointmentId(id),
                new StoreId(storeId),
                new CustomerId(customerId),
                customerName,
                new AssetId(assetId),
                assetLabel,
                serviceType,
                day,
                time,
                note,
                channel,
                status,
                Identifier.of(workOrderId, WorkOrderId::new),
                cancelReason,
                bookedBy,
                createdAt,
                version());
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID storeId() {
        return storeId;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID assetId() {
        return assetId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public LocalDate day() {
        return day;
    }

    public LocalTime time() {
        return time;
    }

    public @Nullable String note() {
        return note;
    }

    public AppointmentStatus status() {
        return status;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}

package io.aftersales.planning.domain;

import io.aftersales.customer.CustomerId;
import io.aftersales.planning.LoanerBookingId;
import io.aftersales.planning.LoanerBookingView;
import io.aftersales.planning.LoanerCarId;
import io.aftersales.planning.LoanerStatus;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.Ids;
import io.aftersales.shared.security.StoreVisibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A loaner car lent to a customer for some days: booked, handed out, given back; or cancelled before it went out. */
@Entity
@Table(name = "loaner_booking")
@Filter(name = StoreVisibility.FILTER)
public class LoanerBooking {

    @Id
    private UUID id;

    @TenantId
    private UUID organizationId;

    private UUID storeId;

    @Column(name = "loaner_car_id")
    private UUID carId;

    private String carPlate;
    private UUID customerId;
    private String customerName;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private LoanerStatus status;

    private @Nullable String note;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected LoanerBooking() {
        this.id = Ids.newId();
        this.organizationId = Ids.newId();
        this.storeId = Ids.newId();
        this.carId = Ids.newId();
        this.carPlate = "";
        this.customerId = Ids.newId();
        this.customerName = "";
        this.startsOn = LocalDate.EPOCH;
        this.endsOn = LocalDate.EPOCH;
        this.status = LoanerStatus.BOOKED;
        this.createdAt = Instant.EPOCH;
    }

    public LoanerBooking(
            LoanerCar car,
            UUID customerId,
            String customerName,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable String note,
            Instant now) {
        this();
        this.organizationId = car.organizationId();
        this.storeId = car.storeId();
        this.carId = car.id();
        this.carPlate = car.plate();
        this.customerId = customerId;
        this.customerName = customerName;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdAt = now;
    }

    public void handOut() {
        move(LoanerStatus.BOOKED, LoanerStatus.OUT);
    }

    public void giveBack() {
        move(LoanerStatus.OUT, LoanerStatus.RETURNED);
    }

    public void cancel() {
        move(LoanerStatus.BOOKED, LoanerStatus.CANCELLED);
    }

    private void move(LoanerStatus from, LoanerStatus to) {
        if (status != from) {
            throw new DomainException("illegal-transition", "loaner.illegalTransition");
        }
        this.status = to;
    }

    public LoanerBookingView toView() {
        return new LoanerBookingView(
                new LoanerBookingId(id),
                new StoreId(storeId),
                new LoanerCarId(carId),
                carPlate,
                new CustomerId(customerId),
                customerName,
                startsOn,
                endsOn,
                status,
                note,
                version == null ? 0 : version);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}

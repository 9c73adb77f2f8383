package io.aftersales.planning;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.planning.domain.LoanerBooking;
import io.aftersales.planning.domain.LoanerBookingRepository;
import io.aftersales.planning.domain.LoanerCar;
import io.aftersales.planning.domain.LoanerCarRepository;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.DuplicateException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loaner cars (代步车) of a store and their bookings by day: the desk lends a car to a customer from one day to another,
 * hands it out and takes it back. A car is never booked twice for the same day: a booking locks the car's row, so
 * bookings of one car take their turn, and one overlapping another is refused.
 */
@Service
public class LoanerCars {

    /** The longest a car is lent in one booking. */
    public static final int MAX_DAYS = 60;

    private final LoanerCarRepository cars;
    private final LoanerBookingRepository bookings;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final AuditTrail auditTrail;
    private final Clock clock;

    LoanerCars(
            LoanerCarRepository cars,
            LoanerBookingRepository bookings,
            CustomerManagement customers,
            OrganizationManagement organization,
            AuditTrail auditTrail,
            Clock clock) {
        this.cars = cars;
        this.bookings = bookings;
        this.customers = customers;
        this.organization = organization;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<LoanerCarView> cars(StoreId storeId) {
        organization.visibleStore(storeId);
        return cars.findByStoreIdOrderByPlate(storeId.value()).stream()
                .map(LoanerCar::toView)
                .toList();
    }

    /** Managers add a car to their store's fleet; a plate once per organisation. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public LoanerCarView addCar(StoreId storeId, String plate, String model) {
        organization.visibleStore(storeId);
        String normalized = plate.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (normalized.length() < 5) {
            throw new InvalidInputException("plate", "loaner.plateInvalid");
        }
        if (cars.existsByPlate(normalized)) {
            throw new DuplicateException("plate", "loaner.duplicatePlate");
        }
        LoanerCar car = cars.saveAndFlush(
                new LoanerCar(CurrentUser.require().organizationId().value(), storeId.value(), normalized, model));
        auditTrail.record("CREATE", "LoanerCar", car.id(), normalized);
        return car.toView();
    }

    /** Managers take a car out of service (no new bookings) or back in. */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public LoanerCarView setActive(LoanerCarId id, boolean active) {
        LoanerCar car = cars.findById(id.value()).orElseThrow(() -> new NotFoundException("loanerCar", id));
        car.activate(active);
        cars.flush();
        auditTrail.record(active ? "ACTIVATE" : "DEACTIVATE", "LoanerCar", id, car.plate());
        return car.toView();
    }

    /**
     * Lends a car to an active customer from {@code from} to {@code to} (both included; not before today, at most 60
     * days); 409 {@code car-taken} when the car is booked or out on any of those days.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public LoanerBookingView book(
            LoanerCarId carId, CustomerId customerId, LocalDate from, LocalDate to, @Nullable String note) {
        LoanerCar car = cars.lockById(carId.value()).orElseThrow(() -> new NotFoundException("loanerCar", carId));
        if (!car.active()) {
            throw new DomainException("car-inactive", "loaner.inactive", car.plate());
        }
        if (!customers.isActive(customerId)) {
            throw new InvalidInputException("customerId", "loaner.unknownCustomer");
        }
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(new StoreId(car.storeId()))));
        if (from.isBefore(today)) {
            throw new InvalidInputException("from", "loaner.inThePast");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
            throw new InvalidInputException("to", "loaner.daysOutOfRange", MAX_DAYS);
        }
        if (bookings.taken(car.id(), from, to)) {
            throw new DomainException("car-taken", "loaner.taken", car.plate());
        }
        LoanerBooking booking = bookings.saveAndFlush(new LoanerBooking(
                car, customerId.value(), customers.nameOf(customerId), from, to, note, clock.instant()));
        auditTrail.record("BOOK", "LoanerCar", car.id(), from + ".." + to);
        return booking.toView();
    }

    /** The store's bookings that touch the days from {@code from} to {@code to}. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<LoanerBookingView> bookings(StoreId storeId, LocalDate from, LocalDate to) {
        organization.visibleStore(storeId);
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new InvalidInputException("to", "loaner.daysOutOfRange", 366);
        }
        return bookings.between(storeId.value(), from, to).stream()
                .map(LoanerBooking::toView)
                .toList();
    }

    /** The car goes out to the customer. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public LoanerBookingView handOut(LoanerBookingId id, long version) {
        return change(id, version, "HAND_OUT", LoanerBooking::handOut);
    }

    /** The car is back. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public LoanerBookingView giveBack(LoanerBookingId id, long version) {
        return change(id, version, "RETURN", LoanerBooking::giveBack);
    }

    /** A booking that has not gone out is cancelled; its days are free again. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public LoanerBookingView cancel(LoanerBookingId id, long version) {
        return change(id, version, "CANCEL", LoanerBooking::cancel);
    }

    private LoanerBookingView change(
            LoanerBookingId id, long version, String action, java.util.function.Consumer<LoanerBooking> step) {
        LoanerBooking booking =
                bookings.findById(id.value()).orElseThrow(() -> new NotFoundException("loanerBooking", id));
        StaleVersionException.check(version, booking.version());
        step.accept(booking);
        bookings.flush();
        auditTrail.record(action, "LoanerBooking", id, null);
        return booking.toView();
    }
}

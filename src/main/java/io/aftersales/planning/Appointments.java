package io.aftersales.planning;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.planning.domain.Appointment;
import io.aftersales.planning.domain.AppointmentRepository;
import io.aftersales.planning.domain.Capacity;
import io.aftersales.shared.Identifier;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.Paging;
import io.aftersales.shared.SearchText;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.audit.AuditTrail;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.InvalidInputException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.domain.StaleVersionException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.RoleGroups;
import io.aftersales.shared.security.SignedInUser;
import io.aftersales.workorder.NewWorkOrder;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderReception;
import io.aftersales.workorder.WorkOrderView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments (预约): the desk books a customer's vehicle or equipment for a day, a time and a service type, or the
 * customer does through their booking link; a store takes so many per day and service type (its manager sets the
 * numbers, a day may differ), and a booking that would take one more than that is refused, also when many come at
 * once. On the day the desk receives the customer as a work order in one step, or records that they did not come.
 */
@Service
public class Appointments {

    /** The most slots a store may take per day and service type. */
    public static final int MAX_SLOTS = 500;

    private static final int MAX_DAYS = 62;

    private final AppointmentRepository appointments;
    private final Capacity capacity;
    private final AssetManagement assets;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final WorkOrderReception reception;
    private final PlanningProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final MessageSource messages;
    private final Clock clock;

    Appointments(
            AppointmentRepository appointments,
            Capacity capacity,
            AssetManagement assets,
            CustomerManagement customers,
            OrganizationManagement organization,
            WorkOrderReception reception,
            PlanningProperties properties,
            ApplicationEventPublisher events,
            AuditTrail auditTrail,
            MessageSource messages,
            Clock clock) {
        this.appointments = appointments;
        this.capacity = capacity;
        this.assets = assets;
        this.customers = customers;
        this.organization = organization;
        this.reception = reception;
        this.properties = properties;
        this.events = events;
        this.auditTrail = auditTrail;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Books at the desk: a store the user works at, an asset of an active customer, a day from today to the horizon
     * at one of the offered times (not one already past), one open booking per asset, and a slot left that day.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public AppointmentView book(NewAppointment request) {
        SignedInUser user = CurrentUser.require();
        if (request.storeId() == null || !user.canSeeStore(request.storeId())) {
            throw new InvalidInputException("storeId", "appointment.unknownStore");
        }
        if (request.assetId() == null) {
            throw new InvalidInputException("assetId", "appointment.required");
        }
        AssetView asset = findAsset(request.assetId());
        return book(request, asset, BookingChannel.DESK, user.displayName());
    }

    /**
     * The customer books for themselves (through their booking link, see {@link BookingLinks}): only their own
     * vehicles, at an active store.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public AppointmentView bookByCustomer(CustomerId customerId, NewAppointment request) {
        if (request.assetId() == null || request.storeId() == null) {
            throw new InvalidInputException(request.assetId() == null ? "assetId" : "storeId", "appointment.required");
        }
        AssetView asset = findAsset(request.assetId());
        if (!asset.customerId().equals(customerId)) {
            throw new InvalidInputException("assetId", "appointment.unknownAsset");
        }
        if (!findStore(request.storeId()).active()) {
            throw new InvalidInputException("storeId", "appointment.unknownStore");
        }
        return book(request, asset, BookingChannel.LINK, customers.nameOf(customerId));
    }

    private AppointmentView book(NewAppointment request, AssetView asset, BookingChannel channel, String bookedBy) {
        requireAll(request);
        StoreView store = findStore(request.storeId());
        if (!customers.isActive(asset.customerId())) {
            throw new InvalidInputException("assetId", "appointment.unknownAsset");
        }
        ZoneId zone = ZoneId.of(store.timeZone());
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        if (request.day().isBefore(now.toLocalDate())
                || request.day()
                        .isAfter(now.toLocalDate().plusDays(properties.horizon().toDays()))) {
            throw new InvalidInputException(
                    "day", "appointment.dayOutOfRange", properties.horizon().toDays());
        }
        if (!properties.offers(request.time())) {
            throw new InvalidInputException("time", "appointment.timeNotOffered");
        }
        if (!request.day().atTime(request.time()).isAfter(now)) {
            throw new InvalidInputException("time", "appointment.timePassed");
        }
        if (!appointments
                .findByAssetIdAndStatus(asset.id().value(), AppointmentStatus.BOOKED)
                .isEmpty()) {
            throw new DomainException("already-booked", "appointment.alreadyBooked", asset.label());
        }
        OrganizationId organizationId = CurrentUser.require().organizationId();
        // The slot is taken last: its row stays locked until the commit, with nothing left to read.
        Appointment appointment = new Appointment(
                organizationId.value(),
                store.id().value(),
                asset.customerId().value(),
                customers.nameOf(asset.customerId()),
                asset.id().value(),
                asset.label(),
                request.serviceType(),
                request.day(),
                request.time(),
                request.note(),
                channel,
                bookedBy,
                clock.instant());
        if (!capacity.take(
                organizationId.value(),
                store.id().value(),
                request.serviceType(),
                request.day(),
                defaultSlots(organizationId, store.id(), request.serviceType()))) {
            throw new DomainException("fully-booked", "appointment.fullyBooked", request.day());
        }
        appointments.saveAndFlush(appointment);
        events.publishEvent(new AppointmentBooked(
                organizationId,
                new AppointmentId(appointment.id()),
                store.id(),
                asset.customerId(),
                asset.label(),
                request.serviceType(),
                request.day(),
                request.time()));
        auditTrail.record("BOOK", "Appointment", appointment.id(), channel + " " + request.day() + " " + asset.label());
        return appointment.toView();
    }

    /**
     * Appointments from {@code from} (today when left out) to {@code to} (the same day when left out; at most two
     * months later), by day and time.
     */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public PagedResult<AppointmentView> search(
            @Nullable StoreId storeId,
            @Nullable LocalDate fromDay,
            @Nullable LocalDate toDay,
            @Nullable AppointmentStatus status,
            @Nullable CustomerId customerId,
            @Nullable String query,
            @Nullable Integer page,
            @Nullable Integer size) {
        LocalDate from = fromDay == null ? today(storeId) : fromDay;
        LocalDate to = toDay == null ? from : toDay;
        checkRange(from, to);
        Page<Appointment> found = appointments.search(
                Identifier.valueOf(storeId),
                from,
                to,
                status,
                Identifier.valueOf(customerId),
                SearchText.containing(query),
                Paging.request(page, size, 50).withSort(Sort.by("day", "time", "customerName")));
        return PagedResult.of(found, Appointment::toView);
    }

    /** How many times each of these customers did not come (in the stores the user sees); none: not in the map. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<CustomerId, Long> noShows(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return appointments.noShows(customerIds.stream().map(CustomerId::value).toList()).stream()
                .collect(Collectors.toMap(row -> new CustomerId((UUID) row[0]), row -> (Long) row[1]));
    }

    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public AppointmentView get(AppointmentId id) {
        return find(id).toView();
    }

    /** Cancels a booking (the customer called, or the desk moves it): its slot is free again. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public AppointmentView cancel(AppointmentId id, long version, @Nullable String reason) {
        Appointment appointment = find(id);
        StaleVersionException.check(version, appointment.version());
        appointment.cancel(reason, clock.instant());
        appointments.flush();
        capacity.release(
                appointment.organizationId(), appointment.storeId(), appointment.serviceType(), appointment.day());
        events.publishEvent(new AppointmentCancelled(new OrganizationId(appointment.organizationId()), id));
        auditTrail.record("CANCEL", "Appointment", id, reason);
        return appointment.toView();
    }

    /** The customer cancels one of their own bookings through their link; anyone else's is not found. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public AppointmentView cancelByCustomer(CustomerId customerId, AppointmentId id) {
        Appointment appointment = find(id);
        if (!appointment.customerId().equals(customerId.value())) {
            throw new NotFoundException("appointment", id);
        }
        return cancel(
                id,
                appointment.version(),
                messages.getMessage("appointment.cancelledByCustomer", null, Locale.SIMPLIFIED_CHINESE));
    }

    /** The customer did not come (from the appointment's day on); the slot stays used. */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public AppointmentView noShow(AppointmentId id, long version) {
        Appointment appointment = find(id);
        StaleVersionException.check(version, appointment.version());
        appointment.noShow(today(new StoreId(appointment.storeId())), clock.instant());
        appointments.flush();
        auditTrail.record("NO_SHOW", "Appointment", id, null);
        return appointment.toView();
    }

    /**
     * Reception from an appointment in one step: a work order for the booked asset, service type and the customer's
     * words (or the service type when they left none), at the appointment's store; both in one transaction.
     */
    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional
    public WorkOrderView receive(AppointmentId id, long version, @Nullable Integer mileage) {
        Appointment appointment = find(id);
        StaleVersionException.check(version, appointment.version());
        String complaint = appointment.note() != null
                ? appointment.note()
                : messages.getMessage(
                        "appointment.defaultComplaint",
                        new Object[] {
                            messages.getMessage(
                                    "workOrder.type." + appointment.serviceType(),
                                    null,
                                    appointment.serviceType().name(),
                                    LocaleContextHolder.getLocale())
                        },
                        LocaleContextHolder.getLocale());
        WorkOrderView order = reception.receive(new NewWorkOrder(
                new StoreId(appointment.storeId()),
                new CustomerId(appointment.customerId()),
                new AssetId(appointment.assetId()),
                appointment.serviceType(),
                complaint,
                mileage,
                null,
                null,
                null,
                null,
                null,
                null));
        appointment.arrived(order.header().id().value(), clock.instant());
        appointments.flush();
        auditTrail.record("RECEIVE", "Appointment", id, order.header().number());
        return order;
    }

    /** The store's slots per service type, each day from {@code from} for {@code days} days. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DayCapacity> availability(
            StoreId storeId, @Nullable ServiceType serviceType, @Nullable LocalDate from, int days) {
        StoreView store = organization.visibleStore(storeId);
        return availability(store, serviceType, from == null ? today(storeId) : from, days);
    }

    private List<DayCapacity> availability(
            StoreView store, @Nullable ServiceType serviceType, LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "appointment.daysOutOfRange", MAX_DAYS);
        }
        OrganizationId organizationId = CurrentUser.require().organizationId();
        Map<ServiceType, Integer> defaults = slotsPerType(organizationId, store.id());
        Map<LocalDate, Map<ServiceType, Capacity.Day>> recorded =
                capacity.days(organizationId.value(), store.id().value(), from, from.plusDays(days - 1L));
        List<DayCapacity> result = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            for (ServiceType type : serviceType == null ? ServiceType.values() : new ServiceType[] {serviceType}) {
                Capacity.Day known = recorded.getOrDefault(day, Map.of()).getOrDefault(type, new Capacity.Day(0, null));
                int slots = known.slots() == null ? defaults.get(type) : known.slots();
                result.add(new DayCapacity(day, type, slots, known.booked()));
            }
        }
        return result;
    }

    /** The store's number of slots per day for each service type (its own, or the installation's default). */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<ServiceType, Integer> slotsPerType(StoreId storeId) {
        organization.visibleStore(storeId);
        return slotsPerType(CurrentUser.require().organizationId(), storeId);
    }

    /** Managers set how many appointments of a service type their store takes per day (0: none). */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public Map<ServiceType, Integer> setSlots(StoreId storeId, ServiceType serviceType, int slots) {
        StoreView store = organization.visibleStore(storeId);
        checkSlots(slots);
        capacity.setDefault(
                CurrentUser.require().organizationId().value(), store.id().value(), serviceType, slots);
        auditTrail.record("SET_SLOTS", "Store", storeId, serviceType + " " + slots);
        return slotsPerType(CurrentUser.require().organizationId(), storeId);
    }

    /**
     * A day's own number for a service type (a holiday: 0), or the store's again when {@code slots} is null. Never
     * fewer than are booked already: those customers are called and moved first.
     */
    @PreAuthorize(RoleGroups.MANAGERS)
    @Transactional
    public DayCapacity setDaySlots(StoreId storeId, ServiceType serviceType, LocalDate day, @Nullable Integer slots) {
        StoreView store = organization.visibleStore(storeId);
        if (slots != null) {
            checkSlots(slots);
        }
        if (day.isBefore(today(storeId))) {
            throw new InvalidInputException("day", "appointment.dayInThePast");
        }
        DayCapacity before = availability(store, serviceType, day, 1).get(0);
        int wanted = slots == null
                ? slotsPerType(CurrentUser.require().organizationId(), storeId).get(serviceType)
                : slots;
        if (wanted < before.booked()) {
            throw new InvalidInputException("slots", "appointment.fewerThanBooked", before.booked());
        }
        capacity.setDay(
                CurrentUser.require().organizationId().value(), store.id().value(), serviceType, day, slots);
        auditTrail.record("SET_DAY_SLOTS", "Store", storeId, serviceType + " " + day + " " + slots);
        return availability(store, serviceType, day, 1).get(0);
    }

    /** What a customer's booking page shows: who they are, their vehicles, the stores and their coming bookings. */
    public record BookingPage(
            String customerName,
            List<AssetView> assets,
            List<StoreView> stores,
            List<AppointmentView> upcoming,
            List<LocalTime> times) {}

    @PreAuthorize(RoleGroups.FRONT_DESK)
    @Transactional(readOnly = true)
    public BookingPage bookingPage(CustomerId customerId) {
        if (!customers.isActive(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
        return new BookingPage(
                customers.nameOf(customerId),
                assets.ofCustomer(customerId, 0, Paging.MAX_SIZE, null).items(),
                organization.stores(null, 0, Paging.MAX_SIZE, null).items().stream()
                        .filter(StoreView::active)
                        .toList(),
                upcoming(customerId),
                properties.times());
    }

    /** The customer's bookings still to come (in the stores the user sees), soonest first. */
    @PreAuthorize(RoleGroups.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AppointmentView> upcoming(CustomerId customerId) {
        LocalDate yesterday = today(null).minusDays(1);
        return search(null, yesterday, yesterday.plusDays(MAX_DAYS), AppointmentStatus.BOOKED, customerId, null, 0, 20)
                .items();
    }

    private Map<ServiceType, Integer> slotsPerType(OrganizationId organizationId, StoreId storeId) {
        Map<ServiceType, Integer> own = capacity.defaults(organizationId.value(), storeId.value());
        Map<ServiceType, Integer> slots = new EnumMap<>(ServiceType.class);
        for (ServiceType type : ServiceType.values()) {
            slots.put(type, own.getOrDefault(type, properties.defaultSlots()));
        }
        return slots;
    }

    private int defaultSlots(OrganizationId organizationId, StoreId storeId, ServiceType type) {
        return slotsPerType(organizationId, storeId).get(type);
    }

    /** Bound from a form, a field may be missing even though the record says otherwise. */
    @SuppressWarnings("ConstantValue")
    private static void requireAll(NewAppointment request) {
        if (request.serviceType() == null) {
            throw new InvalidInputException("serviceType", "appointment.required");
        }
        if (request.day() == null) {
            throw new InvalidInputException("day", "appointment.required");
        }
        if (request.time() == null) {
            throw new InvalidInputException("time", "appointment.required");
        }
    }

    private static void checkSlots(int slots) {
        if (slots < 0 || slots > MAX_SLOTS) {
            throw new InvalidInputException("slots", "appointment.slotsOutOfRange", MAX_SLOTS);
        }
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "appointment.rangeReversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "appointment.rangeTooLong", MAX_DAYS);
        }
    }

    private LocalDate today(@Nullable StoreId storeId) {
        return LocalDate.now(clock.withZone(organization.zoneOf(storeId)));
    }

    private Appointment find(AppointmentId id) {
        return appointments.findById(id.value()).orElseThrow(() -> new NotFoundException("appointment", id));
    }

    private StoreView findStore(StoreId storeId) {
        try {
            return organization.store(storeId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("storeId", "appointment.unknownStore");
        }
    }

    private AssetView findAsset(AssetId assetId) {
        try {
            return assets.get(assetId);
        } catch (NotFoundException e) {
            throw new InvalidInputException("assetId", "appointment.unknownAsset");
        }
    }
}

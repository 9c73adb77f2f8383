package io.aftersales.planning.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.planning.AppointmentId;
import io.aftersales.planning.AppointmentStatus;
import io.aftersales.planning.AppointmentView;
import io.aftersales.planning.Appointments;
import io.aftersales.planning.BookingLink;
import io.aftersales.planning.BookingLinks;
import io.aftersales.planning.DayCapacity;
import io.aftersales.planning.NewAppointment;
import io.aftersales.shared.PagedResult;
import io.aftersales.shared.StoreId;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderView;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Appointments",
        description = "预约: bookings of a customer's vehicle or equipment at a store for a day, a time and a service"
                + " type, within the slots the store takes per day; received as a work order in one step, or a"
                + " no-show; the slots per store and service type; a customer's own booking link.")
@RestController
class AppointmentRestController {

    @Schema(name = "AppointmentCancellation")
    record Cancellation(
            @NotNull Long version,
            @Nullable @Size(max = 300) String reason) {}

    @Schema(name = "AppointmentNoShow")
    record NoShow(@NotNull Long version) {}

    @Schema(name = "AppointmentReception")
    record Reception(
            @NotNull Long version, @Nullable @PositiveOrZero Integer mileage) {}

    @Schema(name = "AppointmentSlots")
    record Slots(
            @NotNull StoreId storeId,
            @NotNull ServiceType serviceType,

            @NotNull @PositiveOrZero @Max(Appointments.MAX_SLOTS)
            Integer slots) {}

    @Schema(name = "AppointmentDaySlots")
    record DaySlots(
            @NotNull StoreId storeId,
            @NotNull ServiceType serviceType,
            @NotNull LocalDate day,

            @Nullable @PositiveOrZero @Max(Appointments.MAX_SLOTS)
            Integer slots) {}

    @Schema(name = "BookingLinkRequest")
    record LinkRequest(@NotNull CustomerId customerId) {}

    private final Appointments appointments;
    private final BookingLinks links;

    AppointmentRestController(Appointments appointments, BookingLinks links) {
        this.appointments = appointments;
        this.links = links;
    }

    /** Appointments from {@code from} (today) to {@code to} (the same day), at most two months, by day and time. */
    @GetMapping("/api/v1/appointments")
    PagedResult<AppointmentView> search(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable AppointmentStatus status,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return appointments.search(storeId, from, to, status, customerId, q, page, size);
    }

    /** Books (the desk): 409 {@code fully-booked} when the day has no slot left, {@code already-booked} per asset. */
    @PostMapping("/api/v1/appointments")
    ResponseEntity<AppointmentView> book(@Valid @RequestBody NewAppointment request) {
        AppointmentView booked = appointments.book(request);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id()))
                .body(booked);
    }

    /** Free slots per day and service type at a store, {@code days} days from {@code from} (today). */
    @GetMapping("/api/v1/appointments/availability")
    List<DayCapacity> availability(
            @RequestParam StoreId storeId,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(defaultValue = "14") int days) {
        return appointments.availability(storeId, serviceType, from, days);
    }

    @GetMapping("/api/v1/appointments/{id}")
    AppointmentView get(@PathVariable AppointmentId id) {
        return appointments.get(id);
    }

    @PostMapping("/api/v1/appointments/{id}/cancel")
    AppointmentView cancel(@PathVariable AppointmentId id, @Valid @RequestBody Cancellation request) {
        return appointments.cancel(id, request.version(), request.reason());
    }

    @PostMapping("/api/v1/appointments/{id}/no-show")
    AppointmentView noShow(@PathVariable AppointmentId id, @Valid @RequestBody NoShow request) {
        return appointments.noShow(id, request.version());
    }

    /** Receives the customer as a work order in one step; answers the work order. */
    @PostMapping("/api/v1/appointments/{id}/receive")
    ResponseEntity<WorkOrderView> receive(@PathVariable AppointmentId id, @Valid @RequestBody Reception request) {
        WorkOrderView order = appointments.receive(id, request.version(), request.mileage());
        return ResponseEntity.created(
                        URI.create("/api/v1/work-orders/" + order.header().id()))
                .body(order);
    }

    /** A store's appointments per day for each service type. */
    @GetMapping("/api/v1/appointment-slots")
    Map<ServiceType, Integer> slots(@RequestParam StoreId storeId) {
        return appointments.slotsPerType(storeId);
    }

    /** Managers: how many appointments of a service type the store takes per day (0: none). */
    @PutMapping("/api/v1/appointment-slots")
    Map<ServiceType, Integer> setSlots(@Valid @RequestBody Slots request) {
        return appointments.setSlots(request.storeId(), request.serviceType(), request.slots());
    }

    /** Managers: a day's own number (a holiday: 0), or the store's again without {@code slots}. */
    @PutMapping("/api/v1/appointment-slots/days")
    DayCapacity setDaySlots(@Valid @RequestBody DaySlots request) {
        return appointments.setDaySlots(request.storeId(), request.serviceType(), request.day(), request.slots());
    }

    /** A link to the customer's own booking page, to send them; valid for 30 days by default. */
    @PostMapping("/api/v1/booking-links")
    ResponseEntity<BookingLink> bookingLink(@Valid @RequestBody LinkRequest request) {
        return ResponseEntity.status(201).body(links.link(request.customerId()));
    }
}

package io.aftersales.planning.web;

import io.aftersales.asset.AssetId;
import io.aftersales.asset.AssetManagement;
import io.aftersales.asset.AssetView;
import io.aftersales.customer.CustomerId;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.planning.AppointmentId;
import io.aftersales.planning.AppointmentStatus;
import io.aftersales.planning.Appointments;
import io.aftersales.planning.BookingLinks;
import io.aftersales.planning.DayCapacity;
import io.aftersales.planning.NewAppointment;
import io.aftersales.planning.PlanningProperties;
import io.aftersales.shared.Paging;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormErrors;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.NavItem;
import io.aftersales.workorder.ServiceType;
import io.aftersales.workorder.WorkOrderView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Appointments in the browser: a store's day (its slots per service type and its bookings, each to receive, mark as
 * a no-show or cancel), booking a customer's vehicle, the slots a store takes, and a customer's booking link.
 */
@Controller
class AppointmentWebController {

    /** The booking form; the store defaults to the user's current one, the day to tomorrow. */
    static class BookingForm {
        private @Nullable StoreId storeId;
        private @Nullable AssetId assetId;
        private @Nullable ServiceType serviceType = ServiceType.MAINTENANCE;
        private @Nullable LocalDate day;
        private @Nullable LocalTime time;

        @Size(max = 1000)
        private @Nullable String note;

        NewAppointment toNew() {
            return new NewAppointment(storeId, assetId, serviceType, day, time, note);
        }

        // Getters and setters for binding.
        public @Nullable StoreId getStoreId() {
            return storeId;
        }

        public void setStoreId(@Nullable StoreId storeId) {
            this.storeId = storeId;
        }

        public @Nullable AssetId getAssetId() {
            return assetId;
        }

        public void setAssetId(@Nullable AssetId assetId) {
            this.assetId = assetId;
        }

        public @Nullable ServiceType getServiceType() {
            return serviceType;
        }

        public void setServiceType(@Nullable ServiceType serviceType) {
            this.serviceType = serviceType;
        }

        public @Nullable LocalDate getDay() {
            return day;
        }

        public void setDay(@Nullable LocalDate day) {
            this.day = day;
        }

        public @Nullable LocalTime getTime() {
            return time;
        }

        public void setTime(@Nullable LocalTime time) {
            this.time = time;
        }

        public @Nullable String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note;
        }
    }

    record VersionForm(@NotNull Long version) {}

    record CancelForm(
            @NotNull Long version,
            @Nullable @Size(max = 300) String reason) {}

    record ReceiveForm(
            @NotNull Long version, @Nullable @PositiveOrZero Integer mileage) {}

    record SlotsForm(
            @NotNull StoreId storeId,
            @NotNull ServiceType serviceType,

            @NotNull @PositiveOrZero @Max(Appointments.MAX_SLOTS)
            Integer slots) {}

    record DaySlotsForm(
            @NotNull StoreId storeId,
            @NotNull ServiceType serviceType,
            @NotNull LocalDate day,

            @Nullable @PositiveOrZero @Max(Appointments.MAX_SLOTS)
            Integer slots) {}

    private static final int AVAILABILITY_DAYS = 14;

    private final Appointments appointments;
    private final BookingLinks links;
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final PlanningProperties properties;
    private final FormSteps steps;
    private final Clock clock;

    AppointmentWebController(
            Appointments appointments,
            BookingLinks links,
            AssetManagement assets,
            OrganizationManagement organization,
            PlanningProperties properties,
            FormSteps steps,
            Clock clock) {
        this.appointments = appointments;
        this.links = links;
        this.assets = assets;
        this.organization = organization;
        this.properties = properties;
        this.steps = steps;
        this.clock = clock;
    }

    @Bean
    static NavItem appointmentsNavItem() {
        return new NavItem(
                "nav.appointments",
                "/appointments",
                "◷",
                19,
                Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR", "ROLE_FOREMAN"));
    }

    /** A store's day: its slots per service type and its appointments, by time. */
    @GetMapping("/appointments")
    String day(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable AppointmentStatus status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        StoreId store = organization.storeOrDefault(storeId);
        LocalDate shown = day == null ? today(store) : day;
        model.addAttribute("stores", visibleStores());
        model.addAttribute("storeId", store);
        model.addAttribute("day", shown);
        model.addAttribute("today", today(store));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AppointmentStatus.values());
        model.addAttribute("q", q);
        model.addAttribute(
                "capacity",
                appointments.availability(store, null, shown, 1).stream()
                        .filter(c -> c.slots() > 0 || c.booked() > 0)
                        .toList());
        var result = appointments.search(store, shown, shown, status, null, q, page, 50);
        model.addAttribute("result", result);
        // Customers who missed appointments before: the desk may call them the day before.
        model.addAttribute(
                "noShows",
                appointments.noShows(
                        result.items().stream().map(a -> a.customerId()).collect(Collectors.toSet())));
        return "planning/appointments";
    }

    @GetMapping("/appointments/new")
    String newForm(
            @RequestParam(required = false) @Nullable AssetId assetId,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            Model model) {
        BookingForm form = new BookingForm();
        form.setAssetId(assetId);
        form.setStoreId(organization.storeOrDefault(null));
        form.setDay(today(form.getStoreId()).plusDays(1));
        model.addAttribute("form", form);
        return form(model, form, customerId);
    }

    @PostMapping("/appointments/new")
    String book(
            @Valid @ModelAttribute("form") BookingForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireAll(result, "storeId", "assetId", "serviceType", "day", "time");
        if (!result.hasErrors()) {
            try {
                var booked = appointments.book(form.toNew());
                redirect.addFlashAttribute("saved", "appointment.booked");
                return "redirect:/appointments?storeId=" + booked.storeId() + "&day=" + booked.day();
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, form, customerId);
    }

    private String form(Model model, BookingForm form, @Nullable CustomerId customerId) {
        AssetView asset = form.getAssetId() == null ? null : assets.get(form.getAssetId());
        CustomerId owner = asset != null ? asset.customerId() : customerId;
        model.addAttribute(
                "assets",
                owner == null
                        ? List.of()
                        : assets.ofCustomer(owner, 0, Paging.MAX_SIZE, null).items());
        model.addAttribute("customerId", owner);
        model.addAttribute("stores", visibleStores());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("times", properties.times());
        StoreId store = form.getStoreId() == null ? organization.storeOrDefault(null) : form.getStoreId();
        model.addAttribute(
                "availability",
                appointments.availability(
                        store,
                        form.getServiceType() == null ? ServiceType.MAINTENANCE : form.getServiceType(),
                        null,
                        AVAILABILITY_DAYS));
        return "planning/appointment-form";
    }

    @PostMapping("/appointments/{id}/receive")
    String receive(
            @PathVariable AppointmentId id,
            @Valid @ModelAttribute ReceiveForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        AtomicReference<WorkOrderView> order = new AtomicReference<>();
        steps.runSaying(result, redirect, () -> {
            order.set(appointments.receive(id, form.version(), form.mileage()));
            return "appointment.received";
        });
        return order.get() != null
                ? "redirect:/work-orders/" + order.get().header().id()
                : back(id);
    }

    @PostMapping("/appointments/{id}/no-show")
    String noShow(
            @PathVariable AppointmentId id,
            @Valid @ModelAttribute VersionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        steps.run(result, redirect, () -> appointments.noShow(id, form.version()));
        return back(id);
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(
            @PathVariable AppointmentId id,
            @Valid @ModelAttribute CancelForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        steps.run(result, redirect, () -> appointments.cancel(id, form.version(), form.reason()));
        return back(id);
    }

    /** The slots a store takes per day and service type, and the next two weeks with what is booked. */
    @GetMapping("/appointments/slots")
    String slots(@RequestParam(required = false) @Nullable StoreId storeId, Model model) {
        StoreId store = organization.storeOrDefault(storeId);
        model.addAttribute("stores", visibleStores());
        model.addAttribute("storeId", store);
        model.addAttribute("slots", appointments.slotsPerType(store));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("today", today(store));
        Map<LocalDate, List<DayCapacity>> days =
                appointments.availability(store, null, null, AVAILABILITY_DAYS).stream()
                        .collect(Collectors.groupingBy(DayCapacity::day, java.util.TreeMap::new, Collectors.toList()));
        model.addAttribute("days", days);
        model.addAttribute("manager", CurrentUser.require().isManager());
        return "planning/slots";
    }

    @PostMapping("/appointments/slots")
    String setSlots(@Valid @ModelAttribute SlotsForm form, BindingResult result, RedirectAttributes redirect) {
        steps.run(result, redirect, () -> appointments.setSlots(form.storeId(), form.serviceType(), form.slots()));
        return "redirect:/appointments/slots" + (form.storeId() == null ? "" : "?storeId=" + form.storeId());
    }

    @PostMapping("/appointments/slots/day")
    String setDaySlots(@Valid @ModelAttribute DaySlotsForm form, BindingResult result, RedirectAttributes redirect) {
        steps.run(
                result,
                redirect,
                () -> appointments.setDaySlots(form.storeId(), form.serviceType(), form.day(), form.slots()));
        return "redirect:/appointments/slots" + (form.storeId() == null ? "" : "?storeId=" + form.storeId());
    }

    /** Makes a customer's booking link and shows it to copy and send. */
    @PostMapping("/appointments/booking-link")
    String bookingLink(@RequestParam CustomerId customerId, Model model) {
        model.addAttribute("link", links.link(customerId));
        model.addAttribute("customerId", customerId);
        return "planning/booking-link";
    }

    private String back(AppointmentId id) {
        var appointment = appointments.get(id);
        return "redirect:/appointments?storeId=" + appointment.storeId() + "&day=" + appointment.day();
    }

    private List<StoreView> visibleStores() {
        return organization.visibleStores().stream().filter(StoreView::active).toList();
    }

    private LocalDate today(@Nullable StoreId store) {
        return LocalDate.now(clock.withZone(organization.zoneOf(store)));
    }
}

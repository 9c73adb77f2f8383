package io.aftersales.planning.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerManagement;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.planning.LoanerBookingId;
import io.aftersales.planning.LoanerBookingView;
import io.aftersales.planning.LoanerCarId;
import io.aftersales.planning.LoanerCars;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.web.FormSteps;
import io.aftersales.shared.web.NavItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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

/** Loaner cars in the browser: the store's cars with their bookings of the next two weeks, lending one, its steps. */
@Controller
class LoanerCarWebController {

    private static final int DAYS = 14;

    record CarForm(
            @NotNull StoreId storeId,
            @NotBlank @Size(max = 20) String plate,
            @NotBlank @Size(max = 100) String model) {}

    record BookingForm(
            @NotNull LoanerCarId carId,
            @NotNull CustomerId customerId,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Nullable @Size(max = 300) String note) {}

    record VersionForm(@NotNull Long version) {}

    private final LoanerCars loaners;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final FormSteps steps;
    private final Clock clock;

    LoanerCarWebController(
            LoanerCars loaners,
            CustomerManagement customers,
            OrganizationManagement organization,
            FormSteps steps,
            Clock clock) {
        this.loaners = loaners;
        this.customers = customers;
        this.organization = organization;
        this.steps = steps;
        this.clock = clock;
    }

    @Bean
    static NavItem loanerCarsNavItem() {
        return new NavItem(
                        "nav.loanerCars",
                        "/loaner-cars",
                        "⛟",
                        26,
                        Set.of("ROLE_ADMIN", "ROLE_HQ", "ROLE_STORE_MANAGER", "ROLE_SERVICE_ADVISOR"))
                .inGroup(NavItem.FEEDBACK);
    }

    @GetMapping("/loaner-cars")
    String list(
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable CustomerId customerId,
            Model model) {
        StoreId store = organization.storeOrDefault(storeId);
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(store)));
        model.addAttribute("storeId", store);
        model.addAttribute(
                "stores",
                organization.visibleStores().stream().filter(StoreView::active).toList());
        model.addAttribute("cars", loaners.cars(store));
        Map<LoanerCarId, List<LoanerBookingView>> byCar = loaners.bookings(store, today, today.plusDays(DAYS)).stream()
                .collect(Collectors.groupingBy(LoanerBookingView::carId));
        model.addAttribute("bookings", byCar);
        model.addAttribute("today", today);
        model.addAttribute("customer", customerId == null ? null : customers.get(customerId));
        model.addAttribute("manager", CurrentUser.require().isManager());
        return "planning/loaner-cars";
    }

    @PostMapping("/loaner-cars")
    String addCar(@Valid @ModelAttribute CarForm form, BindingResult result, RedirectAttributes redirect) {
        steps.run(result, redirect, () -> loaners.addCar(form.storeId(), form.plate(), form.model()));
        return "redirect:/loaner-cars" + (form.storeId() == null ? "" : "?storeId=" + form.storeId());
    }

    @PostMapping("/loaner-cars/bookings")
    String book(@Valid @ModelAttribute BookingForm form, BindingResult result, RedirectAttributes redirect) {
        AtomicReference<LoanerBookingView> booked = new AtomicReference<>();
        steps.runSaying(result, redirect, () -> {
            booked.set(loaners.book(form.carId(), form.customerId(), form.from(), form.to(), form.note()));
            return "loaner.booked";
        });
        return booked.get() == null
                ? "redirect:/loaner-cars" + (form.customerId() == null ? "" : "?customerId=" + form.customerId())
                : back(booked.get());
    }

    private static String back(LoanerBookingView booking) {
        return "redirect:/loaner-cars?storeId=" + booking.storeId();
    }

    /** A step of a booking; back to its store's cars, or to the default store's when it was refused. */
    private String change(BindingResult result, RedirectAttributes redirect, Supplier<LoanerBookingView> step) {
        AtomicReference<LoanerBookingView> changed = new AtomicReference<>();
        steps.run(result, redirect, () -> changed.set(step.get()));
        return changed.get() == null ? "redirect:/loaner-cars" : back(changed.get());
    }

    @PostMapping("/loaner-bookings/{id}/hand-out")
    String handOut(
            @PathVariable LoanerBookingId id,
            @Valid @ModelAttribute VersionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return change(result, redirect, () -> loaners.handOut(id, form.version()));
    }

    @PostMapping("/loaner-bookings/{id}/return")
    String giveBack(
            @PathVariable LoanerBookingId id,
            @Valid @ModelAttribute VersionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return change(result, redirect, () -> loaners.giveBack(id, form.version()));
    }

    @PostMapping("/loaner-bookings/{id}/cancel")
    String cancel(
            @PathVariable LoanerBookingId id,
            @Valid @ModelAttribute VersionForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return change(result, redirect, () -> loaners.cancel(id, form.version()));
    }
}

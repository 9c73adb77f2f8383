package io.aftersales.planning.web;

import io.aftersales.planning.AppointmentId;
import io.aftersales.planning.AppointmentView;
import io.aftersales.planning.Appointments;
import io.aftersales.planning.BookingLinks;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.domain.NotFoundException;
import io.aftersales.shared.web.ProblemResponses;
import io.aftersales.workorder.ServiceType;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's own booking page (/book/{token}), phone first and without sign-in: their vehicles, a store, a
 * service type, the free days of the next two weeks and a time. A changed or expired link is not found (404); a
 * refused booking says why (400 for the form, 409 when the day is full).
 */
@Controller
class BookingWebController {

    private static final int DAYS = 14;

    private final BookingLinks links;
    private final Appointments appointments;
    private final ProblemResponses messages;

    BookingWebController(BookingLinks links, Appointments appointments, ProblemResponses messages) {
        this.links = links;
        this.appointments = appointments;
        this.messages = messages;
    }

    @GetMapping("/book/{token}")
    String show(
            @PathVariable String token,
            @RequestParam(required = false) @Nullable StoreId storeId,
            @RequestParam(required = false) @Nullable ServiceType serviceType,
            Model model) {
        AppointmentWebController.BookingForm form = new AppointmentWebController.BookingForm();
        form.setStoreId(storeId);
        if (serviceType != null) {
            form.setServiceType(serviceType);
        }
        model.addAttribute("form", form);
        return page(token, form, model);
    }

    @PostMapping("/book/{token}")
    String book(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AppointmentWebController.BookingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            model.addAttribute("failedText", messages.fieldErrors(result));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(token, form, model);
        }
        try {
            AppointmentView booked = links.as(token, customer -> appointments.bookByCustomer(customer, form.toNew()));
            model.addAttribute("booked", booked);
        } catch (DomainException e) {
            model.addAttribute("failedText", messages.text(e.messageKey(), e.args()));
            response.setStatus(
                    "invalid-input".equals(e.code()) ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
        }
        return page(token, form, model);
    }

    /** The customer cancels one of their own bookings; another's is not found. */
    @PostMapping("/book/{token}/cancel")
    String cancel(
            @PathVariable String token,
            @RequestParam AppointmentId appointmentId,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute(
                    "cancelled", links.as(token, customer -> appointments.cancelByCustomer(customer, appointmentId)));
        } catch (DomainException e) {
            model.addAttribute("failedText", messages.text(e.messageKey(), e.args()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        AppointmentWebController.BookingForm form = new AppointmentWebController.BookingForm();
        model.addAttribute("form", form);
        return page(token, form, model);
    }

    /** The page and the chosen store's free days, read in one pass as the link's customer. */
    private String page(String token, AppointmentWebController.BookingForm form, Model model) {
        links.as(token, customer -> {
            Appointments.BookingPage page = appointments.bookingPage(customer);
            if (form.getStoreId() == null && !page.stores().isEmpty()) {
                form.setStoreId(page.stores().get(0).id());
            }
            if (form.getAssetId() == null && !page.assets().isEmpty()) {
                form.setAssetId(page.assets().get(0).id());
            }
            model.addAttribute("page", page);
            model.addAttribute(
                    "availability",
                    form.getStoreId() == null
                            ? List.of()
                            : appointments.availability(
                                    form.getStoreId(),
                                    form.getServiceType() == null ? ServiceType.MAINTENANCE : form.getServiceType(),
                                    null,
                                    DAYS));
            return page;
        });
        model.addAttribute("token", token);
        model.addAttribute("serviceTypes", ServiceType.values());
        return "planning/book";
    }

    /** A link that does not verify, or has expired: said on a page of its own, 404. */
    @org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
    String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("failedText", messages.text("appointment.unknownLink"));
        model.addAttribute("page", null);
        return "planning/book";
    }
}

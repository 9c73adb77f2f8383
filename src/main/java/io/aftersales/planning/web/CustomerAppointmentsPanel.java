package io.aftersales.planning.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerPanel;
import io.aftersales.planning.AppointmentView;
import io.aftersales.planning.Appointments;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The customer's coming appointments on the customer page, with a booking and a booking link for the desk. */
@Component
class CustomerAppointmentsPanel implements CustomerPanel {

    private static final Set<Role> DESK = Set.of(Role.ADMIN, Role.HQ, Role.STORE_MANAGER, Role.SERVICE_ADVISOR);

    record Data(CustomerId customerId, List<AppointmentView> upcoming, boolean desk) {}

    private final Appointments appointments;

    CustomerAppointmentsPanel(Appointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String fragment() {
        return "planning/panels :: appointments";
    }

    @Override
    public Object data(CustomerId customerId) {
        return new Data(
                customerId, appointments.upcoming(customerId), DESK.stream().anyMatch(CurrentUser.require()::hasRole));
    }
}

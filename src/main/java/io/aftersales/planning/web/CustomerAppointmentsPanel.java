package io.aftersales.planning.web;

import io.aftersales.customer.CustomerId;
import io.aftersales.customer.CustomerPanel;
import io.aftersales.planning.AppointmentView;
import io.aftersales.planning.Appointments;
import io.aftersales.planning.ServiceContractSummary;
import io.aftersales.planning.ServiceContracts;
import io.aftersales.shared.security.CurrentUser;
import io.aftersales.shared.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The customer's coming appointments and service contracts on the customer page, with a booking and a booking link for
 * the desk and a new contract for managers.
 */
@Component
class CustomerAppointmentsPanel implements CustomerPanel {

    private static final Set<Role> DESK = Set.of(Role.ADMIN, Role.HQ, Role.STORE_MANAGER, Role.SERVICE_ADVISOR);

    record Data(
            CustomerId customerId,
            List<AppointmentView> upcoming,
            List<ServiceContractSummary> contracts,
            boolean desk,
            boolean manager) {}

    private final Appointments appointments;
    private final ServiceContracts contracts;

    CustomerAppointmentsPanel(Appointments appointments, ServiceContracts contracts) {
        this.appointments = appointments;
        this.contracts = contracts;
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
                customerId,
                appointments.upcoming(customerId),
                contracts.search(customerId, null, 0, 10).items(),
                DESK.stream().anyMatch(CurrentUser.require()::hasRole),
                CurrentUser.require().isManager());
    }
}

package io.aftersales.demo;

import io.aftersales.customer.CustomerId;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StaffMember;
import io.aftersales.planning.Appointments;
import io.aftersales.planning.LoanerBookingView;
import io.aftersales.planning.LoanerCarView;
import io.aftersales.planning.LoanerCars;
import io.aftersales.planning.NewAppointment;
import io.aftersales.planning.NewServiceContract;
import io.aftersales.planning.PlanningProperties;
import io.aftersales.planning.ServiceContractView;
import io.aftersales.planning.ServiceContracts;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.domain.DomainException;
import io.aftersales.shared.security.Role;
import io.aftersales.shared.security.SystemUser;
import io.aftersales.workorder.ServiceType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's planning: each store takes six maintenance and four repair bookings a day, and the next week is partly
 * booked, by the desk and by customers through their links (the first day after today full for maintenance); a fleet
 * customer's vehicles are under a service contract visited every quarter, with a breakdown call running against its
 * SLA; each store has two loaner cars, one of them out. Seeded, so every demo looks the same.
 */
@Component
class DemoPlanning {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
    private static final String[] NOTES = {"5000 公里保养", "更换机油机滤", "空调不制冷", "刹车有异响", null, "轮胎换位及四轮定位"};

    private final Appointments appointments;
    private final ServiceContracts contracts;
    private final LoanerCars loaners;
    private final OrganizationManagement organization;
    private final PlanningProperties properties;
    private final Clock clock;

    DemoPlanning(
            Appointments appointments,
            ServiceContracts contracts,
            LoanerCars loaners,
            OrganizationManagement organization,
            PlanningProperties properties,
            Clock clock) {
        this.appointments = appointments;
        this.contracts = contracts;
        this.loaners = loaners;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    void load(DemoOrganization.Loaded demo, List<DemoCustomers.Vehicle> vehicles) {
        int booked = SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> book(demo, vehicles));
        log.info("Demo appointments: {} booked.", booked);
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> contract(demo, vehicles));
        SystemUser.callAs(demo.organizationId(), demo.storeIds(), () -> loanerCars(demo, vehicles));
    }

    /** Two loaner cars per store; the first store's first one is out with a customer until the day after tomorrow. */
    private int loanerCars(DemoOrganization.Loaded demo, List<DemoCustomers.Vehicle> vehicles) {
        int n = 0;
        for (StoreId store : demo.storeIds()) {
            List<LoanerCarView> cars = List.of(
                    loaners.addCar(store, "沪AD88%02d".formatted(n * 2 + 1), "大众朗逸"),
                    loaners.addCar(store, "沪AD88%02d".formatted(n * 2 + 2), "丰田卡罗拉"));
            if (n == 0) {
                LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(store)));
                LoanerBookingView lent = loaners.book(
                        cars.get(0).id(), vehicles.get(0).customerId(), today, today.plusDays(2), "维修期间代步");
                loaners.handOut(lent.id(), lent.version());
            }
            n++;
        }
        return n;
    }

    /** The customer with the most vehicles signs a fleet contract: a visit every quarter from a while ago. */
    private ServiceContractView contract(DemoOrganization.Loaded demo, List<DemoCustomers.Vehicle> vehicles) {
        Map<CustomerId, List<DemoCustomers.Vehicle>> byCustomer =
                vehicles.stream().collect(Collectors.groupingBy(DemoCustomers.Vehicle::customerId));
        List<DemoCustomers.Vehicle> fleet = byCustomer.values().stream()
                .max(Comparator.comparingInt(List::size))
                .orElseThrow();
        StoreId store = demo.storeIds().get(0);
        LocalDate today = LocalDate.now(clock.withZone(organization.zoneOf(store)));
        LocalDate start = today.minusMonths(2).minusDays(20);
        ServiceContractView contract = contracts.create(new NewServiceContract(
                store,
                fleet.get(0).customerId(),
                "FW-" + start.getYear() + "-001",
                "车队季度保养合同",
                fleet.stream().limit(5).map(DemoCustomers.Vehicle::assetId).toList(),
                start,
                start.plusYears(1).minusDays(1),
                3,
                ServiceType.MAINTENANCE,
                4,
                24,
                new BigDecimal("40"),
                new BigDecimal("8000")));
        contracts.reportCall(contract.id(), fleet.get(0).assetId(), "车辆无法启动，请求救援");
        log.info(
                "Demo service contract {}: {} vehicles, {} visits open.",
                contract.number(),
                contract.assets().size(),
                contract.visits().size());
        return contract;
    }

    private int book(DemoOrganization.Loaded demo, List<DemoCustomers.Vehicle> vehicles) {
        Random random = new Random(47);
        int booked = 0;
        int next = 0;
        for (StoreId store : demo.storeIds()) {
            appointments.setSlots(store, ServiceType.MAINTENANCE, 6);
            appointments.setSlots(store, ServiceType.REPAIR, 4);
            StaffMember advisor = organization.staffOf(store).stream()
                    .filter(member -> member.has(Role.SERVICE_ADVISOR))
                    .findFirst()
                    .orElse(null);
            LocalDateTime now = LocalDateTime.now(clock.withZone(organization.zoneOf(store)));
            List<LocalTime> times = properties.times();
            for (int days = 0; days < 7; days++) {
                LocalDate day = now.toLocalDate().plusDays(days);
                int count = days == 1 ? 6 : 2 + random.nextInt(4);
                for (int i = 0; i < count && next < vehicles.size(); i++) {
                    DemoCustomers.Vehicle vehicle = vehicles.get(next++);
                    LocalTime time = times.get(random.nextInt(times.size()));
                    if (!day.atTime(time).isAfter(now)) {
                        continue;
                    }
                    ServiceType type =
                            days == 1 || random.nextInt(3) > 0 ? ServiceType.MAINTENANCE : ServiceType.REPAIR;
                    NewAppointment booking = new NewAppointment(
                            store, vehicle.assetId(), type, day, time, NOTES[random.nextInt(NOTES.length)]);
                    try {
                        if (random.nextInt(3) == 0 || advisor == null) {
                            appointments.bookByCustomer(vehicle.customerId(), booking);
                        } else {
                            demo.as(advisor, () -> appointments.book(booking));
                        }
                        booked++;
                    } catch (DomainException e) {
                        // A full day or a vehicle booked already: as at a real desk, that booking is not made.
                    }
                }
            }
        }
        return booked;
    }
}

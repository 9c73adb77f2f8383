package io.aftersales.sales;

import io.aftersales.organization.OrganizationManagement;
import io.aftersales.shared.domain.DailyCounters;
import io.aftersales.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The organisation's today (in the caller's zone) and readable numbers of sales records. */
@Component
class SalesCalendar {

    private final OrganizationManagement organization;
    private final DailyCounters counters;
    private final Clock clock;

    SalesCalendar(OrganizationManagement organization, DailyCounters counters, Clock clock) {
        this.organization = organization;
        this.counters = counters;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(organization.zoneOf(null)));
    }

    /**
     * The next number of the record's day with this prefix, e.g. {@code HT-20261207-003} for a contract signed that
     * day; one counter a day serves every kind, so numbers never repeat within the organisation.
     */
    String number(String prefix, LocalDate day) {
        return "%s-%s-%03d"
                .formatted(
                        prefix,
                        DateTimeFormatter.BASIC_ISO_DATE.format(day),
                        counters.next(
                                "sales_counter",
                                "organization_id",
                                CurrentUser.require().organizationId().value(),
                                day));
    }
}

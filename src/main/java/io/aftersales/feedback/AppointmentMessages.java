package io.aftersales.feedback;

import io.aftersales.customer.CustomerManagement;
import io.aftersales.customer.CustomerView;
import io.aftersales.organization.OrganizationManagement;
import io.aftersales.organization.StoreView;
import io.aftersales.planning.AppointmentBooked;
import io.aftersales.planning.AppointmentCancelled;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The customer's messages about an appointment: a confirmation at once and a reminder the evening before (none when
 * that evening has passed), by SMS to their first phone. Both are queued, or taken back on a cancellation, in the
 * transaction of the booking: none is lost, and none goes out for a booking that rolled back.
 */
@Component
class AppointmentMessages {

    /** When the reminder goes out: the day before the appointment, at this time of the store. */
    static final LocalTime REMIND_AT = LocalTime.of(18, 0);

    private static final Locale CUSTOMER_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final Outbox outbox;
    private final CustomerManagement customers;
    private final OrganizationManagement organization;
    private final MessageSource messages;
    private final Clock clock;

    AppointmentMessages(
            Outbox outbox,
            CustomerManagement customers,
            OrganizationManagement organization,
            MessageSource messages,
            Clock clock) {
        this.outbox = outbox;
        this.customers = customers;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void booked(AppointmentBooked booked) {
        CustomerView customer = customers.get(booked.customerId());
        String phone = Channel.SMS.recipientOf(customer);
        if (phone == null) {
            return;
        }
        StoreView store = organization.store(booked.storeId());
        Object[] args = {
            store.name(),
            customer.name(),
            booked.assetLabel(),
            booked.day().toString(),
            booked.time().toString(),
            messages.getMessage("workOrder.type." + booked.serviceType(), null, CUSTOMER_LOCALE)
        };
        String subject = messages.getMessage("appointment.subject", new Object[] {store.name()}, CUSTOMER_LOCALE);
        outbox.queue(
                booked.organizationId(),
                Channel.SMS,
                phone,
                subject,
                messages.getMessage("appointment.confirmation", args, CUSTOMER_LOCALE),
                booked.appointmentId().value());
        Instant remindAt = booked.day()
                .minusDays(1)
                .atTime(REMIND_AT)
                .atZone(ZoneId.of(store.timeZone()))
                .toInstant();
        if (remindAt.isAfter(clock.instant())) {
            outbox.queueFor(
                    remindAt,
                    booked.organizationId(),
                    Channel.SMS,
                    phone,
                    subject,
                    messages.getMessage("appointment.reminder", args, CUSTOMER_LOCALE),
                    booked.appointmentId().value());
        }
    }

    @EventListener
    void cancelled(AppointmentCancelled cancelled) {
        outbox.withdraw(cancelled.organizationId(), cancelled.appointmentId().value());
    }
}

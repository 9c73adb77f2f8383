package io.aftersales.planning;

import io.aftersales.customer.CustomerId;
import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.security.TenantEvent;
import io.aftersales.workorder.ServiceType;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An appointment was booked: the customer is told, and reminded the day before. Published in the
 * transaction that records it, so that the messages about it are queued, or taken back, in the same one.
 */
public record AppointmentBooked(
        OrganizationId organizationId,
        AppointmentId appointmentId,
        StoreId storeId,
        CustomerId customerId,
        String assetLabel,
        ServiceType serviceType,
        LocalDate day,
        LocalTime time)
        implements TenantEvent {}

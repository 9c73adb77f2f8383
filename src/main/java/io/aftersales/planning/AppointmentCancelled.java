package io.aftersales.planning;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.security.TenantEvent;

/**
 * An appointment was cancelled: its reminder, if not sent yet, is not sent. Published in the
 * transaction that records it, so that the messages about it are queued, or taken back, in the same one.
 */
public record AppointmentCancelled(OrganizationId organizationId, AppointmentId appointmentId) implements TenantEvent {}

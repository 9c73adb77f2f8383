package io.aftersales.customer;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.security.TenantEvent;

/** Customer {@code from} was merged into {@code into}: whatever referred to {@code from} now belongs to {@code into}. */
public record CustomersMerged(OrganizationId organizationId, CustomerId from, CustomerId into) implements TenantEvent {}

package io.aftersales.customer;

import io.aftersales.shared.security.TenantEvent;
import java.util.UUID;

/** Customer {@code from} was merged into {@code into}: whatever referred to {@code from} now belongs to {@code into}. */
public record CustomersMerged(UUID organizationId, UUID from, UUID into) implements TenantEvent {}

package io.aftersales.customer;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.security.TenantEvent;

/**
 * The customer no longer agrees to marketing through {@code channel} (an opt-out). Published in the transaction that
 * records it, so that whatever waits to be sent to them on that channel can be taken back in the same one.
 */
public record ConsentWithdrawn(OrganizationId organizationId, CustomerId customerId, ConsentChannel channel)
        implements TenantEvent {}

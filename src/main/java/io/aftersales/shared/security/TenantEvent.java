package io.aftersales.shared.security;

import io.aftersales.shared.OrganizationId;

/**
 * An event about records of one organisation. Module listeners run after the publishing transaction, on another
 * thread and without a signed-in user; they run inside this organisation (see {@code TenantEventListeners}).
 */
public interface TenantEvent {

    OrganizationId organizationId();
}

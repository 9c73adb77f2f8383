package io.aftersales.shared.security;

import java.util.UUID;

/**
 * An event about records of one organisation. Module listeners run after the publishing transaction, on another
 * thread and without a signed-in user; they run inside this organisation (see {@code TenantEventListeners}).
 */
public interface TenantEvent {

    UUID organizationId();
}

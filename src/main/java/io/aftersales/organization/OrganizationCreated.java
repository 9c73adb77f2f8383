package io.aftersales.organization;

import java.util.UUID;

/** A new tenant with its first store and admin user. */
public record OrganizationCreated(UUID organizationId, UUID firstStoreId, UUID adminUserId) {}

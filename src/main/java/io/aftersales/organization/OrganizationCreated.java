package io.aftersales.organization;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;

/** A new tenant with its first store and admin user. */
public record OrganizationCreated(OrganizationId organizationId, StoreId firstStoreId, UserId adminUserId) {}

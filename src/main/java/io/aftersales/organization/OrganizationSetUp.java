package io.aftersales.organization;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.StoreId;
import io.aftersales.shared.UserId;

/** What creating an organisation made: the tenant, its first store and its admin. */
public record OrganizationSetUp(OrganizationId id, String name, StoreId storeId, UserId adminUserId) {}

package io.aftersales.organization;

import java.util.UUID;

/** What creating an organisation made: the tenant, its first store and its admin. */
public record OrganizationSetUp(UUID id, String name, UUID storeId, UUID adminUserId) {}

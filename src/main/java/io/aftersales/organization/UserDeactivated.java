package io.aftersales.organization;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.UserId;

/** A user may no longer sign in; their sessions and tokens have been ended. */
public record UserDeactivated(UserId userId, OrganizationId organizationId) {}

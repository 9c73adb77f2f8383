package io.aftersales.organization;

import java.util.UUID;

/** A user may no longer sign in; their sessions and tokens have been ended. */
public record UserDeactivated(UUID userId, UUID organizationId) {}

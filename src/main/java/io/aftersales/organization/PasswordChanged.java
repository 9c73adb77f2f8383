package io.aftersales.organization;

import io.aftersales.shared.OrganizationId;
import io.aftersales.shared.UserId;

/** A user changed their password: every other session and token of theirs has ended. */
public record PasswordChanged(UserId userId, OrganizationId organizationId) {}

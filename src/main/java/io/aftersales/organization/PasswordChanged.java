package io.aftersales.organization;

import java.util.UUID;

/** A user changed their password: every other session and token of theirs has ended. */
public record PasswordChanged(UUID userId, UUID organizationId) {}

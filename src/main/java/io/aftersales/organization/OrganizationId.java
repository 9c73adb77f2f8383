package io.aftersales.organization;

import java.util.UUID;

public record OrganizationId(UUID value) {}

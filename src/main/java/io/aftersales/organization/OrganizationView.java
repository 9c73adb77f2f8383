package io.aftersales.organization;

import io.aftersales.shared.OrganizationId;
import java.time.Instant;

public record OrganizationView(OrganizationId id, String name, Instant createdAt) {}

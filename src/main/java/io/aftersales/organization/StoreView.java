package io.aftersales.organization;

import java.util.UUID;

/** A store as other modules and the API see it. */
public record StoreView(UUID id, String code, String name, String timeZone, boolean active, long version) {}

package io.aftersales.organization;

import io.aftersales.shared.StoreId;

/** A store as other modules and the API see it. */
public record StoreView(StoreId id, String code, String name, String timeZone, boolean active, long version) {}

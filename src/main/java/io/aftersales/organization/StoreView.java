package io.aftersales.organization;

import io.aftersales.shared.StoreId;

/** A store; {@code logo} tells whether it has one to print (GET …/logo serves it). */
public record StoreView(
        StoreId id,
        String code,
        String name,
        String timeZone,
        boolean active,
        Letterhead letterhead,
        boolean logo,
        long version) {}

package io.aftersales.organization;

import java.util.UUID;

public record StoreId(UUID value) {}

package io.aftersales.planning;

import io.aftersales.shared.StoreId;

public record LoanerCarView(
        LoanerCarId id, StoreId storeId, String plate, String model, boolean active, long version) {}

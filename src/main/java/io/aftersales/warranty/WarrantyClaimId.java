package io.aftersales.warranty;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A warranty claim to the maker. */
public record WarrantyClaimId(UUID value) implements Identifier {

    public WarrantyClaimId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

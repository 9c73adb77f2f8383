package io.aftersales.shared;

import java.util.Objects;
import java.util.UUID;

/** An organisation (tenant): every row of a business module belongs to one. */
public record OrganizationId(UUID value) implements Identifier {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

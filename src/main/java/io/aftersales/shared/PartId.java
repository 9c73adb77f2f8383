package io.aftersales.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A catalogue part. It lives here, beside the store and the user, because both the work order (its lines name parts,
 * through the port the inventory implements) and the inventory (which owns the catalogue) speak of it.
 */
public record PartId(UUID value) implements Identifier {

    public PartId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

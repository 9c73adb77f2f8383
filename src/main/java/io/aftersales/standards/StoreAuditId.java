package io.aftersales.standards;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** An audit of a store against a checklist. */
public record StoreAuditId(UUID value) implements Identifier {

    public StoreAuditId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

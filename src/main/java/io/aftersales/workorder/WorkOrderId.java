package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A work order (repair order). */
public record WorkOrderId(UUID value) implements Identifier {

    public WorkOrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

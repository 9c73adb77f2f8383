package io.aftersales.workorder;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A line of a work order (labour, part or sublet); inventory reserves parts against it. */
public record WorkOrderLineId(UUID value) implements Identifier {

    public WorkOrderLineId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

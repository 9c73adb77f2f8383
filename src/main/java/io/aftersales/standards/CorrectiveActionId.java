package io.aftersales.standards;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A corrective action of a failed audit item. */
public record CorrectiveActionId(UUID value) implements Identifier {

    public CorrectiveActionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.aftersales.feedback;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A customer segment. */
public record SegmentId(UUID value) implements Identifier {

    public SegmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

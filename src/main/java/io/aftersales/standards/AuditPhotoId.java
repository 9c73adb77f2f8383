package io.aftersales.standards;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A photo taken during an audit. */
public record AuditPhotoId(UUID value) implements Identifier {

    public AuditPhotoId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

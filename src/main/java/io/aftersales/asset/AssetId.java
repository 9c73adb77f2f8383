package io.aftersales.asset;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A vehicle or a piece of equipment. */
public record AssetId(UUID value) implements Identifier {

    public AssetId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.aftersales.planning;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A service contract (服务合同). */
public record ServiceContractId(UUID value) implements Identifier {

    public ServiceContractId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.aftersales.feedback;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A message in the outbox to a customer. */
public record MessageId(UUID value) implements Identifier {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

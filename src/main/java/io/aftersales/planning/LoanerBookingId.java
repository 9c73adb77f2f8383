package io.aftersales.planning;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A booking of a loaner car. */
public record LoanerBookingId(UUID value) implements Identifier {

    public LoanerBookingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

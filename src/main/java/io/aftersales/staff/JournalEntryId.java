package io.aftersales.staff;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A meeting note or a work diary entry. */
public record JournalEntryId(UUID value) implements Identifier {

    public JournalEntryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

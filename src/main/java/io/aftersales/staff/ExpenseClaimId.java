package io.aftersales.staff;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** An expense claim (报销单). */
public record ExpenseClaimId(UUID value) implements Identifier {

    public ExpenseClaimId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.aftersales.feedback;

import io.aftersales.shared.Identifier;
import java.util.Objects;
import java.util.UUID;

/** A follow-up visit (回访) after a job or a complaint. */
public record FollowUpId(UUID value) implements Identifier {

    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package io.aftersales.shared.domain;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A step of an aggregate's history as shown: the action, the states before and after, who and when. */
public record HistoryView<S extends Enum<S>>(
        String action,
        @Nullable S from,
        S to,
        Instant at,
        @Nullable UUID byUser,
        String byName,
        @Nullable String note) {}

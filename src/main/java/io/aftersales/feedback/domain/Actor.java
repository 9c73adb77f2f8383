package io.aftersales.feedback.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who did something to a follow-up or a complaint, as its history records it; no ID for the customer or the system. */
public record Actor(@Nullable UUID id, String name) {}

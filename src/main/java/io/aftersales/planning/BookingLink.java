package io.aftersales.planning;

import java.time.Instant;

/** A customer's own booking page: anyone with the address books for that customer's vehicles until it expires. */
public record BookingLink(String url, Instant expiresAt) {}

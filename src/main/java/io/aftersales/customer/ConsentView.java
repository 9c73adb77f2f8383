package io.aftersales.customer;

import java.time.Instant;

/** @param recordedAt when the customer's answer was recorded (UTC) */
public record ConsentView(ConsentChannel channel, boolean granted, Instant recordedAt) {}

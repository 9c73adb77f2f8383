package io.aftersales.inventory;

/** A reservation holds stock ({@code ACTIVE}) until it is released or issued; a back-order waits for stock. */
public enum ReservationStatus {
    ACTIVE,
    BACK_ORDERED,
    RELEASED,
    ISSUED
}

package io.aftersales.planning;

/** Booked until the customer arrives (a work order is opened), does not come, or the booking is cancelled. */
public enum AppointmentStatus {
    BOOKED,
    ARRIVED,
    NO_SHOW,
    CANCELLED
}

package io.aftersales.planning;

/** Who made the booking: the desk (phone, walk-in) or the customer through their booking link. */
public enum BookingChannel {
    DESK,
    LINK
}

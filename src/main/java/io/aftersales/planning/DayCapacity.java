package io.aftersales.planning;

import io.aftersales.workorder.ServiceType;
import java.time.LocalDate;

/** A store's day for a service type: the slots it takes, how many are booked and how many are left. */
public record DayCapacity(LocalDate day, ServiceType serviceType, int slots, int booked) {

    public int free() {
        return Math.max(0, slots - booked);
    }
}

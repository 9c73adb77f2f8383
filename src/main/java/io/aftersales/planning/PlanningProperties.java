package io.aftersales.planning;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of appointments ({@code aftersales.planning.*}); every one has a sensible default.
 *
 * @param defaultSlots appointments a store takes per day and service type until its manager sets a number (8)
 * @param opensAt the first time that may be booked (08:30)
 * @param lastBookingAt the last time that may be booked (17:00)
 * @param step the times offered between them (every 30 minutes)
 * @param horizon how far ahead a day may be booked (60 days)
 * @param bookingLinkTtl how long a customer's booking link works (30 days)
 * @param publicUrl where customers reach this installation, for their booking links
 */
@ConfigurationProperties("aftersales.planning")
public record PlanningProperties(
        @DefaultValue("8") int defaultSlots,
        @DefaultValue("08:30") LocalTime opensAt,
        @DefaultValue("17:00") LocalTime lastBookingAt,
        @DefaultValue("PT30M") Duration step,
        @DefaultValue("P60D") Duration horizon,
        @DefaultValue("P30D") Duration bookingLinkTtl,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** The times a customer may choose, from opening to the last booking, one step apart. */
    public List<LocalTime> times() {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = opensAt; !t.isAfter(lastBookingAt) && times.size() < 96; t = t.plus(step)) {
            times.add(t);
        }
        return times;
    }

    public boolean offers(LocalTime time) {
        return times().contains(time);
    }

    public String publicBaseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

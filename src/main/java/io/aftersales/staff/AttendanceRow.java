package io.aftersales.staff;

import io.aftersales.shared.UserId;
import java.math.BigDecimal;

/**
 * A person's month in a store: the days they clocked on jobs, the hours clocked, the jobs they led to delivery, and
 * the days on trips of their approved expense claims.
 */
public record AttendanceRow(
        UserId personId, String personName, int workDays, BigDecimal clockedHours, long jobsLed, int tripDays) {}

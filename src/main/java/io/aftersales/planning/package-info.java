/**
 * Planning of the workshop's days (服务计划): appointments (预约) that customers book at the desk or by a signed link,
 * within the number of slots a store takes per day and service type; reminders of them go out through feedback's
 * outbox; an appointment is received as a work order in one step, or recorded as a no-show.
 */
@ApplicationModule(
        displayName = "Planning",
        allowedDependencies = {"shared", "organization", "customer", "asset", "workorder"})
@NullMarked
package io.aftersales.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

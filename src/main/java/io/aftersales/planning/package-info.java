/**
 * Planning of the workshop's days (服务计划): appointments (预约) that customers book at the desk or by a signed link,
 * within the number of slots a store takes per day and service type (reminders go out through feedback's outbox; an
 * appointment is received as a work order in one step, or recorded as a no-show); service contracts (服务合同) whose
 * visits open as work orders when due and whose calls run against an SLA; and loaner cars (代步车) lent by the day.
 */
@ApplicationModule(
        displayName = "Planning",
        allowedDependencies = {"shared", "organization", "customer", "asset", "workorder"})
@NullMarked
package io.aftersales.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The closed feedback loop (客户回访 / 满意度 / 投诉 / 主动服务): a follow-up after every delivered job, by phone or by a
 * survey link; complaints opened by hand or by a low score, with deadlines, escalation, root cause, corrective action
 * and the customer's confirmation before they close; reminders for maintenance, warranty ends, declined work and
 * greetings; membership tiers from spend; satisfaction per store, advisor and technician; the confirmation and the
 * reminder of an appointment. It learns of work orders and appointments through their events and may open a rework
 * job through the work-order facade; nothing but reporting depends on it.
 */
@ApplicationModule(
        displayName = "Feedback",
        allowedDependencies = {"shared", "organization", "customer", "asset", "workorder", "planning"})
@NullMarked
package io.aftersales.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * The closed feedback loop (客户回访 / 满意度 / 投诉 / 主动服务): a follow-up after every delivered job, by phone or by a
 * survey link; complaints opened by hand or by a low score, with deadlines, escalation, root cause, corrective action
 * and the customer's confirmation before they close; reminders for maintenance, warranty ends, declined work and
 * greetings; membership tiers from spend; satisfaction per store, advisor and technician. It learns of work orders
 * through their events and may open a rework job through the work-order facade; nothing depends on it.
 */
@ApplicationModule(
        displayName = "Feedback",
        allowedDependencies = {"shared", "organization", "customer", "asset", "workorder"})
@NullMarked
package io.aftersales.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

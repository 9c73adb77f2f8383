/**
 * Work orders (工单) from reception to delivery: reception, inspection and service plan, estimate and the customer's
 * approval (also through a no-login link), dispatch to a lead technician and helpers, work log with root causes,
 * quality check, final test, settlement and delivery with the customer's signature; comebacks linked to the original
 * job; the workshop board; printable documents. The steps are split along the lane (reception, estimates, workshop,
 * delivery, photos); other modules learn of it through its events and never the other way round: what it needs of
 * the parts store it asks through {@link io.aftersales.workorder.WorkshopStock}, which the inventory implements.
 */
@ApplicationModule(
        displayName = "Work order",
        allowedDependencies = {"shared", "customer", "asset", "organization"})
@NullMarked
package io.aftersales.workorder;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

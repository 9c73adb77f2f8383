/**
 * Genuine parts (纯正配件) and their stock per store: the parts catalogue, on hand and reserved per store, the
 * movements ledger (every change is a row; on hand always equals their sum), reservations that never oversell, and
 * the link to work orders: it listens to the lane's events in the step's own transaction (reserve a part line,
 * release a removed or declined one, issue on completion, release on cancellation) and answers the lane's reads
 * through {@code workorder.WorkshopStock} (ADR 0010).
 */
@ApplicationModule(
        displayName = "Inventory",
        allowedDependencies = {"shared", "organization", "workorder"})
@NullMarked
package io.aftersales.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

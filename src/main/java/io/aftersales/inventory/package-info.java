/**
 * Genuine parts (纯正配件) and their stock per store: the parts catalogue, on hand and reserved per store, the
 * movements ledger (every change is a row; on hand always equals their sum), reservations that never oversell, and
 * the link to work orders (reserve on the estimate, release when declined or cancelled, issue on completion).
 */
@ApplicationModule(
        displayName = "Inventory",
        allowedDependencies = {"shared", "organization", "workorder"})
@NullMarked
package io.aftersales.inventory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Organisations (tenants, a hard wall between customers of AfterSales), their stores (branches, each in its own time
 * zone), users with roles and store assignments, sign-in, API tokens, and the first-start and demo setup.
 */
@ApplicationModule(displayName = "Organization", allowedDependencies = "shared")
@NullMarked
package io.aftersales.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Management figures (经营看板 / 服务指标考核): output value and car count per store, advisor, lead technician, service
 * type, month or day; sold against clocked hours; comebacks charged to the original job's advisor and lead
 * technician; each figure with the list of the work orders it counts. It learns of work orders from their events
 * and keeps its own projection table, so that no page scans another module's tables; nothing depends on it.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"shared", "organization", "workorder"})
@NullMarked
package io.aftersales.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

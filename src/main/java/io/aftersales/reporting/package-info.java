/**
 * Management figures (经营看板 / 服务指标考核): output value and car count per store, advisor, lead technician, service
 * type, month or day; sold against clocked hours; comebacks charged to the original job's advisor and lead
 * technician; first-time fixes, follow-ups, satisfaction and complaints per job; each figure with the list of the
 * work orders it counts. It learns of work orders and the feedback on them from their events and keeps its own
 * projection tables, so that no page scans another module's tables. The parts demand it forecasts asks inventory
 * for the stock and turns into draft purchase orders there. Only the demo data depends on it.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"shared", "organization", "workorder", "feedback", "inventory"})
@NullMarked
package io.aftersales.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Execution of rules and standards (规章制度执行力): checklists of 5S, etiquette and SOP steps; audits of a store by a
 * manager or HQ against a checklist, item by item with photos, scored in per cent of the items' weights; a corrective
 * action (整改) with an owner and a deadline for every failed item; and the execution rate per store and month —
 * the average audit score — for the home page and the audits page. Audits and actions belong to a store.
 */
@ApplicationModule(
        displayName = "Standards audits",
        allowedDependencies = {"shared", "organization"})
@NullMarked
package io.aftersales.standards;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

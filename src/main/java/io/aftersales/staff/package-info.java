/**
 * Staff (人员): certifications per person and skill with their validity, and the skill each service type requires of
 * its lead technician, which dispatch checks (through {@code workorder.LeadQualification}); a manager may dispatch
 * anyway with a reason. Commissions, expenses, attendance and training follow.
 */
@ApplicationModule(
        displayName = "Staff",
        allowedDependencies = {"shared", "organization", "workorder"})
@NullMarked
package io.aftersales.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Staff (人员): certifications per person and skill with their validity, and the skill each service type requires of
 * its lead technician, which dispatch checks (through {@code workorder.LeadQualification}); a manager may dispatch
 * anyway with a reason. Expense claims and trips with their approval; commissions per role and basis, computed from
 * the reporting figures of each person's delivered jobs, approved and locked by month. Attendance and training
 * follow.
 */
@ApplicationModule(
        displayName = "Staff",
        allowedDependencies = {"shared", "organization", "customer", "workorder", "reporting"})
@NullMarked
package io.aftersales.staff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

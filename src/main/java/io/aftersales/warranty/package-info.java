/**
 * Warranty claims to the maker (保修索赔) and the old parts they return (旧件回收). A delivered work order with
 * WARRANTY lines — learnt from {@code workorder.WorkOrderDelivered} — is a job to claim; its claim carries the lines
 * with the maker's labour codes, and for each part line the ledger row that issued the new part. Each part taken off
 * is tagged with the claim, stored in a bin and shipped back to the maker (or scrapped at the maker's word). A claim
 * is submitted, approved or rejected by the maker, and paid; the reimbursement is reconciled against what was
 * approved. Records belong to the work order's store.
 */
@ApplicationModule(
        displayName = "Warranty claims",
        allowedDependencies = {"shared", "organization", "workorder", "inventory"})
@NullMarked
package io.aftersales.warranty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Sales (营销) of a manufacturer's marketing department: finished products and their stock per warehouse, quotes
 * with their revisions and the reason each lost one was lost, contracts with lines and payment terms, shipments
 * against contract lines, planned and issued invoices, and receivables (应收账款) — invoices and the unpaid amounts of
 * delivered work orders, which it learns from {@code workorder.WorkOrderDelivered} — paid by payments matched to
 * them; the fulfilment list (合同履行一览表), ageing and reconciliation statements (对账单). Records belong to the
 * organisation; a receivable of a work order also to its store.
 */
@ApplicationModule(
        displayName = "Sales",
        allowedDependencies = {"shared", "organization", "customer", "workorder", "staff"})
@NullMarked
package io.aftersales.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package io.aftersales.sales;

/** Who works with sales records (expressions for {@code @PreAuthorize}). */
public final class SalesRoles {

    /** Who reads quotes, contracts, stock, the fulfilment list and receivables. */
    public static final String READERS = "hasAnyRole('ADMIN','HQ','SALES','FINANCE')";

    /** The sales office and the reps: products, stock receipts, quotes, contracts, shipments. */
    public static final String DESK = "hasAnyRole('ADMIN','HQ','SALES')";

    /** Who issues invoices, records payments and makes statements: the sales office and finance. */
    public static final String BILLING = "hasAnyRole('ADMIN','HQ','SALES','FINANCE')";

    /** Who sees what customers owe: also store managers, for their stores' work orders. */
    public static final String RECEIVABLE_READERS = "hasAnyRole('ADMIN','HQ','SALES','FINANCE','STORE_MANAGER')";

    private SalesRoles() {}
}

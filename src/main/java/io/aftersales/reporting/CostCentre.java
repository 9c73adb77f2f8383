package io.aftersales.reporting;

/**
 * What a cost is spent on (成本中心). Goodwill and internal repairs come from the delivered work orders, charged to
 * their advisor; the others are entered by hand, for a person or the store, until a module records them.
 */
public enum CostCentre {
    /** Lines nobody pays for (善意维修). */
    GOODWILL(true),
    /** Lines the store pays itself (内部维修). */
    INTERNAL_REPAIR(true),
    /** Warranty work the maker did not reimburse (索赔未返还). */
    WARRANTY_UNREIMBURSED(false),
    /** Workshop consumables (辅料消耗). */
    CONSUMABLES(false),
    /** Overtime pay (加班费). */
    OVERTIME(false);

    private final boolean fromWorkOrders;

    CostCentre(boolean fromWorkOrders) {
        this.fromWorkOrders = fromWorkOrders;
    }

    /** Whether the delivered work orders give this centre's actual cost (and nobody enters it). */
    public boolean fromWorkOrders() {
        return fromWorkOrders;
    }
}

package io.aftersales.inventory;

/** The state a tool was found in; one out of service cannot be checked out. */
public enum ToolCondition {
    GOOD,
    NEEDS_REPAIR,
    OUT_OF_SERVICE
}

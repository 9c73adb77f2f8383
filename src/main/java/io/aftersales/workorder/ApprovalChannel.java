package io.aftersales.workorder;

/** Where the customer gave their approval: at the front desk or through the link sent to them. */
public enum ApprovalChannel {
    DESK,
    LINK
}

package io.aftersales.shared.security;

/**
 * Who may do what, named once: the role lists that {@code @PreAuthorize} expressions use across modules. A new module
 * picks the group that fits its step instead of writing the roles out again.
 */
public final class RoleGroups {

    /** Any signed-in user; what they see is narrowed by organisation and store. */
    public static final String SIGNED_IN = "isAuthenticated()";

    /** Whoever runs a store or the chain. */
    public static final String MANAGERS = "hasAnyRole('ADMIN','HQ','STORE_MANAGER')";

    /** The front desk: receives, estimates, dispatches and delivers. */
    public static final String FRONT_DESK = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR')";

    /** The front desk and the workshop foreman: who dispatches jobs to technicians. */
    public static final String DISPATCHERS = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','FOREMAN')";

    /** The front desk, the foreman and the technicians: the steps done in the workshop. */
    public static final String WORKSHOP =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','FOREMAN','TECHNICIAN')";

    /** The workshop and the QC inspectors: quality check and the final test. */
    public static final String QUALITY_CHECK =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','FOREMAN','TECHNICIAN','QC_INSPECTOR')";

    /** The front desk and finance: settlement. */
    public static final String CASHIERS = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','FINANCE')";

    /** The front desk and the follow-up agents: calls, surveys and complaints. */
    public static final String FEEDBACK_DESK =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','FOLLOW_UP_AGENT')";

    /** Warranty claims and old parts: the desk, the parts store and finance read them. */
    public static final String WARRANTY_DESK =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','PARTS_CLERK','FINANCE')";

    /** Managers and the parts clerks: the catalogue, receipts, adjustments and purchasing. */
    public static final String PARTS_DESK = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','PARTS_CLERK')";

    /** Everybody who takes parts or tools out of the store for a job. */
    public static final String STOCK_USERS =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','PARTS_CLERK','SERVICE_ADVISOR','TECHNICIAN')";

    /** Managers and finance: the store's figures. */
    public static final String FIGURES = "hasAnyRole('ADMIN','HQ','STORE_MANAGER','FINANCE')";

    /** Everybody who talks to customers and may edit their profiles. */
    public static final String CUSTOMER_EDITORS =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','SALES','FOLLOW_UP_AGENT','FINANCE')";

    /** Everybody who registers or corrects vehicles and equipment. */
    public static final String ASSET_EDITORS =
            "hasAnyRole('ADMIN','HQ','STORE_MANAGER','SERVICE_ADVISOR','SALES','FOLLOW_UP_AGENT','TECHNICIAN')";

    /** The organisation's administrators. */
    public static final String ADMINS = "hasRole('ADMIN')";

    private RoleGroups() {}
}

package io.aftersales.shared.security;

/** What a user does in the business; a user may have several. Labels are message keys {@code role.<NAME>}. */
public enum Role {
    ADMIN,
    HQ,
    STORE_MANAGER,
    SERVICE_ADVISOR,
    TECHNICIAN,
    PARTS_CLERK,
    FOLLOW_UP_AGENT,
    SALES,
    FINANCE,
    /** 质检员: quality check and the final test, from a queue of their own. */
    QC_INSPECTOR,
    /** 车间主管 / 调度: dispatches the workshop's jobs and does its steps. */
    FOREMAN;

    public String authority() {
        return "ROLE_" + name();
    }
}

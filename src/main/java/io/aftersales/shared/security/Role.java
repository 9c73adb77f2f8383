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
    FINANCE;

    public String authority() {
        return "ROLE_" + name();
    }
}

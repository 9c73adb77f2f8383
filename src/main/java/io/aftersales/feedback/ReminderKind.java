package io.aftersales.feedback;

/** Why the customer should hear from us (主动服务). */
public enum ReminderKind {
    MAINTENANCE,
    WARRANTY_ENDING,
    DECLINED_WORK,
    BIRTHDAY,
    HOLIDAY;
}

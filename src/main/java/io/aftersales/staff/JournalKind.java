package io.aftersales.staff;

/** What an entry is: labels are message keys {@code journal.kind.<NAME>}. */
public enum JournalKind {
    /** 会议记录: read by everyone of the store; the morning meeting's notes carry its date. */
    MEETING,
    /** 工作日记: read by its author and the store's managers. */
    DIARY
}

package io.aftersales.feedback;

/** A campaign waits for its time, is sent (SENDING while its messages are queued), or is cancelled before. */
public enum CampaignStatus {
    SCHEDULED,
    SENDING,
    SENT,
    CANCELLED;
}

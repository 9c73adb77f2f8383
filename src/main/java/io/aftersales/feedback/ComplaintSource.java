package io.aftersales.feedback;

/** How a complaint came in: by hand (phone, walk-in, online) or from a low follow-up or survey score. */
public enum ComplaintSource {
    PHONE,
    WALK_IN,
    ONLINE,
    FOLLOW_UP,
    SURVEY;
}

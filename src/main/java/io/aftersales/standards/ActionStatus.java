package io.aftersales.standards;

/** A corrective action is open until its owner (or a manager) says what was done. */
public enum ActionStatus {
    OPEN,
    DONE
}

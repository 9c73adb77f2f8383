package io.aftersales.workorder;

/** When a photo was taken: damage at reception, an inspection finding, or during the work. */
public enum PhotoStage {
    RECEPTION,
    INSPECTION,
    WORK
}
